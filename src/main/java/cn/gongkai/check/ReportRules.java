package cn.gongkai.check;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Level;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.markdown.Markdown;
import cn.gongkai.meta.DisclosureMeta;
import cn.gongkai.report.AnnualReport.Acknowledgement;
import cn.gongkai.report.AnnualReport.ActiveEntry;
import cn.gongkai.report.AnnualReport.ApplicationEntry;
import cn.gongkai.report.AnnualReport.Applications;
import cn.gongkai.report.AnnualReport.ReviewEntry;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.Narrative;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.yaml.Num;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The annual-report rules (README, 检查规则), then {@code acknowledged} applied to what they found. */
final class ReportRules {
  private static final List<String> COLUMNS_WITH_TOTAL = ReportSchema.COLUMNS_WITH_TOTAL;
  private static final Pattern TOWNSHIP = Pattern.compile(".*(镇|乡|街道)(人民政府|办事处)$");

  private final SiteConfig site;
  private final Findings findings;

  ReportRules(SiteConfig site, Findings findings) {
    this.site = site;
    this.findings = findings;
  }

  /** Runs every rule on every report; cross-year rules compare with the report of the year before. */
  void run(List<AnnualReport> reports, IndexNumbers indexNumbers) {
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
      narrativeText(s);
      copiedFromLastYear(s, Optional.ofNullable(byYear.get(report.year() - 1)));
      s.reportUnverified();
    }
    applyAcknowledgements(reports);
  }

  /** Findings of one report carry the report's YAML file as subject, so acknowledgements can match them. */
  private final class Scope {
    final AnnualReport r;

    /** How the 无法核对 lines name the cells they could not use. */
    final String blankCells;

    Scope(AnnualReport r) {
      this.r = r;
      this.blankCells = r.hasToVerify() ? "含空白或待核对的单元格" : "含空白单元格";
    }

    /** Per rule, where and what it could not verify because figures are blank as published. */
    final Map<Rule, SourcePos> unverifiedAt = new LinkedHashMap<>();
    final Map<Rule, String> unverifiedWhat = new LinkedHashMap<>();
    final Map<Rule, Set<String>> unverified = new LinkedHashMap<>();

    void add(Rule rule, SourcePos pos, String message, String row) {
      findings.add(Finding.about(rule, pos, message, r.files().yaml(), row));
    }

    /**
     * Notes that {@code rule} could not verify {@code item} (a column, a row, a sentence): one line per
     * rule and report, “{@code what}：item、item。”, at the first place it was met.
     */
    void cannotVerify(Rule rule, SourcePos pos, String what, String item) {
      unverifiedAt.putIfAbsent(rule, pos);
      unverifiedWhat.putIfAbsent(rule, what);
      unverified.computeIfAbsent(rule, k -> new LinkedHashSet<>()).add(item);
    }

    void reportUnverified() {
      for (var e : unverified.entrySet()) {
        findings.add(
            Finding.unverified(
                e.getKey(), unverifiedAt.get(e.getKey()),
                unverifiedWhat.get(e.getKey()) + "：" + String.join("、", e.getValue()) + "。", r.files().yaml()));
      }
    }

    String year() {
      return r.year() + " 年度";
    }

  }

  private void format(Scope s) {
    ReportFormat required = ReportFormat.requiredFor(s.r.year());
    if (s.r.format() != required) {
      s.add(
          Rule.FMT_01,
          s.r.formatPos(),
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
      s.add(Rule.FMT_02, SourcePos.file(md), "找不到叙述文件或其中没有内容。请建立 " + md + "，用“## 一、总体情况”等二级标题分出各部分（可用 new-report 命令生成）。", "");
    }
    int last = 0;
    Map<Integer, Narrative.Section> seen = new HashMap<>();
    Map<Integer, Narrative.Section> unrecognised = new HashMap<>();
    for (Narrative.Section sec : n.sections()) {
      SourcePos at = new SourcePos(md, sec.line(), 1);
      if (sec.number() == 0) {
        int typo = Narrative.typoOf(sec.title());
        if (typo > 0 && !seen.containsKey(typo)) {
          // the section is there, its title mistyped: one finding, and it is not “missing”
          String canonical = ReportSchema.SECTION_TITLES.get(typo - 1);
          s.add(Rule.FMT_02, at, "二级标题“" + sec.title() + "”与规定的章节标题“" + canonical + "”差一个字，请改为“" + canonical + "”。", "");
          seen.put(typo, sec);
          last = Math.max(last, typo);
          continue;
        }
        int ordinal = sec.ordinal();
        String all = String.join("、", ReportSchema.SECTION_TITLES);
        if (ordinal >= 1 && ordinal <= 6 && !seen.containsKey(ordinal) && !unrecognised.containsKey(ordinal)) {
          // under its ordinal, the part is there with a title of its own: it is this heading, not a missing part
          unrecognised.put(ordinal, sec);
          String canonical = ReportSchema.SECTION_TITLES.get(ordinal - 1);
          s.add(Rule.FMT_02, at, "二级标题“" + sec.title() + "”不是年报规定的章节标题。这一部分如果是第" + "一二三四五六".charAt(ordinal - 1)
              + "部分，标题应为“" + canonical + "”；六个部分的标题是：" + all + "。", "");
        } else {
          s.add(Rule.FMT_02, at, "二级标题“" + sec.title() + "”不是年报规定的章节标题。应为以下之一：" + all + "。", "");
        }
        continue;
      }
      if (seen.containsKey(sec.number())) {
        s.add(Rule.FMT_02, at, "章节“" + ReportSchema.SECTION_TITLES.get(sec.number() - 1) + "”重复出现（第一次在第 " + seen.get(sec.number()).line() + " 行）。", "");
        continue;
      }
      seen.put(sec.number(), sec);
      String canonical = ReportSchema.SECTION_TITLES.get(sec.number() - 1);
      if (sec.ordinal() != 0 && sec.ordinal() != sec.number()) {
        s.add(Rule.FMT_04, at, "章节标题“" + sec.title() + "”的序号不对：这一部分是“" + canonical + "”，请把标题改为“" + canonical + "”。", "");
      } else if (sec.number() < last) {
        s.add(Rule.FMT_04, at, "章节“" + sec.title() + "”的位置不对：六个部分应按一、二、三、四、五、六的顺序排列，“" + canonical + "”应排在第" + "一二三四五六".charAt(sec.number() - 1) + "。", "");
      }
      last = Math.max(last, sec.number());
      if ((sec.number() == 1 || sec.number() == 5 || sec.number() == 6) && sec.isBlank()) {
        s.add(Rule.FMT_02, at, "章节“" + sec.title() + "”没有内容。请填写；没有需要报告的事项时写“无。”。", "");
      }
    }
    for (int required : new int[] {1, 5, 6}) {
      if (!seen.containsKey(required) && !unrecognised.containsKey(required) && !(n.sections().isEmpty() && n.preamble().isBlank())) {
        String title = ReportSchema.SECTION_TITLES.get(required - 1);
        s.add(Rule.FMT_02, SourcePos.file(md), "叙述中缺少“" + title + "”部分。请加上“## " + title + "”及其内容" + (required == 6 ? "（没有需要报告的事项时写“无。”）" : "") + "。", "");
      }
    }
  }

  private void metadata(Scope s, IndexNumbers indexNumbers) {
    DisclosureMeta m = s.r.meta();
    SourcePos at = m.positions().indexNo();
    String indexNo = m.indexNo();
    if (!indexNo.isEmpty()) {
      for (String problem : IndexNumberRule.problems(indexNo, site.unitCode(), m.published(), s.r.year() + 1)) {
        s.add(Rule.META_01, at, problem, "");
      }
      indexNumbers.claim(indexNo, at).ifPresent(other ->
          s.add(Rule.META_01, at, IndexNumberRule.duplicate(indexNo, other), ""));
    }
    if (m.published() != null) {
      LocalDate deadline = LocalDate.of(s.r.year() + 1, 1, 31);
      if (m.published().isAfter(deadline)) {
        s.add(Rule.PUB_01, m.positions().published(), "公开日期 " + m.published() + " 晚于 " + deadline + "（《条例》规定每年 1 月 31 日前公布上一年度年报）。", "");
      }
    }
    String organ = s.r.organ();
    if (!m.publisher().isEmpty() && !organ.isEmpty() && !consistent(m.publisher(), organ)) {
      s.add(Rule.META_02, m.positions().publisher(), "发布机构“" + m.publisher() + "”与报告主体“" + organ + "”不一致，请核对（如发布机构写成了县政府）。", "");
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
    Applications table = s.r.applications();
    ApplicationEntry received = table.received();
    ApplicationEntry carriedOver = table.carriedOver();
    ApplicationEntry carriedForward = table.carriedForward();
    List<BigDecimal> results = table.resultsTotal();
    List<BigDecimal> in1 = received.withTotal();
    List<BigDecimal> in2 = carriedOver.withTotal();
    List<BigDecimal> out4 = carriedForward.withTotal();
    for (int i = 0; i < 7; i++) {
      BigDecimal left = AnnualReport.add(in1.get(i), in2.get(i));
      BigDecimal right = AnnualReport.add(results.get(i), out4.get(i));
      if (left == null || right == null) {
        s.cannotVerify(Rule.T3_01, received.pos(), "表三以下各列" + s.blankCells + "，勾稽关系（一 + 二 = 三（七）总计 + 四）无法核对", COLUMNS_WITH_TOTAL.get(i));
      } else if (left.compareTo(right) != 0) {
        String col = COLUMNS_WITH_TOTAL.get(i);
        s.add(
            Rule.T3_01,
            received.pos(),
            "表三“" + col + "”列勾稽关系不成立：一、本年新收 " + p(in1.get(i)) + " + 二、上年结转 " + p(in2.get(i)) + " = " + p(left)
                + "，但三、（七）总计 " + p(results.get(i)) + " + 四、结转下年度继续办理 " + p(out4.get(i)) + " = " + p(right)
                + "，相差 " + p(left.subtract(right).abs()) + "。请核对这一列的数字。",
            col);
      }
    }
    for (ApplicationEntry e : table.rows()) {
      declaredRowTotal(s, e);
    }
    ApplicationEntry declared = table.declaredResultsTotal();
    if (declared != null) {
      List<BigDecimal> given = declared.withTotal();
      for (int i = 0; i < 6; i++) {
        if (given.get(i) == null) {
          continue; // nothing declared to compare (blank, reported under FMT-03)
        }
        if (results.get(i) == null) {
          s.cannotVerify(Rule.T3_02, declared.pos(), "表三各办理结果行在以下各列" + s.blankCells + "，填写的“（七）总计”无法核对", COLUMNS_WITH_TOTAL.get(i));
        } else if (given.get(i).compareTo(results.get(i)) != 0) {
          s.add(Rule.T3_02, declared.cells().get(i).pos(), "表三“（七）总计”“" + COLUMNS_WITH_TOTAL.get(i) + "”列填写为 " + p(given.get(i)) + "，但各办理结果行之和为 " + p(results.get(i)) + "。", ReportSchema.RESULTS_TOTAL);
        }
      }
      if (declared.declaredTotal() != null && !declared.declaredTotal().isBlank() && results.get(6) == null) {
        s.cannotVerify(Rule.T3_02, declared.pos(), "表三各办理结果行在以下各列" + s.blankCells + "，填写的“（七）总计”无法核对", ReportSchema.TOTAL);
      } else if (declared.declaredTotal() != null && !declared.declaredTotal().isBlank()
          && declared.declaredTotal().value().compareTo(results.get(6)) != 0) {
        s.add(Rule.T3_02, declared.declaredTotal().pos(), "表三“（七）总计”“总计”列填写为 " + declared.declaredTotal().plain() + "，但各办理结果行之和为 " + p(results.get(6)) + "。", ReportSchema.RESULTS_TOTAL);
      }
      declaredRowTotal(s, declared);
    }
  }

  private void declaredRowTotal(Scope s, ApplicationEntry e) {
    if (e.declaredTotal() == null || e.declaredTotal().isBlank()) {
      return;
    }
    if (e.total() == null) {
      s.cannotVerify(Rule.T3_03, e.declaredTotal().pos(), "表三以下各行" + s.blankCells + "，填写的总计（第 7 个数）无法核对", "“" + e.row().fullLabel() + "”");
    } else if (e.declaredTotal().value().compareTo(e.total()) != 0) {
      List<String> parts = e.cells().stream().map(Num::plain).toList();
      s.add(
          Rule.T3_03,
          e.declaredTotal().pos(),
          "表三“" + e.row().fullLabel() + "”的总计填写为 " + e.declaredTotal().plain() + "，但六列之和 " + String.join(" + ", parts) + " = " + p(e.total()) + "。",
          e.row().label());
    }
  }

  private void reviews(Scope s) {
    for (ReviewEntry e : s.r.reviews().groups()) {
      if (e.declaredTotal() == null || e.declaredTotal().isBlank()) {
        continue;
      }
      if (e.total() == null) {
        s.cannotVerify(Rule.T4_01, e.declaredTotal().pos(), "表四以下各组" + s.blankCells + "，填写的总计无法核对", "“" + groupLabel(e) + "”");
      } else if (e.declaredTotal().value().compareTo(e.total()) != 0) {
        List<String> parts = e.values().stream().map(Num::plain).toList();
        s.add(
            Rule.T4_01,
            e.declaredTotal().pos(),
            "表四“" + groupLabel(e) + "”总计填写为 " + e.declaredTotal().plain()
                + "，但结果维持 + 结果纠正 + 其他结果 + 尚未审结 = " + String.join(" + ", parts) + " = " + p(e.total()) + "。",
            e.group().label());
      }
    }
  }

  private void active(Scope s, Optional<AnnualReport> previous) {
    AnnualReport r = s.r;
    ActiveEntry regulations = r.active().regulations();
    boolean township = TOWNSHIP.matcher(r.organ()).matches();
    if (township && regulations.values().stream().noneMatch(n -> !n.isBlank() && !n.isZero())
        && regulations.values().stream().anyMatch(Num::isBlank)) {
      s.cannotVerify(Rule.T2_01, regulations.pos(), "表二以下各行" + s.blankCells + "，乡镇“规章”各列为 0 无法核对", "规章");
    }
    if (township && regulations.values().stream().anyMatch(n -> !n.isBlank() && !n.isZero())) {
      s.add(
          Rule.T2_01,
          regulations.pos(),
          "报告主体“" + r.organ() + "”是乡镇或街道，没有规章制定权，表二“规章”各列应为 0，现为 " + joined(regulations) + "（"
              + labels(regulations) + "）。乡镇制发的文件应填在“" + r.active().normativeDocuments().row().label() + "”一行。",
          "规章");
    }
    for (ActiveEntry e : r.active().rows()) {
      // a row with a blank cell cannot look copied: nothing to say
      if (e.values().size() >= 2 && !e.values().get(0).isZero() && e.values().stream().noneMatch(Num::isBlank)
          && e.values().stream().allMatch(n -> n.value().compareTo(e.values().get(0).value()) == 0)) {
        s.add(
            Rule.T2_03,
            e.pos(),
            "表二“" + e.row().label() + "”一行各列都是 " + e.values().get(0).plain() + "（" + labels(e) + "），看起来像照抄，请核对。",
            e.row().label());
      }
    }
    if (r.format() == ReportFormat.F2021 && previous.isPresent() && previous.get().format() == ReportFormat.F2021) {
      AnnualReport last = previous.get();
      for (ActiveEntry[] pair : InForce.rows(r, last)) {
        ActiveEntry now = pair[0];
        Optional<BigDecimal> computed = InForce.expected(now, pair[1]);
        if (computed.isEmpty()) {
          s.cannotVerify(Rule.T2_02, now.pos(), "表二以下各行本年或上年（" + last.year() + "）" + s.blankCells + "，现行有效件数无法核对", "“" + now.row().label() + "”");
          continue;
        }
        Num inForce = now.value(ReportSchema.IN_FORCE);
        Num issued = now.value(ReportSchema.ISSUED);
        Num repealed = now.value(ReportSchema.REPEALED);
        Num before = pair[1].value(ReportSchema.IN_FORCE);
        BigDecimal expected = computed.get();
        if (expected.compareTo(inForce.value()) != 0) {
          s.add(
              Rule.T2_02,
              inForce.pos(),
              "表二“" + now.row().label() + "”现行有效件数为 " + inForce.plain() + "，但上年（" + last.year() + "）现行有效 "
                  + before.plain() + " + 本年制发 " + issued.plain() + " − 本年废止 " + repealed.plain()
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
    ApplicationEntry now = s.r.applications().carriedOver();
    ApplicationEntry before = previous.get().applications().carriedForward();
    for (int i = 0; i < 6; i++) {
      BigDecimal a = now.cells().get(i).value();
      BigDecimal b = before.cells().get(i).value();
      if (a == null || b == null) {
        s.cannotVerify(
            Rule.X_01, now.pos(),
            "表三“二、上年结转政府信息公开申请数量”或 " + previous.get().year() + " 年度年报“四、结转下年度继续办理”以下各列" + s.blankCells + "，无法逐列核对",
            COLUMNS_WITH_TOTAL.get(i));
      } else if (a.compareTo(b) != 0) {
        s.add(
            Rule.X_01,
            now.cells().get(i).pos(),
            "表三“二、上年结转政府信息公开申请数量”“" + COLUMNS_WITH_TOTAL.get(i) + "”列为 " + p(a) + "，但 " + previous.get().year()
                + " 年度年报“四、结转下年度继续办理”该列为 " + p(b) + "（" + previous.get().files().yaml() + "）。",
            ReportSchema.CARRIED_OVER);
      }
    }
  }

  /**
   * The values a stated figure may have: the table's figure, and what the sentence makes it mean too
   * (a received count that includes 上年结转 when the sentence speaks of it; a reply count as （七）总计 or
   * as 本年新收 + 上年结转 − 结转下年度). An element is null when the table is blank there.
   */
  private static List<BigDecimal> accepted(AnnualReport r, NarrativeFigures.Statement st) {
    Applications a = r.applications();
    BigDecimal received = a.received().total();
    BigDecimal carriedOver = a.carriedOver().total();
    BigDecimal carriedForward = a.carriedForward().total();
    BigDecimal replied = a.resultsTotal().get(6);
    BigDecimal inOut = received == null || carriedOver == null || carriedForward == null ? null : received.add(carriedOver).subtract(carriedForward);
    List<BigDecimal> out = new ArrayList<>();
    switch (st.figure()) {
      case RECEIVED:
        out.add(received);
        if (st.carriedOverInSentence()) {
          out.add(AnnualReport.add(received, carriedOver));
        }
        if (st.alsoReplied()) {
          out.add(replied);
        }
        break;
      case CARRIED_OVER:
        out.add(carriedOver);
        break;
      case REPLIED:
        out.add(replied);
        out.add(inOut);
        if (st.carriedOverInSentence()) {
          // “上年结转的 2 件已办结，本年新收的答复 15 件”: the new ones only
          out.add(received == null || carriedForward == null ? null : received.subtract(carriedForward));
        }
        break;
      case DISCLOSED:
        out.add(a.disclosed().total());
        break;
      case PARTIALLY_DISCLOSED:
        out.add(a.partiallyDisclosed().total());
        break;
      case WITHHELD:
        out.add(group(a, "results.withheld."));
        break;
      case UNAVAILABLE:
        out.add(group(a, "results.unavailable."));
        break;
      case NOT_HANDLED:
        out.add(group(a, "results.not_handled."));
        break;
      case CARRIED_FORWARD:
        out.add(carriedForward);
        break;
      case REVIEW:
        out.add(r.reviews().reviewTotal());
        break;
      default:
        out.add(r.reviews().litigationTotal());
    }
    return out;
  }

  /** The 总计 of a group of result rows (（三）不予公开 …), null when any of them is blank. */
  private static BigDecimal group(Applications a, String prefix) {
    BigDecimal sum = BigDecimal.ZERO;
    for (ApplicationEntry e : a.rows()) {
      if (e.row().path().startsWith(prefix)) {
        sum = AnnualReport.add(sum, e.total());
      }
    }
    return sum;
  }

  private void narrativeNumbers(Scope s) {
    String file = s.r.narrative().file();
    for (Narrative.Section sec : s.r.narrative().sections()) {
      String[] lines = Markdown.stripCommentsKeepingLines(sec.markdown()).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        for (NarrativeFigures.Statement st : NarrativeFigures.read(lines[i], s.r.year())) {
          List<BigDecimal> values = accepted(s.r, st);
          SourcePos at = new SourcePos(file, sec.bodyLine() + i, st.start() + 1);
          BigDecimal stated = BigDecimal.valueOf(st.stated());
          if (values.stream().anyMatch(v -> v != null && v.compareTo(stated) == 0)) {
            continue;
          }
          if (values.contains(null)) {
            s.cannotVerify(Rule.TXT_01, at, "叙述中的以下数字对应的表格" + s.blankCells + "，无法与表格核对", "“" + st.text() + "”（" + st.figure().label + "）");
          } else {
            s.add(Rule.TXT_01, at, "叙述中写“" + st.text() + "”，但表格中“" + st.figure().label + "”为 " + p(values.get(0)) + "。请使叙述与表格一致。", st.figure().label);
          }
        }
        BigDecimal received = s.r.applications().received().total();
        boolean saysNone = lines[i].matches(".*未(?:新)?收到[^。]{0,12}申请.*");
        if (saysNone && received == null) {
          s.cannotVerify(
              Rule.TXT_01, new SourcePos(file, sec.bodyLine() + i, 1),
              "叙述中的以下数字对应的表格" + s.blankCells + "，无法与表格核对", "“未收到申请”（本年新收申请）");
        } else if (saysNone && received.signum() > 0) {
          s.add(Rule.TXT_01, new SourcePos(file, sec.bodyLine() + i, 1), "叙述中说未收到申请，但表三“一、本年新收政府信息公开申请数量”总计为 " + p(received) + "。", "本年新收申请");
        }
      }
      if (sec.number() == 6 && s.r.format() == ReportFormat.F2021 && !Markdown.stripComments(sec.markdown()).contains("信息处理费")) {
        s.add(Rule.SEC6_01, new SourcePos(file, sec.line(), 1), "2021 年格式要求第六部分报告信息处理费的收取情况（如“本年度未收取信息处理费。”），本节没有提到“信息处理费”。", "");
      }
    }
  }

  /** TXT-02, TXT-03 and SEC5-01: the narrative's wording, read whatever the state of the tables. */
  private void narrativeText(Scope s) {
    String file = s.r.narrative().file();
    // the text before the first heading (an introduction) is narrative too
    wording(s, s.r.narrative().preamble(), 1);
    for (Narrative.Section sec : s.r.narrative().sections()) {
      wording(s, sec.markdown(), sec.bodyLine());
      if (sec.number() == 5) {
        NarrativeText.saysNothing(sec.markdown()).ifPresent(text -> {
          String canonical = ReportSchema.SECTION_TITLES.get(4);
          String said = NarrativeText.onlyNo(text) ? "只写了“" + text + "”" : "只有 " + text.codePointCount(0, text.length()) + " 个字（“" + text + "”）";
          s.add(Rule.SEC5_01, new SourcePos(file, sec.line(), 1),
              "“" + canonical + "”" + said + "：年报格式要求写明本年度存在的主要问题和改进措施，评估时这一部分空泛会被扣分。请如实写出存在的问题和怎样改进。", "");
        });
      }
    }
  }

  /** TXT-02 and TXT-03 in {@code markdown}, whose first line is line {@code firstLine} of the file. */
  private void wording(Scope s, String markdown, int firstLine) {
    int year = s.r.year();
    String file = s.r.narrative().file();
    String[] lines = Markdown.stripCommentsKeepingLines(markdown).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int line = firstLine + i;
      for (NarrativeText.Hit h : NarrativeText.staleYears(lines[i], year)) {
        String what = h.opening() ? "段落以“" + h.text() + "”开头" : "叙述中写“" + h.text() + "”";
        s.add(Rule.TXT_02, new SourcePos(file, line, h.opening() ? 1 : h.start() + 1), what + "，但这是 " + year + " 年度的报告，可能是从其他年份照抄的，请核对。", "");
      }
      for (NarrativeText.Hit h : NarrativeText.doubledWords(lines[i])) {
        s.add(Rule.TXT_03, new SourcePos(file, line, h.start() + 1), "叙述中“" + h.text() + h.text() + "”把“" + h.text() + "”连写了两遍，可能是多打了一遍，请核对。", "");
      }
    }
  }

  /** SIM-01 applies to the two sections written anew each year; 二 to 四 are tables, 六 is often a fixed sentence. */
  private static final int[] SIM_SECTIONS = {1, 5};
  private static final int SIM_PERCENT = 60;

  /**
   * SIM-01: section 一 or 五 largely last year's text. Narratives are compared whatever the state of the
   * tables (an incomplete report's narrative is still read), section by section under their canonical
   * numbers, so a renamed heading still finds last year's text.
   */
  private void copiedFromLastYear(Scope s, Optional<AnnualReport> previous) {
    if (previous.isEmpty()) {
      return;
    }
    AnnualReport last = previous.get();
    for (int number : SIM_SECTIONS) {
      Optional<Narrative.Section> now = s.r.narrative().section(number);
      Optional<Narrative.Section> before = last.narrative().section(number);
      if (now.isEmpty() || before.isEmpty()) {
        continue;
      }
      CopiedText.Share share = CopiedText.measure(CopiedText.normalise(now.get().markdown()), CopiedText.normalise(before.get().markdown()));
      if (share.atLeast(SIM_PERCENT)) {
        String title = ReportSchema.SECTION_TITLES.get(number - 1);
        s.add(
            Rule.SIM_01,
            new SourcePos(s.r.narrative().file(), now.get().line(), 1),
            "“" + title + "”与 " + last.year() + " 年度年报同一部分雷同：" + share.length() + " 字中有 " + share.copied() + " 字（"
                + share.percent() + "%）落在与上年逐字相同、" + CopiedText.PASSAGE + " 字以上的段落中（"
                + last.narrative().file() + ":" + before.get().line() + "），第一段是“" + CopiedText.quote(share.first(), 40)
                + "”。请按本年度的实际情况重写这一部分。",
            "");
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
      if (r != null && f.level() != Level.ACKNOWLEDGED && f.level() != Level.UNVERIFIED && f.waivable()) {
        for (Acknowledgement a : r.acknowledged()) {
          if (a.rule().equals(f.rule().id()) && (a.row().isEmpty() || a.row().equals(f.row()))) {
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
        if (!used.containsKey(a) && Rule.byId(a.rule()).filter(Rule::acknowledgeable).isPresent()) {
          updated.add(
              Finding.about(
                  Rule.ACK_01, a.pos(),
                  "acknowledged 中的 " + a.rule() + (a.row().isEmpty() ? "" : "（" + a.row() + "）") + " 没有对应的检查结果："
                      + (a.rule().equals(Rule.FMT_03.id())
                          ? "FMT-03 只能确认按原文存档的空白（~），缺少或写错的数据必须改正；"
                          : "问题可能已经改正，")
                      + "请删除这一项。",
                  r.files().yaml(), ""));
        }
      }
    }
    findings.replaceAll(updated);
  }

  private static String groupLabel(ReviewEntry e) {
    return (e.group().parent().isEmpty() ? "" : e.group().parent() + "—") + e.group().label();
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
}
