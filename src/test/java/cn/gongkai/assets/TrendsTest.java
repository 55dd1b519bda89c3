package cn.gongkai.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.diag.Findings;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportLoader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Trends#of}: four synthetic years (2019, 2020 in the 2019 format; 2021, 2022 in the 2021 format),
 * with cells left blank, a 待核对 cell and a whole table blank, checked figure by figure against numbers
 * worked out by hand from the YAML below.
 */
class TrendsTest {
  static final SiteConfig SITE =
      new SiteConfig("示例", "示例县示例镇人民政府", "示例镇", "123456789X", "https://gongkai.example.gov.cn/",
          new SiteConfig.Footer("", "", "", "", "", "", "", ""), new SiteConfig.Written(null, null, ""));

  static final String HEAD = """
      year: %d
      format: "%s"
      organ: 示例县示例镇人民政府
      publisher: 示例镇
      index_no: 123456789X/%d-0001
      generated: %d-01-20
      published: %d-01-20
      scope: 全部公开
      channel: 政府网站
      """;

  /** 2019 format: every figure present. */
  static final String Y2019 = """
      active:
        regulations:         {created: 1, published: 1, total: 4}
        normative_documents: {created: 3, published: 3, total: 9}
        licensing:           {previous: 10, change: 2, decisions: 7}
        other_services:      {previous: 1, change: 0, decisions: 1}
        penalty:             {previous: 5, change: 0, decisions: 4}
        coercion:            {previous: 0, change: 0, decisions: 0}
        fees:                {previous: 0, change: 0}
        procurement:         {projects: 0, amount: 0}
      applications:
        received:     [4, 1, 0, 0, 0, 0]
        carried_over: [0, 0, 0, 0, 0, 0]
        results:
          disclosed:           [2, 1, 0, 0, 0, 0]
          partially_disclosed: [1, 0, 0, 0, 0, 0]
          withheld:
            state_secret:           [0, 0, 0, 0, 0, 0]
            prohibited_by_law:      [0, 0, 0, 0, 0, 0]
            security_and_stability: [0, 0, 0, 0, 0, 0]
            third_party_rights:     [1, 0, 0, 0, 0, 0]
            internal_affairs:       [0, 0, 0, 0, 0, 0]
            process_information:    [0, 0, 0, 0, 0, 0]
            enforcement_files:      [0, 0, 0, 0, 0, 0]
            administrative_query:   [0, 0, 0, 0, 0, 0]
          unavailable:
            not_held:        [0, 0, 0, 0, 0, 0]
            needs_creation:  [0, 0, 0, 0, 0, 0]
            still_unclear:   [0, 0, 0, 0, 0, 0]
          not_handled:
            complaint:       [0, 0, 0, 0, 0, 0]
            duplicate:       [0, 0, 0, 0, 0, 0]
            publication:     [0, 0, 0, 0, 0, 0]
            excessive:       [0, 0, 0, 0, 0, 0]
            confirmation:    [0, 0, 0, 0, 0, 0]
          other: [1, 0, 0, 0, 0, 0]
        carried_forward: [0, 0, 0, 0, 0, 0]
      reviews:
        review:                  {upheld: 1, corrected: 0, other: 0, pending: 1}
        litigation_direct:       {upheld: 0, corrected: 0, other: 0, pending: 1}
        litigation_after_review: {upheld: 0, corrected: 0, other: 0, pending: 0}
      """;

