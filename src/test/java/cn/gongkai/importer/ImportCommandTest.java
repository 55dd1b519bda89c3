package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestCli.Run;
import cn.gongkai.TestCli;
import cn.gongkai.TestSite;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gongkai import}, run in-process: what it writes, what it prints, and what it refuses (exit 1, nothing written). */
class ImportCommandTest {
  /** The real 东山镇 2022 report as published (a copy of ../shared/seed/000_fd1e705447a75c82.txt). */
  static final Path SEED = TestSite.REPO.resolve("src/test/resources/seed/dongshan-2022.txt");

  static Run run(String... args) {
    return TestCli.run(args);
  }

  static Path seed() {
    return SEED;
  }

  /** A site without reports, so the seed's 2022 is new to it. */
  static Path site(Path dir) throws Exception {
    TestSite.write(dir, TestSite.valid2021());
    try (Stream<Path> s = Files.list(dir.resolve("content/reports"))) {
      for (Path p : s.toList()) {
        Files.delete(p);
      }
    }
    return dir;
  }

  static List<String> tree(Path dir) throws Exception {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.map(p -> dir.relativize(p).toString()).sorted().toList();
    }
  }

  static void assertClean(Run r) {
    assertFalse(r.all().contains("Exception"), r.all());
    assertFalse(r.all().contains("\tat "), r.all());
  }

  @Test
  void theSeedImportsIntoTheSiteAndIsChecked(@TempDir Path dir) throws Exception {
    site(dir);
    Run r = run("import", seed().toString(), "--source", dir.toString());
    assertEquals(0, r.code(), r.all());
    assertClean(r);
    assertTrue(Files.exists(dir.resolve("content/reports/2022.yaml")), r.all());
    assertTrue(Files.exists(dir.resolve("content/reports/2022.md")), r.all());
    assertTrue(r.out().contains("content/reports/2022.yaml"), r.out());
    assertTrue(r.out().contains("（2019 年格式）"), r.out());
    assertTrue(r.out().matches("(?s).*读取 \\d+ 格，原表空白 \\d+ 格，待核对 0 格.*"), r.out());
    // The seed's real errors, as the checks see them in what was written.
    assertTrue(r.out().contains("FMT-01"), r.out());
    assertTrue(r.out().contains("T2-01"), r.out());
    assertTrue(r.out().contains("导入完成。检查结果："), r.out());
  }

  @Test
  void neverOverwritesAndWritesNothingWhenRefused(@TempDir Path dir) throws Exception {
    site(dir);
    assertEquals(0, run("import", seed().toString(), "--source", dir.toString()).code());
    Path yaml = dir.resolve("content/reports/2022.yaml");
    Files.writeString(yaml, "# edited by hand\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    String before = Files.readString(yaml);
    Run again = run("import", seed().toString(), "--source", dir.toString());
    assertEquals(1, again.code(), again.all());
    assertTrue(again.err().contains("content/reports/2022.yaml 已存在（import 从不覆盖已有文件）"), again.err());
    assertTrue(again.err().contains("未写入任何文件"), again.err());
    assertEquals(before, Files.readString(yaml));
  }

  @Test
  void outWritesElsewhereWithoutASite(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("imported");
    Run r = run("import", seed().toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.all());
    assertEquals(List.of("", "2022.md", "2022.yaml"), tree(out));
    assertTrue(r.out().contains("FMT-01"), r.out());
  }

  @Test
  void yearOptionOverridesTheTitle(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("imported");
    Run r = run("import", seed().toString(), "--out", out.toString(), "--year", "2021");
    assertEquals(0, r.code(), r.all());
    assertTrue(Files.exists(out.resolve("2021.yaml")), r.all());
  }

  @Test
  void emptyFileIsRefused(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("empty.txt"), "");
    assertRefused(dir, f, "empty.txt");
  }

  @Test
  void pageThatIsNoReportIsRefused(@TempDir Path dir) throws Exception {
    Path f =
        Files.writeString(
            dir.resolve("notice.html"),
            "<!doctype html><html lang=zh><meta charset=utf-8><title>示例通知</title><body><h1>关于开展春季植树活动的通知</h1>"
                + "<p>各村（社区）：定于3月12日上午开展植树活动，请各单位组织干部群众参加。</p></body></html>");
    assertRefused(dir, f, "notice.html");
  }

  @Test
  void reportWithATableMissingIsRefused(@TempDir Path dir) throws Exception {
    String seed = Files.readString(seed());
    int from = seed.indexOf("三、收到和处理政府信息公开申请情况");
    int to = seed.indexOf("四、政府信息公开行政复议、行政诉讼情况");
    assertTrue(from > 0 && to > from);
    Path f = Files.writeString(dir.resolve("no-table3.txt"), seed.substring(0, from) + seed.substring(to));
    Run r = assertRefused(dir, f, "no-table3.txt");
    assertTrue(r.err().contains("表三") || r.err().contains("三、收到和处理政府信息公开申请情况"), r.err());
  }

  @Test
  void binaryFileIsRefused(@TempDir Path dir) throws Exception {
    byte[] bytes = new byte[4096];
    new java.util.Random(13).nextBytes(bytes);
    Path f = Files.write(dir.resolve("report.txt"), bytes);
    assertRefused(dir, f, "report.txt");
  }

  @Test
  void fiftyMegabyteFileIsRefused(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("huge.txt");
    try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "rw")) {
      raf.setLength(50L * 1024 * 1024);
    }
    assertRefused(dir, f, "huge.txt");
  }

  @Test
  void oneBadFileOfTwoWritesNothing(@TempDir Path dir) throws Exception {
    site(dir);
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    List<String> before = tree(dir.resolve("content"));
    Run r = run("import", seed().toString(), empty.toString(), "--source", dir.toString());
    assertEquals(1, r.code(), r.all());
    assertEquals(before, tree(dir.resolve("content")));
  }

  private static Run assertRefused(Path dir, Path file, String name) throws Exception {
    Path site = site(dir.resolve("site"));
    List<String> before = tree(site);
    Run r = run("import", file.toString(), "--source", site.toString());
    assertEquals(1, r.code(), r.all());
    assertClean(r);
    assertTrue(r.err().contains(name), r.err());
    assertTrue(r.err().contains("未写入任何文件"), r.err());
    assertEquals(before, tree(site));
    return r;
  }

  @Test
  void itemPagesOfAFolderImportIntoAColumnWithASummary(@TempDir Path dir) throws Exception {
    Path site = TestSite.write(dir, TestSite.valid2021() + ItemImporterTest.COLUMNS);
    Run r = run("import", "--item", ItemImporterTest.PAGES.toString(), "--column", "policy", "--source", site.toString());
    assertEquals(0, r.code(), r.all());
    assertClean(r);
    assertTrue(r.out().contains("网页") && r.out().contains("索引号") && r.out().contains("column-list.html"), r.out());
    assertTrue(r.out().matches("(?s).*共 \\d+ 个网页：导入 \\d+ 个，未导入 1 个。.*"), r.out());
  }

  @Test
  void itemWithoutColumnIsAUsageError(@TempDir Path dir) throws Exception {
    Run r = run("import", "--item", ItemImporterTest.PAGES.resolve("gbk-notice.html").toString(), "--source", site(dir).toString());
    assertEquals(2, r.code(), r.all());
    assertTrue(r.err().contains("--column"), r.err());
  }
}
