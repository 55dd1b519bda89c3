package cn.gongkai.data;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.content.Markdown;
import cn.gongkai.content.Narrative;
import cn.gongkai.data.AnnualReport.Acknowledgement;
import cn.gongkai.data.AnnualReport.ActiveEntry;
import cn.gongkai.data.AnnualReport.ApplicationEntry;
import cn.gongkai.data.AnnualReport.ReviewEntry;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Level;
import cn.gongkai.diag.SourcePos;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The annual-report checks of spec §3, then {@code acknowledged} applied to what they found. */
public final class ReportChecks {
  private static final List<String> COLUMNS_WITH_TOTAL = columnsWithTotal();
  private static final Pattern TOWNSHIP = Pattern.compile(".*(镇|乡|街道)(人民政府|办事处)$");

  private final SiteConfig site;
  private final Findings findings;

  public ReportChecks(SiteConfig site, Findings findings) {
    this.site = site;
    this.findings = findings;
  }

  /** Runs every rule on every report; cross-year rules compare with the report of the year before. */
  public void run(List<AnnualReport> reports, IndexNumbers indexNumbers) {
    Map<Integer, AnnualReport> byYear = new HashMap<>();
    reports.forEach(r -> byYear.put(r.year(), r));
    for (AnnualReport report : reports) {
      Optional<AnnualReport> previous = Optional.ofNullable(byYear.get(report.year() - 1)).filter(AnnualReport::complete);
      Scope s = new Scope(report);
      format(s);
      narrativeSections(s);
      metadata(s, indexNumbers);
      if (report.complete()) {
        applications(s);
        reviews(s);
        active(s, previous);
        carryOver(s, previous);
        narrativeNumbers(s);
      }
      staleYears(s);
    }
    applyAcknowledgements(reports);
  }

  /** Findings of one report carry the report's YAML file as subject, so acknowledgements can match them. */
  private final class Scope {
    final AnnualReport r;

    Scope(AnnualReport r) {
      this.r = r;
    }

    void add(String rule, SourcePos pos, String message, String row) {
      Level level = Rules.ALL.get(rule).level();
      findings.add(new Finding(rule, level, pos, message, r.files().yaml(), row, ""));
    }

    String year() {
      return r.year() + " 年度";
    }
  }

  private void format(Scope s) {
    ReportFormat required = ReportFormat.requiredFor(s.r.year());
    if (s.r.format() != required) {
      s.add(
          "FMT-01",
          s.r.meta().positions().format(),
          s.year() + "的年报应使用 " + required.id() + " 年格式" + required.document() + "，本报告 format 为 \""
              + s.r.format().id() + "\"" + s.r.format().document() + "。请把 format 改为 \"" + required.id()
              + "\" 并按该格式填写表二、表三。",
          "");
    }
  }

  private void narrativeSections(Scope s) {
    Narrative n = s.r.narrative();
    String md = s.r.files().markdown();
    if (n.sections().isEmpty() && n.preamble().isBlank()) {
      s.add("FMT-02", SourcePos.file(md), "找不到叙述文件或其中没有内容。请建立 " + md + "，用“## 一、总体情况”等二级标题分出各部分（可用 new-report 命令生成）。", "");
    }
    int last = 0;
    Map<Integer, Narrative.Section> seen = new HashMap<>();
    for (Narrative.Section sec : n.sections()) {
      SourcePos at = new SourcePos(md, sec.line(), 1);
      if (sec.number() == 0) {
        s.add("FMT-02", at, "二级标题“" + sec.title() + "”不是年报规定的章节标题。应为以下之一：" + String.join("、", ReportSchema.SECTION_TITLES) + "。", "");
        continue;
      }
      if (seen.containsKey(sec.number())) {
        s.add("FMT-02", at, "章节“" + ReportSchema.SECTION_TITLES.get(sec.number() - 1) + "”重复出现（第一次在第 " + seen.get(sec.number()).line() + " 行）。", "");
        continue;
      }
      seen.put(sec.number(), sec);
      if (sec.number() < last) {
        s.add("FMT-02", at, "章节“" + sec.title() + "”的位置不对：六个部分应按一、二、三、四、五、六的顺序排列。", "");
      }
      last = Math.max(last, sec.number());
      if ((sec.number() == 1 || sec.number() == 5 || sec.number() == 6) && sec.isBlank()) {
        s.add("FMT-02", at, "章节“" + sec.title() + "”没有内容。请填写；没有需要报告的事项时写“无。”。", "");
      }
    }
    for (int required : new int[] {1, 5, 6}) {
      if (!seen.containsKey(required) && !(n.sections().isEmpty() && n.preamble().isBlank())) {
        String title = ReportSchema.SECTION_TITLES.get(required - 1);
        s.add("FMT-02", SourcePos.file(md), "叙述中缺少“" + title + "”部分。请加上“## " + title + "”及其内容" + (required == 6 ? "（没有需要报告的事项时写“无。”）" : "") + "。", "");
      }
    }
  }

