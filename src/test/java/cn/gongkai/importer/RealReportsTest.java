package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.diag.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
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

  record Fixture(String id, Path source, Path expected, String shape) {}

  /** Every source file listed in shapes.tsv with its shape; a file not listed fails the test, so none is forgotten. */
  static List<Fixture> fixtures() throws Exception {
    Map<String, String> shapes = new TreeMap<>();
    for (String line : Files.readAllLines(REAL.resolve("shapes.tsv"))) {
      if (!line.isBlank() && !line.startsWith("#")) {
        String[] f = line.split("\t");
        shapes.put(f[0], f[1]);
      }
    }
    List<Fixture> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(REAL)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String rel = REAL.relativize(file).toString().replace('\\', '/');
        String name = file.getFileName().toString();
        if (!rel.contains("/") || name.equals("PROVENANCE.md") || name.startsWith("expected")) {
          continue;
        }
        assertTrue(shapes.containsKey(rel), rel + " is not listed in shapes.tsv");
        out.add(new Fixture(file.getParent().getFileName().toString(), file, file.resolveSibling("expected.yaml"), shapes.get(rel)));
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
      if (f.shape().equals("refused")) {
        UserError e = assertThrows(UserError.class, () -> ReportImporter.read(Sources.read(f.source(), shown), OptionalInt.empty()));
        assertEquals(UserError.Kind.REFUSED, e.kind());
        table.append(f.id() + " | refused | " + e.getMessage().replace('\n', ' ') + "\n");
        continue;
      }
      ImportedReport imported;
      try {
        imported = ReportImporter.read(Sources.read(f.source(), shown), OptionalInt.empty());
      } catch (UserError e) {
        problems.add(f.id() + " not imported: " + e.getMessage());
        table.append(f.id() + " | " + f.shape() + " | not imported\n");
        continue;
      }
      String expected = Files.readString(f.expected());
      Map<String, Object> meta = CellComparison.load(expected);
      if (meta.get("year") != null) {
        if (((Number) meta.get("year")).intValue() != imported.year()) {
          problems.add(f.id() + " year " + imported.year() + ", expected " + meta.get("year"));
        }
      }
      if (meta.get("format") != null) {
        if (!String.valueOf(meta.get("format")).equals(imported.format().id())) {
          problems.add(f.id() + " format " + imported.format().id() + ", expected " + meta.get("format"));
        }
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