  /** 2019 format: 本年新收 and 行政处罚 have a blank cell; 行政诉讼 a blank and a 待核对 cell. */
  static final String Y2020 = """
      active:
        regulations:         {created: 0, published: 0, total: 4}
        normative_documents: {created: 2, published: 2, total: 11}
        licensing:           {previous: 12, change: 0, decisions: 9}
        other_services:      {previous: 1, change: 0, decisions: 1}
        penalty:             {previous: 5, change: 0, decisions: ~}
        coercion:            {previous: 0, change: 1, decisions: 1}
        fees:                {previous: 0, change: 0}
        procurement:         {projects: 0, amount: 0}
      applications:
        received:     [3, ~, 0, 0, 0, 0]
        carried_over: [0, 0, 0, 0, 0, 0]
        results:
          disclosed:           [6, 0, 0, 0, 0, 0]
          partially_disclosed: [0, 0, 0, 0, 0, 0]
          withheld:
            state_secret:           [0, 0, 0, 0, 0, 0]
            prohibited_by_law:      [0, 0, 0, 0, 0, 0]
            security_and_stability: [0, 0, 0, 0, 0, 0]
            third_party_rights:     [0, 0, 0, 0, 0, 0]
            internal_affairs:       [0, 0, 0, 0, 0, 0]
            process_information:    [0, 0, 0, 0, 0, 0]
            enforcement_files:      [0, 0, 0, 0, 0, 0]
            administrative_query:   [0, 0, 0, 0, 0, 0]
          unavailable:
            not_held:        [1, 0, 0, 0, 0, 0]
            needs_creation:  [0, 1, 0, 0, 0, 0]
            still_unclear:   [0, 0, 0, 0, 0, 0]
          not_handled:
            complaint:       [0, 0, 0, 0, 0, 0]
            duplicate:       [1, 0, 0, 0, 0, 0]
            publication:     [0, 0, 0, 0, 0, 0]
            excessive:       [0, 0, 0, 0, 0, 0]
            confirmation:    [0, 0, 0, 0, 0, 0]
          other: [0, 0, 0, 0, 0, 2]
        carried_forward: [1, 0, 0, 0, 0, 0]
      reviews:
        review:                  {upheld: 0, corrected: 1, other: 0, pending: 0}
        litigation_direct:       {upheld: ~, corrected: 0, other: 0, pending: 0}
        litigation_after_review: {upheld: 待核对, corrected: 0, other: 0, pending: 0}
      """;

  /** 2021 format: every figure present; 其他处理 in two of its three sub-rows. */
  static final String Y2021 = """
      active:
        regulations:         {issued: 0, repealed: 0, in_force: 0}
        normative_documents: {issued: 2, repealed: 1, in_force: 5}
        licensing: 12
        penalty: 3
        coercion: 0
        fees: 0.092
      applications:
        received:     [5, 1, 0, 0, 0, 1]
        carried_over: [1, 0, 0, 0, 0, 0]
        results:
          disclosed:           [3, 1, 0, 0, 0, 0]
          partially_disclosed: [1, 0, 0, 0, 0, 0]
          withheld:
            state_secret:           [0, 0, 0, 0, 0, 0]
            prohibited_by_law:      [0, 0, 0, 0, 0, 0]
            security_and_stability: [0, 0, 0, 0, 0, 0]
            third_party_rights:     [1, 0, 0, 0, 0, 0]
            internal_affairs:       [0, 0, 0, 0, 0, 0]
            process_information:    [0, 0, 0, 0, 0, 0]
            enforcement_files:      [0, 0, 0, 0, 0, 0]
            administrative_query:   [0, 0, 0, 0, 0, 0]
          unavailable:
            not_held:        [0, 0, 0, 0, 0, 1]
            needs_creation:  [0, 0, 0, 0, 0, 0]
            still_unclear:   [0, 0, 0, 0, 0, 0]
          not_handled:
            complaint:       [0, 0, 0, 0, 0, 0]
            duplicate:       [0, 0, 0, 0, 0, 0]
            publication:     [0, 0, 0, 0, 0, 0]
            excessive:       [0, 0, 0, 0, 0, 0]
            confirmation:    [0, 0, 0, 0, 0, 0]
          other:
            no_correction:   [1, 0, 0, 0, 0, 0]
            fee_unpaid:      [0, 0, 0, 0, 0, 0]
            other:           [0, 1, 0, 0, 0, 0]
        carried_forward: [1, 0, 0, 0, 0, 0]
      reviews:
        review:                  {upheld: 1, corrected: 0, other: 0, pending: 0}
        litigation_direct:       {upheld: 0, corrected: 0, other: 0, pending: 1}
        litigation_after_review: {upheld: 0, corrected: 0, other: 0, pending: 0}
      """;