  private void metadata(Scope s, IndexNumbers indexNumbers) {
    AnnualReport.Meta m = s.r.meta();
    SourcePos at = m.positions().indexNo();
    String indexNo = m.indexNo();
    if (!indexNo.isEmpty()) {
      for (String problem : IndexNumberRule.problems(indexNo, site.unitCode(), m.published(), s.r.year() + 1)) {
        s.add("META-01", at, problem, "");
      }
      indexNumbers.claim(indexNo, at, s.r.files().yaml()).ifPresent(other ->
          s.add("META-01", at, IndexNumberRule.duplicate(indexNo, other), ""));
    }
    if (m.published() != null) {
      LocalDate deadline = LocalDate.of(s.r.year() + 1, 1, 31);
      if (m.published().isAfter(deadline)) {
        s.add("PUB-01", m.positions().published(), "公开日期 " + m.published() + " 晚于 " + deadline + "（《条例》规定每年 1 月 31 日前公布上一年度年报）。", "");
      }
    }
    if (!m.publisher().isEmpty() && !m.organ().isEmpty() && !consistent(m.publisher(), m.organ())) {
      s.add("META-02", m.positions().publisher(), "发布机构“" + m.publisher() + "”与报告主体“" + m.organ() + "”不一致，请核对（如发布机构写成了县政府）。", "");
    }
  }

  /** “东山镇” publishes for “华容县东山镇人民政府”; “华容县人民政府” and “华容县” (the county above it) do not. */
  static boolean consistent(String publisher, String organ) {
    if (publisher.contains(organ)) {
      return true;
    }
    String core = organ.replaceFirst("(人民政府|办事处)$", "");
    String pub = publisher.replaceFirst("(人民政府|办事处)$", "");
    if (core.endsWith(pub)) {
      return true;
    }
    // Inside the organ's name but at its start: the county or district it belongs to, not the organ itself.
    return organ.contains(publisher) && !core.startsWith(pub);
  }

  private void applications(Scope s) {
    AnnualReport r = s.r;
    ApplicationEntry received = r.application("received").orElseThrow();
    ApplicationEntry carriedOver = r.application("carried_over").orElseThrow();
    ApplicationEntry carriedForward = r.application("carried_forward").orElseThrow();
    List<BigDecimal> results = r.resultsTotal();
    List<BigDecimal> in1 = received.withTotal();
    List<BigDecimal> in2 = carriedOver.withTotal();
    List<BigDecimal> out4 = carriedForward.withTotal();
    for (int i = 0; i < 7; i++) {
      BigDecimal left = in1.get(i).add(in2.get(i));
      BigDecimal right = results.get(i).add(out4.get(i));
      if (left.compareTo(right) != 0) {
        String col = COLUMNS_WITH_TOTAL.get(i);
        s.add(
            "T3-01",
            received.pos(),
            "表三“" + col + "”列勾稽关系不成立：一、本年新收 " + p(in1.get(i)) + " + 二、上年结转 " + p(in2.get(i)) + " = " + p(left)
                + "，但三、（七）总计 " + p(results.get(i)) + " + 四、结转下年度继续办理 " + p(out4.get(i)) + " = " + p(right)
                + "，相差 " + p(left.subtract(right).abs()) + "。请核对这一列的数字。",
            col);
      }
    }
    for (ApplicationEntry e : r.applications()) {
      declaredRowTotal(s, e);
    }
    ApplicationEntry declared = r.declaredResultsTotal();
    if (declared != null) {
      List<BigDecimal> given = declared.cells().stream().map(Num::value).toList();
      for (int i = 0; i < 6; i++) {
        if (given.get(i).compareTo(results.get(i)) != 0) {
          s.add("T3-02", declared.cells().get(i).pos(), "表三“（七）总计”“" + COLUMNS_WITH_TOTAL.get(i) + "”列填写为 " + p(given.get(i)) + "，但各办理结果行之和为 " + p(results.get(i)) + "。", ReportSchema.RESULTS_TOTAL);
        }
      }
      if (declared.declaredTotal() != null && declared.declaredTotal().value().compareTo(results.get(6)) != 0) {
        s.add("T3-02", declared.declaredTotal().pos(), "表三“（七）总计”“总计”列填写为 " + declared.declaredTotal().plain() + "，但各办理结果行之和为 " + p(results.get(6)) + "。", ReportSchema.RESULTS_TOTAL);
      }
      declaredRowTotal(s, declared);
    }
  }

