package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release package {@code target/gongkai-<version>.zip}: unpacked anywhere, its own launcher builds
 * its content/ skeleton with its themes/; the Windows launcher is checked as text (it cannot run here).
 */
class ReleaseZipIT {
  static final String VERSION = System.getProperty("gongkai.version");
  static final String BASE = "gongkai-" + VERSION + "/";

  @Test
  void theUnpackedPackageBuildsItsSkeletonWithItsOwnLauncher(@TempDir Path dir) throws Exception {
    Path zip = TestSite.REPO.resolve("target/gongkai-" + VERSION + ".zip");
    assertTrue(Files.isRegularFile(zip), zip + " is made by mvn package");
    List<String> names = new ArrayList<>();
    try (ZipFile z = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
      long time = -1;
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        names.add(e.getName());
        assertTrue(e.getName().startsWith(BASE), "everything inside one folder: " + e.getName());
        time = time < 0 ? e.getTime() : time;
        assertEquals(time, e.getTime(), "one fixed time for every entry (project.build.outputTimestamp): " + e.getName());
        Path target = dir.resolve(e.getName()).normalize();
        assertTrue(target.startsWith(dir));
        if (e.isDirectory()) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          try (InputStream in = z.getInputStream(e)) {
            Files.copy(in, target);
          }
        }
      }
    }
    for (String f : List.of("gongkai.jar", "gongkai", "gongkai.cmd", "README.md", ".gitignore", "content/site.yaml", "content/columns.yaml",
        "themes/default/templates/layout.peb", "themes/default/assets/css/site.css")) {
      assertTrue(names.contains(BASE + f), f + " is missing: " + names);
    }
    assertFalse(names.stream().anyMatch(n -> n.startsWith(BASE + "site/") || n.endsWith(".jsa") || n.contains("reports/2022")),
        "only the skeleton, no built site, no Dongshan content, no class-data archive (it fits one JDK build only): " + names);
    Path home = dir.resolve(BASE);
    assertArrayEquals(Files.readAllBytes(TestSite.REPO.resolve("target/gongkai.jar")), Files.readAllBytes(home.resolve("gongkai.jar")));

    // Every setting of the skeleton is marked as an example.
    for (String line : Files.readAllLines(home.resolve("content/site.yaml"))) {
      if (!line.isBlank() && !line.startsWith("#") && !line.equals("footer:")) {
        assertTrue(line.contains("示例"), "not marked 示例: " + line);
      }
    }

    // A township's first build, run the way the README says, from the unpacked folder.
    Process p = new ProcessBuilder("sh", "gongkai", "build").directory(home.toFile()).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), log);
    assertTrue(log.contains("已生成") && log.contains("CFG-02"), "builds, warning that base_url is an example: " + log);
    assertFalse(log.contains("Exception"), log);
    assertFalse(log.contains("SLF4J"), "the logging provider the launcher names is loaded without a word: " + log);
    assertTrue(Files.readString(home.resolve("site/index.html")).contains("示例镇基层政务公开专栏"));
    assertTrue(Files.isRegularFile(home.resolve("site/css/site.css")));
    // The build cache lands in target/, which the folder's .gitignore keeps out of a township's repository.
    assertTrue(Files.isDirectory(home.resolve("target/gongkai-cache")));
    assertTrue(Files.readAllLines(home.resolve(".gitignore")).contains("target/"));

    // gongkai.cmd: CRLF, ASCII, the jar beside it, the sh launcher's settings, and nothing obviously broken.
    byte[] cmd = Files.readAllBytes(home.resolve("gongkai.cmd"));
    String text = new String(cmd, StandardCharsets.US_ASCII);
    for (byte b : cmd) {
      assertTrue(b >= 0, "gongkai.cmd must be ASCII: cmd.exe reads it in the console's code page");
    }
    assertEquals(text.split("\n", -1).length, text.split("\r\n", -1).length, "every line of gongkai.cmd ends in CRLF");
    List<String> lines = List.of(text.split("\r\n"));
    assertEquals("@echo off", lines.get(0));
    int depth = 0;
    for (String line : lines) {
      if (line.trim().toLowerCase().startsWith("rem ") || line.isBlank()) {
        continue;
      }
      assertEquals(0, line.chars().filter(c -> c == '"').count() % 2, "unbalanced quotes: " + line);
      assertFalse(line.contains("$") || line.contains("`"), "a shell-ism in a batch file: " + line);
      String unquoted = line.replaceAll("\"[^\"]*\"|'[^']*'", "");
      depth += unquoted.chars().filter(c -> c == '(').count() - unquoted.chars().filter(c -> c == ')').count();
      assertTrue(depth >= 0, "a ')' before its '(': " + line);
    }
    assertEquals(0, depth, "unbalanced parentheses in gongkai.cmd");
    assertTrue(text.contains("-jar \"%~dp0gongkai.jar\" %*"), "runs the jar beside it with every argument");
    String sh = Files.readString(home.resolve("gongkai"));
    for (String flag : List.of("-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -XX:InitialSurvivorRatio=16", "-XX:+UseParallelGC -Xmn128m")) {
      assertTrue(text.contains("\"TUNING=" + flag + "\"") && sh.contains("\"" + flag + "\""), "same JVM settings in both launchers: " + flag);
    }
  }
}