  /** 2021 format: 规章 现行有效件数 blank, table 四 left blank as a whole. */
  static final String Y2022 = """
      active:
        regulations:         {issued: 0, repealed: 0, in_force: ~}
        normative_documents: {issued: 1, repealed: 0, in_force: 6}
        licensing: 20
        penalty: 0
        coercion: 0
        fees: 0
      applications:
        received:     [2, 0, 0, 0, 0, 0]
        carried_over: [1, 0, 0, 0, 0, 0]
        results:
          disclosed:           [1, 0, 0, 0, 0, 0]
          partially_disclosed: [0, 0, 0, 0, 0, 0]
          withheld:
            state_secret:           [0, 0, 0, 0, 0, 0]
            prohibited_by_law:      [0, 0, 0, 0, 0, 0]
            security_and_stability: [0, 0, 0, 0, 0, 0]
            third_party_rights:     [0, 0, 0, 0, 0, 0]
            internal_affairs:       [0, 0, 0, 0, 0, 0]
            process_information:    [0, 0, 0, 0, 0, 0]
            enforcement_files:      [0, 0, 0, 0, 0, 0]
            administrative_query:   [0, 0, 0, 0, 0, 1]
          unavailable:
            not_held:        [0, 0, 0, 0, 0, 0]
            needs_creation:  [0, 0, 0, 0, 0, 0]
            still_unclear:   [0, 0, 0, 0, 0, 0]
          not_handled:
            complaint:       [0, 0, 1, 0, 0, 0]
            duplicate:       [0, 0, 0, 0, 0, 0]
            publication:     [0, 0, 0, 0, 0, 0]
            excessive:       [0, 0, 0, 0, 0, 0]
            confirmation:    [0, 0, 0, 0, 0, 0]
          other:
            no_correction:   [0, 0, 0, 0, 0, 0]
            fee_unpaid:      [1, 0, 0, 0, 0, 0]
            other:           [0, 0, 0, 0, 0, 0]
        carried_forward: [0, 0, 0, 0, 0, 0]
      reviews: ~
      """;

  static final String FORMAT_GAP = "该年采用2019年试行格式，没有此项（其“对外公开总数量”含义不同）";

  /** Each figure's points for 2019, 2020, 2021, 2022: a number, or the gap's reason. */
  static final Map<String, List<Object>> EXPECTED =
      Map.ofEntries(
          Map.entry("received", List.of(5, TrendPoint.BLANK, 7, 2)),
          Map.entry("disclosed", List.of(3, 6, 4, 1)),
          Map.entry("partially_disclosed", List.of(1, 0, 1, 0)),
          Map.entry("withheld", List.of(1, 0, 1, 1)),
          Map.entry("unavailable", List.of(0, 2, 1, 0)),
          Map.entry("not_handled", List.of(0, 1, 0, 1)),
          Map.entry("other", List.of(1, 2, 2, 1)),
          Map.entry("carried_forward", List.of(0, 1, 1, 0)),
          Map.entry("review", List.of(2, 1, 1, TrendPoint.BLANK)),
          Map.entry("litigation", List.of(1, TrendPoint.TO_VERIFY, 1, TrendPoint.BLANK)),
          Map.entry("regulations_issued", List.of(1, 0, 0, 0)),
          Map.entry("normative_documents_issued", List.of(3, 2, 2, 1)),
          Map.entry("licensing", List.of(7, 9, 12, 20)),
          Map.entry("penalty", List.of(4, TrendPoint.BLANK, 3, 0)),
          Map.entry("coercion", List.of(0, 1, 0, 0)),
          Map.entry("regulations_in_force", List.of(FORMAT_GAP, FORMAT_GAP, 0, TrendPoint.BLANK)),
          Map.entry("normative_documents_in_force", List.of(FORMAT_GAP, FORMAT_GAP, 5, 6)));