  private void declaredRowTotal(Scope s, ApplicationEntry e) {
    if (e.declaredTotal() != null && e.declaredTotal().value().compareTo(e.total()) != 0) {
      List<String> parts = e.cells().stream().map(Num::plain).toList();
      s.add(
          "T3-03",
          e.declaredTotal().pos(),
          "表三“" + e.row().fullLabel() + "”的总计填写为 " + e.declaredTotal().plain() + "，但六列之和 " + String.join(" + ", parts) + " = " + p(e.total()) + "。",
          e.row().label());
    }
  }

  private void reviews(Scope s) {
    for (ReviewEntry e : s.r.reviews()) {
      if (e.declaredTotal() != null && e.declaredTotal().value().compareTo(e.total()) != 0) {
        List<String> parts = e.values().stream().map(Num::plain).toList();
        s.add(
            "T4-01",
            e.declaredTotal().pos(),
            "表四“" + (e.group().parent().isEmpty() ? "" : e.group().parent() + "—") + e.group().label() + "”总计填写为 " + e.declaredTotal().plain()
                + "，但结果维持 + 结果纠正 + 其他结果 + 尚未审结 = " + String.join(" + ", parts) + " = " + p(e.total()) + "。",
            e.group().label());
      }
    }
  }

  private void active(Scope s, Optional<AnnualReport> previous) {
    AnnualReport r = s.r;
    ActiveEntry regulations = r.activeRow("regulations").orElseThrow();
    if (TOWNSHIP.matcher(r.meta().organ()).matches() && regulations.values().stream().anyMatch(n -> !n.isZero())) {
      s.add(
          "T2-01",
          regulations.pos(),
          "报告主体“" + r.meta().organ() + "”是乡镇或街道，没有规章制定权，表二“规章”各列应为 0，现为 " + joined(regulations) + "（"
              + labels(regulations) + "）。乡镇制发的文件应填在“" + r.activeRow("normative_documents").orElseThrow().row().label() + "”一行。",
          "规章");
    }
    for (ActiveEntry e : r.active()) {
      if (e.values().size() >= 2 && !e.values().get(0).isZero()
          && e.values().stream().allMatch(n -> n.value().compareTo(e.values().get(0).value()) == 0)) {
        s.add(
            "T2-03",
            e.pos(),
            "表二“" + e.row().label() + "”一行各列都是 " + e.values().get(0).plain() + "（" + labels(e) + "），看起来像照抄，请核对。",
            e.row().label());
      }
    }
    if (r.format() == ReportFormat.F2021 && previous.isPresent() && previous.get().format() == ReportFormat.F2021) {
      for (String key : List.of("regulations", "normative_documents")) {
        ActiveEntry now = r.activeRow(key).orElseThrow();
        ActiveEntry before = previous.get().activeRow(key).orElseThrow();
        BigDecimal expected = before.values().get(2).value().add(now.values().get(0).value()).subtract(now.values().get(1).value());
        if (expected.compareTo(now.values().get(2).value()) != 0) {
          s.add(
              "T2-02",
              now.values().get(2).pos(),
              "表二“" + now.row().label() + "”现行有效件数为 " + now.values().get(2).plain() + "，但上年（" + previous.get().year() + "）现行有效 "
                  + before.values().get(2).plain() + " + 本年制发 " + now.values().get(0).plain() + " − 本年废止 " + now.values().get(1).plain()
                  + " = " + p(expected) + "。",
              now.row().label());
        }
      }
    }
  }

