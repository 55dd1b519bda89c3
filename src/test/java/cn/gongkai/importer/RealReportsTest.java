package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reports as really published (src/test/resources/import/real/, each folder with its PROVENANCE.md): each
 * is imported and compared cell by cell with the figures a person transcribed from it (expected.yaml).
 * Prints, per shape of spec §4, how many cells were read, blank, 待核对 and wrong; wrong and missing must
 * be 0. Run alone: {@code mvn -B -q test -Dtest=RealReportsTest}.
 */
class RealReportsTest {
  static final Path REAL = TestSite.REPO.resolve("src/test/resources/import/real");
  private static final Pattern SHAPE = Pattern.compile("(?im)^\\W*shape\\W*[:：]?\\W*(\\d)");

  record Fixture(String id, Path source, Path expected, String shape) {}

  static List<Fixture> fixtures() throws Exception {
    List<Fixture> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(REAL)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        List<Path> sources;
        try (Stream<Path> s = Files.list(dir)) {
          sources = s.filter(p -> !p.getFileName().toString().equals("PROVENANCE.md") && !p.getFileName().toString().startsWith("expected")).sorted().toList();
        }
        String provenance = Files.readString(dir.resolve("PROVENANCE.md"));
        Matcher m = SHAPE.matcher(provenance);
        String shape = m.find() ? m.group(1) : "?";
        for (Path source : sources) {
          out.add(new Fixture(dir.getFileName().toString(), source, dir.resolve("expected.yaml"), shape));
        }
      }
    }
    return out;
  }

  @Test
  void everyRealReportImportsWithNoWrongCell() throws Exception {
    List<Fixture> fixtures = fixtures();
    assertFalse(fixtures.isEmpty(), "no fixtures under " + REAL);
    Map<String, CellComparison.Counts> byShape = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    StringBuilder table = new StringBuilder("fixture | shape | cells | read | blank | 待核对 | wrong | missing | tally\n");
    for (Fixture f : fixtures) {
      String shown = REAL.relativize(f.source()).toString();
      ImportedReport imported = ReportImporter.read(Sources.read(f.source(), shown), OptionalInt.empty());
      String expected = Files.readString(f.expected());
      Map<String, Object> meta = CellComparison.load(expected);
      if (meta.get("year") != null) {
        assertEquals(((Number) meta.get("year")).intValue(), imported.year(), f.id() + ": year");
      }
      if (meta.get("format") != null) {
        assertEquals(String.valueOf(meta.get("format")), imported.format().id(), f.id() + ": format");
      }
      CellComparison.Counts c = CellComparison.compare(expected, imported.yaml());
      byShape.merge(f.shape(), c, CellComparison.Counts::plus);
      c.problems().forEach(p -> problems.add(f.id() + " " + p));
      table.append(String.join(" | ", f.id(), f.shape(), "" + c.cells(), "" + c.read(), "" + c.blank(), "" + c.toVerify(), "" + c.wrong(), "" + c.missing(), imported.tally().line())).append('\n');
    }
    table.append("\nshape | cells | read | blank | 待核对 | wrong | missing\n");
    byShape.forEach((shape, c) -> table.append(String.join(" | ", shape, "" + c.cells(), "" + c.read(), "" + c.blank(), "" + c.toVerify(), "" + c.wrong(), "" + c.missing())).append('\n'));
    System.out.println(table);
    assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n\n" + table);
  }
}
