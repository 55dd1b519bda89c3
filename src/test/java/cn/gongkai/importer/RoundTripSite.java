package cn.gongkai.importer;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.UserError;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders generated reports with the real build: one inline site (distinct years), each report's page read back. */
final class RoundTripSite {
  /** After every generated report's publication date, so none waits for its date. */
  static final LocalDate TODAY = LocalDate.of(2037, 6, 1);

  private RoundTripSite() {}

  /** Builds {@code reports} (distinct years) under {@code dir}; the page {@code reports/<year>/index.html} of each. */
  static Map<RoundTripReport, String> render(Path dir, List<RoundTripReport> reports) throws UserError {
    StringBuilder files = new StringBuilder("-- content/site.yaml --\n").append(TestSite.resource("fixtures/site.yaml"));
    for (RoundTripReport r : reports) {
      files.append("-- content/reports/").append(r.year()).append(".yaml --\n").append(r.yaml());
      files.append("-- content/reports/").append(r.year()).append(".md --\n").append(r.markdown());
    }
    Path source = TestSite.write(dir.resolve("src"), files.toString());
    Path out = dir.resolve("out");
    SiteBuilder.build(source, out, TODAY);
    Map<RoundTripReport, String> pages = new LinkedHashMap<>();
    for (RoundTripReport r : reports) {
      pages.put(r, TestSite.read(out.resolve("reports").resolve(Integer.toString(r.year())).resolve("index.html")));
    }
    return pages;
  }
}