  private void carryOver(Scope s, Optional<AnnualReport> previous) {
    if (previous.isEmpty()) {
      return;
    }
    ApplicationEntry now = s.r.application("carried_over").orElseThrow();
    ApplicationEntry before = previous.get().application("carried_forward").orElseThrow();
    for (int i = 0; i < 6; i++) {
      BigDecimal a = now.cells().get(i).value();
      BigDecimal b = before.cells().get(i).value();
      if (a.compareTo(b) != 0) {
        s.add(
            "X-01",
            now.cells().get(i).pos(),
            "表三“二、上年结转政府信息公开申请数量”“" + COLUMNS_WITH_TOTAL.get(i) + "”列为 " + p(a) + "，但 " + previous.get().year()
                + " 年度年报“四、结转下年度继续办理”该列为 " + p(b) + "（" + previous.get().files().yaml() + "）。",
            ReportSchema.CARRIED_OVER);
      }
    }
  }

  /** Sentences in the narrative that state a figure of the tables. */
  private record Claim(Pattern pattern, String what, java.util.function.Function<AnnualReport, BigDecimal> actual) {}

  private static final String NUM = "([0-9]+|[零〇一二两三四五六七八九十百]+)";
  private static final List<Claim> CLAIMS =
      List.of(
          new Claim(Pattern.compile("(?:新)?收到[^。；，,]{0,12}?申请(?:共计|共|合计)?" + NUM + "件"), "本年新收申请", r -> total(r, "received")),
          new Claim(Pattern.compile("予以公开(?:的)?(?:共计|共)?" + NUM + "件"), "予以公开", r -> total(r, "results.disclosed")),
          new Claim(Pattern.compile("部分公开(?:的)?(?:共计|共)?" + NUM + "件"), "部分公开", r -> total(r, "results.partially_disclosed")),
          new Claim(Pattern.compile("结转下年度(?:继续办理)?(?:的)?(?:共计|共)?" + NUM + "件"), "结转下年度继续办理", r -> total(r, "carried_forward")),
          new Claim(Pattern.compile("行政复议(?:案件)?(?:共计|共)?" + NUM + "(?:件|起)"), "行政复议", r -> reviewTotal(r, true)),
          new Claim(Pattern.compile("行政诉讼(?:案件)?(?:共计|共)?" + NUM + "(?:件|起)"), "行政诉讼", r -> reviewTotal(r, false)));

