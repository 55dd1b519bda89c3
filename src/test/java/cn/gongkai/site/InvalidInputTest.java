package cn.gongkai.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: every folder under {@code src/test/resources/invalid/} is a small site with one
 * mistake (or, for the accepted cases, an unusual but valid form such as a BOM or CRLF line ends) and
 * an {@code expected.txt}:
 *
 * <pre>
 * # what the case is                      (comment)
 * # exit: 1                               (expected exit code of check and build; default 1)
 * # commands: check build                 (build also runs; default check only)
 * # large: content/policy/large.md        (written here as a 10 MB item before running)
 * content/reports/2023.yaml:17:12: 错误 FMT-03 …   (lines the output must contain, verbatim)
 * </pre>
 *
 * The theme is copied from the repository. Each command must exit as expected, print every expected
 * line, never a stack trace, and a failed build must not create its output folder.
 */
class InvalidInputTest {
  static final Path CASES = TestSite.REPO.resolve("src/test/resources/invalid");
  static final long LARGE_BYTES = 10L * 1024 * 1024;

  record Case(String name, int exit, List<String> commands, String large, List<String> expected) {
    static Case read(Path dir) {
      int exit = 1;
      List<String> commands = List.of("check");
      String large = null;
      List<String> expected = new ArrayList<>();
      for (String line : TestSite.read(dir.resolve("expected.txt")).split("\n")) {
        if (line.startsWith("# exit:")) {
          exit = Integer.parseInt(line.substring("# exit:".length()).trim());
        } else if (line.startsWith("# commands:")) {
          commands = List.of(line.substring("# commands:".length()).trim().split("\\s+"));
        } else if (line.startsWith("# large:")) {
          large = line.substring("# large:".length()).trim();
        } else if (!line.startsWith("#") && !line.isBlank()) {
          expected.add(line);
        }
      }
      return new Case(dir.getFileName().toString(), exit, commands, large, List.copyOf(expected));
    }
  }

  record Run(int code, String out) {}

  static Stream<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CASES)) {
      return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @Test
  void corpusHasAtLeastThirtyCasesEachWithExpectedMessages() throws IOException {
    List<String> names = cases().toList();
    assertTrue(names.size() >= 30, "only " + names.size() + " cases");
    for (String name : names) {
      Case c = Case.read(CASES.resolve(name));
      assertFalse(c.expected().isEmpty(), name + ": expected.txt names no message");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheExpectedMessage(String name, @TempDir Path tmp) throws IOException {
    Case c = Case.read(CASES.resolve(name));
    Path site = tmp.resolve("site");
    copyCase(CASES.resolve(name), site);
    if (c.large() != null) {
      writeLarge(site.resolve(c.large()));
    }

    Run check = run("check", "--source", site.toString());
    String dump = name + " (check)\n" + check.out();
    assertEquals(c.exit(), check.code(), dump);
    assertNoStackTrace(check, dump);
    for (String line : c.expected()) {
      assertTrue(check.out().contains(line), "missing “" + line + "” in\n" + dump);
    }

    if (c.commands().contains("build")) {
      Path out = tmp.resolve("out");
      Run build = run("build", "--source", site.toString(), "--out", out.toString());
      String bdump = name + " (build)\n" + build.out();
      assertEquals(c.exit(), build.code(), bdump);
      assertNoStackTrace(build, bdump);
      for (String line : c.expected()) {
        if (!line.startsWith("检查通过")) {
          assertTrue(build.out().contains(line), "missing “" + line + "” in\n" + bdump);
        }
      }
      if (c.exit() == 0) {
        assertTrue(Files.isRegularFile(out.resolve("index.html")), bdump);
      } else {
        assertTrue(build.out().contains("未生成任何文件。") || !build.out().contains("共 "), bdump);
        assertFalse(Files.exists(out), "a failed build created " + out + "\n" + bdump);
        try (Stream<Path> left = Files.list(tmp)) {
          assertEquals(List.of("site"), left.map(p -> p.getFileName().toString()).sorted().toList(), "a failed build left files beside the output\n" + bdump);
        }
      }
      if (c.large() != null) {
        String slug = Path.of(c.large()).getFileName().toString().replaceFirst("\\.md$", "");
        Path page = out.resolve(Path.of(c.large()).getParent().getFileName().toString()).resolve(slug + ".html");
        assertTrue(Files.size(page) > LARGE_BYTES, "the large item's page is smaller than its body: " + Files.size(page));
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(html.contains("全文完。"), "the large item's page lost its end");
      }
    }
  }

  static void assertNoStackTrace(Run run, String dump) {
    assertFalse(run.out().contains("Exception"), "stack trace or exception name in\n" + dump);
    assertFalse(run.out().contains("\tat "), "stack trace in\n" + dump);
    assertFalse(run.out().contains("程序内部错误"), "internal error in\n" + dump);
  }

  static Run run(String... args) {
    StringWriter all = new StringWriter();
    PrintWriter pw = new PrintWriter((Writer) all, true);
    int code = Main.run(args, pw, pw);
    return new Run(code, all.toString());
  }

  /** Copies a case's files (not expected.txt) and the repository's theme; content/ always exists. */
  static void copyCase(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path rel = from.relativize(p);
        if (rel.toString().equals("expected.txt")) {
          continue;
        }
        Path target = to.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.createDirectories(to.resolve("content"));
    TestSite.copyTree(TestSite.REPO.resolve("themes"), to.resolve("themes"));
  }

  /** A valid item whose body is a little over 10 MB of ordinary paragraphs, lists and links. */
  static void writeLarge(Path file) {
    StringBuilder b = new StringBuilder(11 * 1024 * 1024);
    b.append("---\ntitle: 示例镇历年政策文件汇编（全文）\nindex_no: 123456789X/2024-0101\npublisher: 示例镇\n")
        .append("generated: 2024-03-01\npublished: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n");
    String paragraph =
        "各村（社区）、镇直各单位：为进一步做好政府信息公开工作，提高政府工作透明度，保障人民群众依法获取政府信息，"
            + "根据《中华人民共和国政府信息公开条例》，现将有关事项通知如下。请结合实际，认真贯彻执行。";
    long bytes = b.toString().getBytes(StandardCharsets.UTF_8).length;
    int n = 0;
    while (bytes < LARGE_BYTES) {
      StringBuilder chunk = new StringBuilder();
      for (int k = 0; k < 500; k++, n++) {
        if (n % 50 == 0) {
          chunk.append("## 第").append(n / 50 + 1).append("部分\n\n");
        }
        chunk.append(n % 7 == 0 ? "- " : "").append(paragraph).append("（第 ").append(n + 1).append(" 段，详见[条例](https://www.gov.cn/)）\n\n");
      }
      bytes += chunk.toString().getBytes(StandardCharsets.UTF_8).length;
      b.append(chunk);
    }
    b.append("全文完。\n");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, b, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