  static final Map<String, String> NOTES =
      Map.of(
          "received", "2020年原表空白，未画出。",
          "review", "2022年原表空白，未画出。",
          "litigation", "2022年原表空白，未画出；2020年的数字待核对，未画出。",
          "penalty", "2020年原表空白，未画出。",
          "regulations_in_force", "2022年原表空白，未画出；2019、2020年采用2019年试行格式，没有此项（其“对外公开总数量”含义不同）。",
          "normative_documents_in_force", "2019、2020年采用2019年试行格式，没有此项（其“对外公开总数量”含义不同）。");

  static final List<String> ORDER =
      List.of(
          "received", "disclosed", "partially_disclosed", "withheld", "unavailable", "not_handled", "other", "carried_forward",
          "review", "litigation", "regulations_issued", "normative_documents_issued", "licensing", "penalty", "coercion",
          "regulations_in_force", "normative_documents_in_force");

  /** The four reports, loaded from their YAML texts as from files (no narrative). */
  static List<AnnualReport> reports() {
    return List.of(
        load(2019, ReportFormat.F2019, Y2019),
        load(2020, ReportFormat.F2019, Y2020),
        load(2021, ReportFormat.F2021, Y2021),
        load(2022, ReportFormat.F2021, Y2022));
  }

  static AnnualReport load(int year, ReportFormat format, String tables) {
    String yaml = HEAD.formatted(year, format.id(), year + 1, year + 1, year + 1) + tables;
    try {
      AnnualReport r = new ReportLoader(Path.of("."), SITE, new Findings()).load("content/reports/" + year + ".yaml", yaml, "content/reports/" + year + ".md", null);
      assertEquals(year, r.year());
      assertEquals(format, r.format());
      assertTrue(r.complete(), year + " loads without errors other than blanks");
      return r;
    } catch (Exception e) {
      throw new AssertionError(year + ".yaml", e);
    }
  }

  @Test
  void everyFigureInOrder_withItsGroupTitleAndUnit() {
    List<Trend> trends = Trends.of(reports());
    assertEquals(ORDER, trends.stream().map(Trend::id).toList());
    Map<String, Trend> byId = trends.stream().collect(Collectors.toMap(Trend::id, t -> t));
    assertEquals("本年新收政府信息公开申请数量", byId.get("received").title());
    assertEquals("依申请公开", byId.get("received").group());
    assertEquals("依申请公开", byId.get("carried_forward").group());
    for (String id : List.of("disclosed", "partially_disclosed", "withheld", "unavailable", "not_handled", "other")) {
      assertEquals("办理结果", byId.get(id).group(), id);
    }
    assertEquals("复议诉讼", byId.get("review").group());
    assertEquals("复议诉讼", byId.get("litigation").group());
    assertEquals("主动公开", byId.get("licensing").group());
    assertEquals("主动公开", byId.get("normative_documents_in_force").group());
    trends.forEach(t -> assertEquals("件", t.unit(), t.id()));
    assertEquals(ORDER.size(), trends.stream().map(Trend::title).distinct().count(), "titles differ");
  }

  @Test
  void pointsMatchTheNumbersWorkedOutByHand() {
    for (Trend t : Trends.of(reports())) {
      List<Object> expected = EXPECTED.get(t.id());
      assertEquals(List.of(2019, 2020, 2021, 2022), t.points().stream().map(TrendPoint::year).toList(), t.id());
      for (int i = 0; i < expected.size(); i++) {
        TrendPoint p = t.points().get(i);
        String where = t.id() + " " + p.year();
        if (expected.get(i) instanceof Integer v) {
          assertEquals(0, BigDecimal.valueOf(v).compareTo(p.value()), where + ": " + p);
          assertEquals("", p.gap(), where);
        } else {
          assertEquals(null, p.value(), where + " is a gap, never 0");
          assertEquals(expected.get(i), p.gap(), where);
        }
      }
    }
  }