  private void narrativeNumbers(Scope s) {
    for (Narrative.Section sec : s.r.narrative().sections()) {
      String[] lines = Markdown.stripCommentsKeepingLines(sec.markdown()).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (Claim c : CLAIMS) {
          Matcher m = c.pattern().matcher(lines[i]);
          while (m.find()) {
            Integer stated = ChineseNumbers.parse(m.group(1));
            BigDecimal actual = c.actual().apply(s.r);
            if (stated != null && actual.compareTo(BigDecimal.valueOf(stated)) != 0) {
              s.add(
                  "TXT-01",
                  new SourcePos(s.r.narrative().file(), sec.bodyLine() + i, m.start() + 1),
                  "叙述中写“" + m.group() + "”，但表格中“" + c.what() + "”为 " + p(actual) + "。请使叙述与表格一致。",
                  c.what());
            }
          }
        }
        if (lines[i].matches(".*未(?:新)?收到[^。]{0,12}申请.*") && total(s.r, "received").signum() > 0) {
          s.add("TXT-01", new SourcePos(s.r.narrative().file(), sec.bodyLine() + i, 1), "叙述中说未收到申请，但表三“一、本年新收政府信息公开申请数量”总计为 " + p(total(s.r, "received")) + "。", "本年新收申请");
        }
      }
      if (sec.number() == 6 && s.r.format() == ReportFormat.F2021 && !Markdown.stripComments(sec.markdown()).contains("信息处理费")) {
        s.add("SEC6-01", new SourcePos(s.r.narrative().file(), sec.line(), 1), "2021 年格式要求第六部分报告信息处理费的收取情况（如“本年度未收取信息处理费。”），本节没有提到“信息处理费”。", "");
      }
    }
  }

  private static final Pattern AS_OF = Pattern.compile("截至(\\d{4})年");
  private static final Pattern OPENING_YEAR = Pattern.compile("^\\s*(?:[-*+]\\s+|\\d+[.、)]\\s*)?(\\d{4})年");

  private void staleYears(Scope s) {
    int year = s.r.year();
    for (Narrative.Section sec : s.r.narrative().sections()) {
      String[] lines = Markdown.stripCommentsKeepingLines(sec.markdown()).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        SourcePos at = new SourcePos(s.r.narrative().file(), sec.bodyLine() + i, 1);
        Matcher asOf = AS_OF.matcher(lines[i]);
        while (asOf.find()) {
          int y = Integer.parseInt(asOf.group(1));
          if (y != year) {
            s.add("TXT-02", new SourcePos(at.file(), at.line(), asOf.start() + 1), "叙述中写“" + asOf.group() + "”，但这是 " + year + " 年度的报告，可能是从其他年份照抄的，请核对。", "");
          }
        }
        Matcher opening = OPENING_YEAR.matcher(lines[i]);
        if (opening.find()) {
          int y = Integer.parseInt(opening.group(1));
          if (y != year && y != year + 1) {
            s.add("TXT-02", at, "段落以“" + y + "年”开头，但这是 " + year + " 年度的报告，可能是从其他年份照抄的，请核对。", "");
          }
        }
      }
    }
  }

  private void applyAcknowledgements(List<AnnualReport> reports) {
    List<Finding> updated = new ArrayList<>();
    Map<Acknowledgement, Boolean> used = new HashMap<>();
    Map<String, AnnualReport> bySubject = new HashMap<>();
    reports.forEach(r -> bySubject.put(r.files().yaml(), r));
    for (Finding f : findings.all()) {
      AnnualReport r = bySubject.get(f.subject());
      Finding result = f;
      if (r != null && f.level() != Level.ACKNOWLEDGED && !Rules.NOT_ACKNOWLEDGEABLE.contains(f.rule())) {
        for (Acknowledgement a : r.acknowledged()) {
          if (a.rule().equals(f.rule()) && (a.row().isEmpty() || a.row().equals(f.row()))) {
            result = f.acknowledged(a.reason());
            used.put(a, true);
            break;
          }
        }
      }
      updated.add(result);
    }
    for (AnnualReport r : reports) {
      for (Acknowledgement a : r.acknowledged()) {
        if (!used.containsKey(a) && Rules.ALL.containsKey(a.rule()) && !Rules.NOT_ACKNOWLEDGEABLE.contains(a.rule())) {
          updated.add(
              new Finding(
                  "ACK-01", Level.WARNING, a.pos(),
                  "acknowledged 中的 " + a.rule() + (a.row().isEmpty() ? "" : "（" + a.row() + "）") + " 没有对应的检查结果：问题可能已经改正，请删除这一项。",
                  r.files().yaml(), "", ""));
        }
      }
    }
    findings.replaceAll(updated);
  }

  private static BigDecimal total(AnnualReport r, String path) {
    return r.application(path).map(ApplicationEntry::total).orElse(BigDecimal.ZERO);
  }

  private static BigDecimal reviewTotal(AnnualReport r, boolean review) {
    return r.reviews().stream()
        .filter(e -> review == e.group().key().equals("review"))
        .map(ReviewEntry::total)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static String joined(ActiveEntry e) {
    return String.join("/", e.values().stream().map(Num::plain).toList());
  }

  private static String labels(ActiveEntry e) {
    return String.join("/", e.row().fields().stream().map(ReportSchema.Field::label).toList());
  }

  private static String p(BigDecimal v) {
    return Num.plain(v);
  }

  private static List<String> columnsWithTotal() {
    List<String> c = new ArrayList<>(ReportSchema.APPLICANT_COLUMNS);
    c.add(ReportSchema.TOTAL);
    return List.copyOf(c);
  }
}
