import cn.gongkai.build.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The rebuild `serve` runs after an edit, timed in a warm JVM: a copy of the site, one file edited
 * before each rebuild, median of 15 after 5 warm-up builds.
 * Usage: {@code java -cp target/gongkai.jar bench/WarmRebuild.java SOURCE_DIR OUT_DIR}
 */
public class WarmRebuild {
  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path copy = Files.createTempDirectory("gongkai-warm-");
    for (String folder : new String[] {"content", "themes"}) {
      try (var walk = Files.walk(source.resolve(folder))) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          Path t = copy.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(t);
          } else {
            Files.copy(p, t);
          }
        }
      }
    }
    Path edited = copy.resolve("content/system/index.md");
    String original = Files.readString(edited);
    long[] ms = new long[15];
    for (int i = -5; i < ms.length; i++) {
      Files.writeString(edited, original + "\n编辑第 " + i + " 次。\n");
      long start = System.nanoTime();
      SiteBuilder.build(copy, out);
      if (i >= 0) {
        ms[i] = (System.nanoTime() - start) / 1_000_000;
      }
    }
    Arrays.sort(ms);
    System.out.println("warm rebuild after an edit (what serve does): median " + ms[ms.length / 2] + " ms of " + ms.length + " (min " + ms[0] + ", max " + ms[ms.length - 1] + ")");
  }
}
