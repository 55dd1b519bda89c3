package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real report under src/test/resources/import/real/ that has a text source ({@code page.txt})
 * and a hand-checked {@code expected.yaml}: each cell the reader writes is the expected figure or
 * 待核对, never another number (wrong = 0). The folder and its provenance belong to the fixtures.
 */
class RealReportsReaderTest {
  private static final Path REAL = ImportFixtures.REPO.resolve("src/test/resources/import/real");

  @TestFactory
  Stream<DynamicTest> realTextReportsAreNeverReadWrong() throws Exception {
    List<Path> dirs = new ArrayList<>();
    if (Files.isDirectory(REAL)) {
      try (Stream<Path> s = Files.list(REAL)) {
        s.filter(d -> Files.isRegularFile(d.resolve("page.txt")) && Files.isRegularFile(d.resolve("expected.yaml"))).sorted().forEach(dirs::add);
      }
    }
    return dirs.stream().map(d -> DynamicTest.dynamicTest(d.getFileName().toString(), () -> check(d)));
  }

  private static void check(Path dir) throws Exception {
    String text = Files.readString(dir.resolve("page.txt"), StandardCharsets.UTF_8);
    ImportedReport r = ReportImporter.read(ImportFixtures.text(dir.getFileName() + "/page.txt", text), OptionalInt.empty());
    Map<String, String> want = ImportFixtures.data("expected.yaml", Files.readString(dir.resolve("expected.yaml"), StandardCharsets.UTF_8));
    Map<String, String> got = ImportFixtures.data("imported.yaml", r.yaml());
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, String> e : want.entrySet()) {
      String g = got.get(e.getKey());
      String w = e.getValue().replace("\"", "");
      if (g == null) {
        wrong.add(e.getKey() + " 缺");
      } else if (!g.equals("待核对") && !same(g, w)) {
        wrong.add(e.getKey() + " 读成 " + g + "，应为 " + w);
      }
    }
    assertEquals(List.of(), wrong, () -> dir.getFileName() + "：" + r.tally().line());
    assertTrue(r.tally().read() > 0);
  }

  private static boolean same(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    try {
      return new BigDecimal(a).compareTo(new BigDecimal(b)) == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
