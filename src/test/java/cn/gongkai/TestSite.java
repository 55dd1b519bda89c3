package cn.gongkai;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * A whole small site written from one text block, Hugo-style: sections headed {@code -- path --}. The
 * theme is copied from the repository so tests render with the real templates.
 */
public final class TestSite {
  /** The repository root (Surefire runs tests there). */
  public static final Path REPO = Path.of("").toAbsolutePath();

  private TestSite() {}

  /** Writes the txtar-like {@code files} under {@code dir} and copies the default theme beside them. */
  public static Path write(Path dir, String files) {
    try {
      copyTree(REPO.resolve("themes"), dir.resolve("themes"));
      String current = null;
      StringBuilder body = new StringBuilder();
      for (String line : files.split("\n", -1)) {
        if (line.startsWith("-- ") && line.endsWith(" --")) {
          flush(dir, current, body);
          current = line.substring(3, line.length() - 3).trim();
          body = new StringBuilder();
        } else if (current != null) {
          body.append(line).append('\n');
        }
      }
      flush(dir, current, body);
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A test resource as text (e.g. {@code fixtures/report-2021.yaml}). */
  public static String resource(String name) {
    try (var in = TestSite.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A valid site with one 2021-format report for 2023 ({@code fixtures/}), as txtar. Tests change a
   * line with {@code .replace(...)} to make one rule fail.
   */
  public static String valid2021() {
    return "-- content/site.yaml --\n"
        + resource("fixtures/site.yaml")
        + "-- content/reports/2023.yaml --\n"
        + resource("fixtures/report-2021.yaml")
        + "-- content/reports/2023.md --\n"
        + resource("fixtures/report-2021.md");
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void flush(Path dir, String path, StringBuilder body) throws IOException {
    if (path == null) {
      return;
    }
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, body.toString(), StandardCharsets.UTF_8);
  }

  /** A copy of this repository's site (its {@code content/} and {@code themes/}) in {@code dir}, which is returned. */
  public static Path copyOfRepoSite(Path dir) throws IOException {
    copyTree(REPO.resolve("content"), dir.resolve("content"));
    copyTree(REPO.resolve("themes"), dir.resolve("themes"));
    return dir;
  }

  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
