package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rendered markup of tables 二, 三 and 四 in both formats, pinned as golden files under
 * {@code src/test/resources/golden/}. After an intended change, regenerate them with
 * {@code mvn test -Dtest=GoldenTablesTest -Dgolden.update=true} and review the diff.
 */
class GoldenTablesTest {
  private static final Path GOLDEN = TestSite.REPO.resolve("src/test/resources/golden");

  @TempDir static Path dir;
  static String page2019;
  static String page2021;

  @BeforeAll
  static void build() throws Exception {
    SiteBuilder.build(TestSite.REPO, dir.resolve("default"));
    page2019 = TestSite.read(dir.resolve("default/reports/2022/index.html"));
    Path site = TestSite.write(dir.resolve("src2021"), TestSite.valid2021());
    SiteBuilder.build(site, dir.resolve("out2021"));
    page2021 = TestSite.read(dir.resolve("out2021/reports/2023/index.html"));
  }

  @ParameterizedTest(name = "{0} ({1} format)")
  @CsvSource({"table-2,2019", "table-3,2019", "table-4,2019", "table-2,2021", "table-3,2021", "table-4,2021"})
  void tableMatchesGolden(String table, String format) throws IOException {
    String html = extract(format.equals("2019") ? page2019 : page2021, table);
    Path golden = GOLDEN.resolve(table + "-" + format + ".html");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, html, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(golden), "missing golden file " + golden + " (run with -Dgolden.update=true)");
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), html);
  }

  /** The scroll wrapper and table with the given id, as written to the page. */
  static String extract(String page, String id) {
    int table = page.indexOf("<table id=\"" + id + "\"");
    int start = page.lastIndexOf("<div class=\"table-scroll report-region\"", table);
    int end = page.indexOf("</div>", page.indexOf("</table>", table)) + "</div>".length();
    return page.substring(start, end) + "\n";
  }
}
