package cn.gongkai.build;

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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus under {@code src/test/resources/invalid/}: each case is a small site with one
 * mistake (or, for the accepted cases, an unusual but valid form such as a BOM or CRLF line ends) and the
 * lines the webmaster must see. Most cases are one text file {@code <case>.txt}: a base fixture set plus
 * the changes that make the mistake, then the expected lines:
 *
 * <pre>
 * # 件数是负数                            (what the case is; other # lines are comments too)
 * # exit: 1                               (expected exit code of check and build; default 1)
 * # commands: check build                 (build also runs; default check only)
 * # large: content/policy/large.md        (written here as a 10 MB item before running; optional)
 * # verbose                               (check and build run with --verbose; optional)
 * # base: report                          (files to start from, see {@link #BASES}: report, item, both, none)
 * -- content/reports/2023.yaml: edit --
 * -   penalty: 3                          (old lines, "- " + text; a lone "-" is an empty line)
 * +   penalty: -3                         (new lines, "+ " + text; none deletes the old lines)
 * -- content/policy/index.md --
 * 本栏目发布政策文件。                    (the whole file: each line up to the next header, plus "\n")
 * -- content/site.yaml: delete --
 * -- content/reports/2023.yaml: rename content/reports/2023年.yaml --
 * -- expected --
 * content/reports/2023.yaml:17:12: 错误 FMT-03 …   (lines the output must contain, verbatim)
 * </pre>
 *
 * In an edit section each run of {@code -} lines and the {@code +} lines after it is one hunk (an empty
 * line also ends a hunk); the old text of every hunk must occur exactly once in the file as it stands,
 * whole lines, or the case fails naming the hunk — so a fixture change cannot silently disarm a case.
 * Sections apply in order. The few cases whose bytes matter (GBK, BOM, CRLF), which a UTF-8 text file
 * cannot hold, stay folders {@code <case>/} with their files as saved and an {@code expected.txt} holding
 * the {@code #} lines and expected lines.
 *
 * The theme is copied from the repository. Each command must exit as expected, print every expected
 * line, never a stack trace, and a failed build must not create its output folder.
 */
class InvalidInputTest {
  static final Path CASES = TestSite.REPO.resolve("src/test/resources/invalid");
  static final long LARGE_BYTES = 10L * 1024 * 1024;

  /** The base fixture sets of the .txt cases: site path → test resource. */
  static final Map<String, Map<String, String>> BASES =
      Map.of(
          "none", Map.of(),
          "report",
              Map.of(
                  "content/site.yaml", "fixtures/site.yaml",
                  "content/reports/2023.yaml", "fixtures/report-2021.yaml",
                  "content/reports/2023.md", "fixtures/report-2021.md"),
          "item",
              Map.of(
                  "content/site.yaml", "fixtures/site.yaml",
                  "content/columns.yaml", "fixtures/columns.yaml",
                  "content/policy/notice-1.md", "fixtures/item.md"));

  static final Pattern HEADER = Pattern.compile("-- (.+?)(?:: (edit|delete|rename (.+)))? --");

  /** A case; {@code files} (site path → text) for a .txt case, null for a folder case. */
  record Case(
      String name, int exit, List<String> commands, String large, boolean verbose, List<String> expected, Map<String, String> files) {
    static Case read(String name) {
      Path dir = CASES.resolve(name);
      return Files.isDirectory(dir) ? readFolder(dir) : readText(CASES.resolve(name + ".txt"));
    }

    /** A folder case: its files as they are, the directives and expected lines in {@code expected.txt}. */
    static Case readFolder(Path dir) {
      List<String> lines = List.of(TestSite.read(dir.resolve("expected.txt")).split("\n"));
      Case c = header(dir.getFileName().toString(), lines, false);
      List<String> expected = lines.stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
      return new Case(c.name(), c.exit(), c.commands(), c.large(), c.verbose(), expected, null);
    }

    /** A .txt case: the base files with each section applied in order. */
    static Case readText(Path file) {
      String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
      String text = TestSite.read(file);
      if (text.contains("\r")) {
        throw new AssertionError(name + ": a .txt case must have LF line ends; a case whose bytes matter is a folder");
      }
      List<String> lines = List.of(text.split("\n", -1));
      if (text.endsWith("\n")) {
        lines = lines.subList(0, lines.size() - 1);
      }
      int first = 0;
      while (first < lines.size() && !HEADER.matcher(lines.get(first)).matches()) {
        if (!lines.get(first).startsWith("#") && !lines.get(first).isBlank()) {
          throw new AssertionError(name + ": line " + (first + 1) + " is neither a # line nor a -- section --");
        }
        first++;
      }
      Case c = header(name, lines.subList(0, first), true);
      Map<String, String> files = new TreeMap<>(c.files());
      List<String> expected = null;
      for (int i = first; i < lines.size(); ) {
        Matcher h = HEADER.matcher(lines.get(i));
        h.matches();
        int end = i + 1;
        while (end < lines.size() && !HEADER.matcher(lines.get(end)).matches()) {
          end++;
        }
        List<String> body = lines.subList(i + 1, end);
        String path = h.group(1);
        String what = name + ": section “" + lines.get(i) + "”";
        for (String p : h.group(3) == null ? List.of(path) : List.of(path, h.group(3))) {
          if (Path.of(p).isAbsolute() || Path.of(p).normalize().startsWith("..")) {
            throw new AssertionError(what + ": " + p + " is not inside the site");
          }
        }
        if (path.equals("expected") && h.group(2) == null) {
          expected = body.stream().filter(l -> !l.isBlank()).toList();
        } else if (h.group(2) == null) {
          files.put(path, body.stream().map(l -> l + "\n").collect(Collectors.joining()));
        } else {
          if (!files.containsKey(path)) {
            throw new AssertionError(what + ": the base has no " + path);
          }
          if (h.group(2).equals("edit")) {
            files.put(path, edit(what, files.get(path), body));
          } else {
            if (body.stream().anyMatch(l -> !l.isBlank())) {
              throw new AssertionError(what + " takes no lines");
            }
            String old = files.remove(path);
            if (h.group(3) != null) {
              files.put(h.group(3), old);
            }
          }
        }
        i = end;
      }
      if (expected == null) {
        throw new AssertionError(name + ": no -- expected -- section");
      }
      return new Case(name, c.exit(), c.commands(), c.large(), c.verbose(), expected, Collections.unmodifiableMap(files));
    }

    /** The # directives; for a .txt case also the base files (in {@code files}). */
    static Case header(String name, List<String> lines, boolean needsBase) {
      int exit = 1;
      List<String> commands = List.of("check");
      String large = null;
      boolean verbose = false;
      Map<String, String> files = null;
      for (String line : lines) {
        if (line.startsWith("# exit:")) {
          exit = Integer.parseInt(line.substring("# exit:".length()).trim());
        } else if (line.startsWith("# commands:")) {
          commands = List.of(line.substring("# commands:".length()).trim().split("\\s+"));
        } else if (line.strip().equals("# verbose")) {
          verbose = true;
        } else if (line.startsWith("# large:")) {
          large = line.substring("# large:".length()).trim();
        } else if (line.startsWith("# base:") && needsBase) {
          files = new TreeMap<>();
          for (String base : line.substring("# base:".length()).trim().split("\\s+")) {
            if (!BASES.containsKey(base)) {
              throw new AssertionError(name + ": unknown base “" + base + "”; the bases are " + new TreeSet<>(BASES.keySet()));
            }
            for (Map.Entry<String, String> f : BASES.get(base).entrySet()) {
              files.put(f.getKey(), TestSite.resource(f.getValue()));
            }
          }
        }
      }
      if (needsBase && files == null) {
        throw new AssertionError(name + ": no “# base:” line (report, item, report item or none)");
      }
      return new Case(name, exit, commands, large, verbose, List.of(), files);
    }

    /** Applies an edit section's hunks, each of whose old text must occur exactly once in {@code text}. */
    static String edit(String what, String text, List<String> body) {
      List<List<String>> olds = new ArrayList<>();
      List<List<String>> news = new ArrayList<>();
      boolean open = false; // the last hunk still takes "-" lines
      boolean closed = true; // an empty line (or the start) was last: a hunk must start with "-" lines
      for (String line : body) {
        boolean minus = line.equals("-") || line.startsWith("- ");
        boolean plus = line.equals("+") || line.startsWith("+ ");
        if (line.isEmpty()) {
          open = false;
          closed = true;
        } else if (minus) {
          if (!open) {
            olds.add(new ArrayList<>());
            news.add(new ArrayList<>());
            open = true;
            closed = false;
          }
          olds.get(olds.size() - 1).add(line.substring(Math.min(2, line.length())));
        } else if (plus && !closed) {
          news.get(news.size() - 1).add(line.substring(Math.min(2, line.length())));
          open = false;
        } else {
          throw new AssertionError(what + ": “" + line + "” is not a “- old” or “+ new” line (hunks start with old lines)");
        }
      }
      if (olds.isEmpty()) {
        throw new AssertionError(what + " has no hunk");
      }
      int[] at = new int[olds.size()];
      for (int k = 0; k < olds.size(); k++) {
        String old = lines(olds.get(k));
        List<Integer> found = new ArrayList<>();
        for (int i = text.indexOf(old); i >= 0; i = text.indexOf(old, i + 1)) {
          if (i == 0 || text.charAt(i - 1) == '\n') {
            found.add(i);
          }
        }
        if (found.size() != 1) {
          throw new AssertionError(what + ", hunk " + (k + 1) + " (“" + olds.get(k).get(0) + "”…): its old text occurs "
              + found.size() + " times in the file, must be exactly once");
        }
        at[k] = found.get(0);
        for (int j = 0; j < k; j++) {
          if (at[j] < at[k] + old.length() && at[k] < at[j] + lines(olds.get(j)).length()) {
            throw new AssertionError(what + ", hunk " + (k + 1) + " overlaps hunk " + (j + 1));
          }
        }
      }
      Integer[] order = IntStream.range(0, at.length).boxed().sorted((a, b) -> at[b] - at[a]).toArray(Integer[]::new);
      StringBuilder out = new StringBuilder(text);
      for (int k : order) {
        out.replace(at[k], at[k] + lines(olds.get(k)).length(), lines(news.get(k)));
      }
      return out.toString();
    }

    static String lines(List<String> lines) {
      return lines.stream().map(l -> l + "\n").collect(Collectors.joining());
    }

    /** Writes the case's site (without the theme) under {@code site}; content/ always exists. */
    void writeSite(Path site) throws IOException {
      if (files == null) {
        copyCase(CASES.resolve(name), site);
      } else {
        for (Map.Entry<String, String> f : files.entrySet()) {
          Path target = site.resolve(f.getKey());
          Files.createDirectories(target.getParent());
          Files.writeString(target, f.getValue(), StandardCharsets.UTF_8);
        }
      }
      Files.createDirectories(site.resolve("content"));
    }
  }

  record Run(int code, String out) {}

  /** Every case name: the folders and the .txt files. */
  static Stream<String> cases() throws IOException {
    try (Stream<Path> all = Files.list(CASES)) {
      return all.filter(p -> Files.isDirectory(p) || p.getFileName().toString().endsWith(".txt"))
          .map(p -> p.getFileName().toString().replaceFirst("\\.txt$", ""))
          .sorted()
          .toList()
          .stream();
    }
  }

  @Test
  void corpusHasAtLeastThirtyCasesEachWithExpectedMessages() throws IOException {
    List<String> names = cases().toList();
    assertTrue(names.size() >= 30, "only " + names.size() + " cases");
    assertEquals(names.size(), new TreeSet<>(names).size(), "a case is both a folder and a .txt file: " + names);
    for (String name : names) {
      Case c = Case.read(name);
      assertFalse(c.expected().isEmpty(), name + ": expected.txt names no message");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void givesTheExpectedMessage(String name, @TempDir Path tmp) throws IOException {
    Case c = Case.read(name);
    Path site = tmp.resolve("site");
    c.writeSite(site);
    TestSite.copyTree(TestSite.REPO.resolve("themes"), site.resolve("themes"));
    if (c.large() != null) {
      writeLarge(site.resolve(c.large()));
    }

    Run check = c.verbose() ? run("check", "--verbose", "--source", site.toString()) : run("check", "--source", site.toString());
    String dump = name + " (check)\n" + check.out();
    assertEquals(c.exit(), check.code(), dump);
    assertNoStackTrace(check, dump);
    for (String line : c.expected()) {
      assertTrue(check.out().contains(line), "missing “" + line + "” in\n" + dump);
    }

    if (c.commands().contains("build")) {
      Path out = tmp.resolve("out");
      Run build =
          c.verbose()
              ? run("build", "--verbose", "--source", site.toString(), "--out", out.toString())
              : run("build", "--source", site.toString(), "--out", out.toString());
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

  /** Copies a folder case's files (not expected.txt). */
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