  @Test
  void notesNameTheGapYearsAndWhy_andAreEmptyWithoutGaps() {
    for (Trend t : Trends.of(reports())) {
      assertEquals(NOTES.getOrDefault(t.id(), ""), t.note(), t.id());
    }
  }

  @Test
  void reportsInAnyOrderGiveTheSameTrends() {
    List<AnnualReport> shuffled = new ArrayList<>(reports());
    Collections.reverse(shuffled);
    Collections.swap(shuffled, 0, 2);
    assertEquals(Trends.of(reports()), Trends.of(shuffled));
  }

  @Test
  void aFormatGapNamesTheFormat_andAToVerifyCellWinsOverABlankOne() {
    Map<String, Trend> byId = Trends.of(reports()).stream().collect(Collectors.toMap(Trend::id, t -> t));
    TrendPoint p2019 = byId.get("regulations_in_force").points().get(0);
    assertTrue(p2019.isAbsentFromFormat());
    TrendPoint litigation2020 = byId.get("litigation").points().get(1);
    assertEquals(TrendPoint.TO_VERIFY, litigation2020.gap(), "行政诉讼 2020: one blank cell and one 待核对 cell");
    assertTrue(!litigation2020.isAbsentFromFormat());
  }

  @Test
  void noReportsGiveEmptyTrends() {
    List<Trend> trends = Trends.of(List.of());
    assertEquals(ORDER.size(), trends.size());
    trends.forEach(t -> assertTrue(t.points().isEmpty() && t.note().isEmpty(), t.id()));
  }

  @Test
  void theReportFixtureAsOneYear() {
    String yaml = cn.gongkai.TestSite.resource("fixtures/report-2021.yaml");
    AnnualReport r;
    try {
      r = new ReportLoader(Path.of("."), SITE, new Findings()).load("content/reports/2023.yaml", yaml, "content/reports/2023.md", null);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    Map<String, Trend> byId = Trends.of(List.of(r)).stream().collect(Collectors.toMap(Trend::id, t -> t));
    // The fixture's tables, as the page shows them: 7 received, 4 disclosed, 1 复议, 1 诉讼, 5 in force.
    assertEquals(r.applications().received().total(), byId.get("received").points().get(0).value());
    assertEquals(r.reviews().reviewTotal(), byId.get("review").points().get(0).value());
    assertEquals(r.reviews().litigationTotal(), byId.get("litigation").points().get(0).value());
    assertEquals(new BigDecimal(5), byId.get("normative_documents_in_force").points().get(0).value());
    assertEquals(new BigDecimal(12), byId.get("licensing").points().get(0).value());
  }

  @Test
  void theRealDongshan2022Report_tablesThreeAndFourBlank_formatOf2019() throws Exception {
    Path repo = cn.gongkai.TestSite.REPO;
    AnnualReport r = new ReportLoader(repo, SITE, new Findings()).load(repo.resolve("content/reports/2022.yaml"));
    Map<String, Trend> byId = Trends.of(List.of(r)).stream().collect(Collectors.toMap(Trend::id, t -> t));
    for (String id : ORDER.subList(0, 10)) {
      assertEquals(new TrendPoint(2022, null, TrendPoint.BLANK), byId.get(id).points().get(0), id + ": published blank");
      assertEquals("2022年原表空白，未画出。", byId.get(id).note(), id);
    }
    assertEquals(new BigDecimal(3), byId.get("regulations_issued").points().get(0).value(), "规章 本年新制作 3");
    assertEquals(new BigDecimal(2), byId.get("normative_documents_issued").points().get(0).value(), "规范性文件 本年新制作 2");
    assertEquals(BigDecimal.ZERO, byId.get("licensing").points().get(0).value());
    assertEquals("2022年采用2019年试行格式，没有此项（其“对外公开总数量”含义不同）。", byId.get("regulations_in_force").note(), "the format of the report, not of its year");
  }
}
