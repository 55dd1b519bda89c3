package cn.gongkai.importer;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.config.SiteConfigLoader;
import cn.gongkai.diag.Findings;
import cn.gongkai.importer.SourceDoc.Line;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Test helpers: SourceDocs built from text as each shape gives it, and loading what an import wrote. */
final class ImportFixtures {
  private ImportFixtures() {}

  static final Path REPO = Path.of("").toAbsolutePath();

  static String resource(String name) throws IOException {
    return Files.readString(REPO.resolve("src/test/resources").resolve(name), StandardCharsets.UTF_8);
  }

  /** Plain text: every line one cell (the seed's shape, a PDF text layer, a text file). */
  static SourceDoc text(String name, String text) {
    List<Line> lines = new ArrayList<>();
    String[] ls = text.split("\r?\n", -1);
    for (int i = 0; i < ls.length; i++) {
      lines.add(new Line(i + 1, List.of(ls[i]), false));
    }
    return new SourceDoc(name, SourceDoc.Kind.TEXT, lines);
  }

  private static final Pattern PIPE = Pattern.compile("^\\s*\\|(.*)\\|\\s*$");

  /** Text in which a line {@code | a | b |} is a table row (its cells, empty ones blank) and any other line one cell. */
  static SourceDoc pipes(String name, String text) {
    List<Line> lines = new ArrayList<>();
    String[] ls = text.split("\r?\n", -1);
    for (int i = 0; i < ls.length; i++) {
      Matcher m = PIPE.matcher(ls[i]);
      if (m.matches()) {
        if (m.group(1).matches("[\\s|:-]+")) {
          continue; // the |---|---| rule under a Markdown header
        }
        lines.add(new Line(i + 1, Arrays.stream(m.group(1).split("\\|", -1)).map(String::strip).toList(), true));
      } else {
        lines.add(new Line(i + 1, List.of(ls[i]), false));
      }
    }
    return new SourceDoc(name, SourceDoc.Kind.TEXT, lines);
  }

  /** A loaded import: what ReportLoader makes of the YAML and Markdown written to a temporary site. */
  record Loaded(AnnualReport report, Findings findings, Path yaml) {}

  static Loaded load(Path dir, ImportedReport imported) throws Exception {
    Path reports = dir.resolve("content/reports");
    Files.createDirectories(reports);
    Files.copy(REPO.resolve("content/site.yaml"), dir.resolve("content/site.yaml"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Path yaml = reports.resolve(imported.year() + ".yaml");
    Files.writeString(yaml, imported.yaml(), StandardCharsets.UTF_8);
    Files.writeString(reports.resolve(imported.year() + ".md"), imported.markdown(), StandardCharsets.UTF_8);
    return loadFrom(dir, yaml);
  }

  static Loaded loadFrom(Path root, Path yaml) throws Exception {
    Findings findings = new Findings();
    SiteConfig site = SiteConfigLoader.load(root, findings).orElseThrow();
    AnnualReport r = new ReportLoader(root, site, findings).load(yaml);
    return new Loaded(r, findings, yaml);
  }

  /**
   * The data of a report YAML as written: every scalar of year, format, organ and the three tables by
   * its key path (“applications.results.total[6]”), so 待核对, ~ and 0 stay distinct.
   */
  static java.util.Map<String, String> data(String name, String yamlText) throws Exception {
    cn.gongkai.yaml.YNode root = new cn.gongkai.yaml.YamlReader(REPO).parse(REPO.resolve(name), yamlText);
    java.util.Map<String, String> out = new java.util.TreeMap<>();
    if (root instanceof cn.gongkai.yaml.YNode.YMap m) {
      for (String key : List.of("year", "format", "organ", "active", "applications", "reviews")) {
        if (m.entries().containsKey(key)) {
          flatten(key, m.entries().get(key), out);
        }
      }
    }
    return out;
  }

  private static void flatten(String path, cn.gongkai.yaml.YNode n, java.util.Map<String, String> out) {
    if (n instanceof cn.gongkai.yaml.YNode.YMap m) {
      m.entries().forEach((k, v) -> flatten(path + "." + k, v, out));
    } else if (n instanceof cn.gongkai.yaml.YNode.YList l) {
      for (int i = 0; i < l.items().size(); i++) {
        flatten(path + "[" + i + "]", l.items().get(i), out);
      }
    } else if (n instanceof cn.gongkai.yaml.YNode.YScalar s) {
      out.put(path, s.kind() == cn.gongkai.yaml.YNode.YScalar.Kind.NULL ? "~" : s.text());
    }
  }

  /** Splits every line at runs of two or more spaces, each piece its own line: the one-cell-per-line shape. */
  static SourceDoc oneCellPerLine(String name, String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      for (String piece : line.strip().split("\\s{2,}")) {
        b.append(piece).append('\n');
      }
    }
    return text(name, b.toString());
  }
}
