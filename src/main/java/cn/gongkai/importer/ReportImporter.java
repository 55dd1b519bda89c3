package cn.gongkai.importer;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.importer.Cells.Row;
import cn.gongkai.importer.SourceDoc.Line;
import cn.gongkai.importer.Tokens.Tok;
import cn.gongkai.importer.Tokens.Type;
import cn.gongkai.report.Narrative;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.yaml.ValueKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a published annual report (spec §4) into the text of {@code <year>.yaml} and {@code <year>.md}.
 * Tables 二, 三 and 四 are found by their labels, between the section headings; the format by the
 * labels it uses (never by the year); metadata from the page's header block; the narrative is what is
 * left, under the headings as they were written. Every cell is read with certainty, {@code 待核对}
 * (raw text in its row's comment) or {@code ~} where the published cell is blank.
 *
 * <p>Decisions (what is tolerated, and what is said about it):
 *
 * <ul>
 *   <li>Silent label tolerances (no LBL-01): whitespace inside labels, full-width or half-width
 *       punctuation and brackets (〔〕【】 as （）), quote marks, an ordinal written “1、” or “1．” for
 *       “1.”, a label split over cells or lines, a wrapped label whose tail comes after the row's numbers
 *       (when the tail does come), header words broken over cells (“商业企” / “业”), the vertical
 *       “三、本年度办理结果” one character per line, page footers (“-3-”, “— 3 —”, “第 3 页”, “3/10”).
 *   <li>LBL-01 (warning, naming both texts, the original also in the row's comment): any other
 *       difference from the official label — a typo, an old wording (“规范性文件” in a 2021 table), a
 *       missing ordinal, unknown words before a label, a wrapped label whose tail never comes. Labels
 *       are matched in official order: the row expected next (at most 40 % of its characters differ),
 *       or up to four rows further (at most 20 %; the rows skipped are 待核对, “原文中没有找到这一行”).
 *       Label text that matches no row is an LBL-01 naming the numbers after it, which are not
 *       entered; numbers with no label before them likewise.
 *   <li>A row's cells: as many numbers (or, in a real table, empty cells) as columns are read as
 *       they stand — a published 总计 is kept as published, never recomputed. Fewer numbers in plain
 *       text: the row is 待核对 (which cell is blank cannot be known), unless it has no number at all
 *       (a blank row, {@code ~}). Glued digits (“801000081”) and extra numbers (a stray number, an
 *       empty padding cell) are resolved only in rows with their own 总计 (表三 rows, 表四 groups) and
 *       only when exactly one reading agrees with it; otherwise 待核对. 表四 glued per group (“00033
 *       00707 6600066”): each group of five whose cells are the same in every agreeing reading is read,
 *       the others 待核对. A reading made so is taken back (待核对) when the table's other sums contradict
 *       it (（七）总计 = the result rows, 一 + 二 = （七） + 四), unless it is firm — no row with a blank
 *       cell could give the same digits (fewer numbers, the last the sum of the others) — and no row of
 *       the table shows a cell gone missing (fewer numbers than columns, digits no reading fits): then
 *       the sum fails in the original, and the check (T3-02) must see it. Rows of 表三 that split a
 *       few ways by their own total are settled by the columns when exactly one choice of their
 *       readings makes every column of the result rows add up to （七）总计 (every other result row
 *       read, no row showing a cell gone missing); otherwise they stay 待核对. A mark instead of a number
 *       (“—”, “/”), a sign outside 本年增/减, a decimal in a count: that cell 待核对.
 *   <li>A 2021 “（六）其他处理” (or another group title) given as one row with numbers: when the next
 *       label is the group's first sub-row, the numbers are a subtotal of the original and are not
 *       entered (LBL-01 names them); otherwise the group was given as one row: all zero means every
 *       sub-row is 0 (counts cannot be negative), read so with an LBL-01; any other figure makes every
 *       sub-row 待核对, with an LBL-01.
 *   <li>A table with no number at all is blank as a whole ({@code active: ~}, {@code applications: ~},
 *       {@code reviews: ~}); （七）总计 absent from the original is not written (it is optional).
 *   <li>Format: counted from the column and row words of tables 二 and 三 (本年制发件数, 行政规范性文件,
 *       the three （六） sub-rows … against 本年新制作数量, 上一年项目数量, 政府集中采购 …); only when
 *       neither format's words are there does the year decide.
 *   <li>Metadata: 索引号, 发布机构, 公开范围, 生成日期, 公开日期 (发布日期 when there is no 公开日期) and
 *       公开方式 from the lines before the report begins, with “:” or “：”, spaced keys (“索 引 号”),
 *       bullets, or a key above its value; dates as written in digits (2023-01-21, 2023年1月21日);
 *       organ and year from the title; signed_on from a line holding only a date (digits or
 *       二〇二三年一月二十日), the last one outside the tables. What is not there is omitted, never
 *       invented (check then names it); an empty value stays absent, and a value never starts with
 *       another label (“发布机构: ” above “栏目: …”).
 *   <li>Headings: a section title with one character added, dropped or replaced (“四、政府信息公开
 *       行政法复议、行政诉讼情况”) still opens its section, with an LBL-01 naming both texts — only
 *       under the section's own ordinal, at least eight characters, never a text with 。，；.
 *   <li>Narrative: headings as written (check judges variants and ordinals: FMT-02, FMT-04); a line
 *       joins the previous one unless that ends a sentence (。！？；：” …) or the line starts an item
 *       (（一）, 一、, 1.); spaces next to CJK characters are removed and the ASCII , : ; ( ) ! ? next to
 *       them made full-width (what flattening a page does to it); page chrome and the title dropped;
 *       the signature date replaced by a comment; text before the first heading kept only when it is
 *       sentences; after the last heading, a line of the page's own (附件下载, 关闭, 上一篇, 友情链接 …)
 *       ends the report, and such words glued after its last sentence are dropped; before the first
 *       heading, the page's header (“栏目: …”, “原文链接: …”, a rule “==== 正文 ====”) and all before
 *       it is dropped, and a title glued before the introduction; 表三's note and header line are never
 *       narrative; a long line of a glued page is cut into paragraphs before each item that follows a
 *       sentence (“…。（二）…”, “…。2.…”); an address wrapped after “电子邮箱：” joins its key; an
 *       introduction glued after a chrome line (“当前位置： … 相关链接： --> 根据《条例》…”) is kept from
 *       its first prose piece.
 * </ul>
 */
public final class ReportImporter {
  private ReportImporter() {}

  private static final int HEADING_MAX = 40;
  private static final List<String> T2_MARKERS = List.of("第二十条第", "信息内容");
  private static final List<String> T3_MARKERS = List.of("勾稽关系", "申请人情况", "本年新收政府信息公开申请");
  private static final List<String> T4_MARKERS = List.of("行政复议", "结果维持");
  private static final List<String> MARKS_2021 =
      List.of("本年制发件数", "本年废止件数", "现行有效件数", "行政规范性文件", "本年处理决定数量", "本年收费金额", "逾期不补正", "逾期未按收费通知");
  private static final List<String> MARKS_2019 =
      List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "其他对外管理服务事项", "政府集中采购", "采购项目数量", "采购总金额");

  /** Reads a published report; UserError.refused (exit 1) with a Chinese message when it is not a report
   *  (no table 二/三/四 labels found, a table missing, no year). year: when present, overrides the year found. */
  public static ImportedReport read(SourceDoc doc, OptionalInt year) throws UserError {
    return new Reading(doc).run(year);
  }

  /** One heading line of the narrative: its line index, the section it means, its text as written. */
  private record Heading(int index, int number, String title) {}

  static final class Reading {
    final SourceDoc doc;
    final List<Line> lines;
    final List<String> texts = new ArrayList<>();
    final List<Finding> findings = new ArrayList<>();
    final List<Heading> headings = new ArrayList<>();
    /** Line indexes that are the tables' (not narrative). */
    final Set<Integer> tableLines = new LinkedHashSet<>();

    Reading(SourceDoc doc) {
      this.doc = doc;
      this.lines = Unglue.lines(doc.lines());
      for (Line l : lines) {
        texts.add(String.join(" ", l.cells()).strip());
      }
      for (int i = 0; i < lines.size(); i++) {
        int n = headingNumber(texts.get(i));
        if (n == 0 && texts.get(i).length() <= HEADING_MAX && Narrative.ordinalOf(texts.get(i)) > 0) {
          n = Text.typoSection(Text.norm(texts.get(i)));
          if (n > 0) {
            findings.add(Finding.of(Rule.LBL_01, new SourcePos(doc.name(), lines.get(i).number(), 0),
                "第 " + n + " 部分的标题写作“" + texts.get(i) + "”，与规定的“" + ReportSchema.SECTION_TITLES.get(n - 1) + "”差一个字，按第 " + n + " 部分读取。"));
          }
        }
        if (n > 0) {
          headings.add(new Heading(i, n, texts.get(i)));
        }
      }
    }

    ImportedReport run(OptionalInt yearOption) throws UserError {
      String name = doc.name();
      int h2 = firstHeading(2);
      int t2 = marker(T2_MARKERS, h2 >= 0 ? h2 + 1 : 0, 30);
      if (t2 < 0) {
        throw UserError.refused(name + "：不像政府信息公开工作年度报告：找不到表二（主动公开政府信息情况）的“第二十条第（一）项”“信息内容”等标签，没有导入。");
      }
      int t3 = marker(T3_MARKERS, t2 + 1, 60);
      if (t3 < 0) {
        throw UserError.refused(name + "：年报缺少表三（收到和处理政府信息公开申请情况）：找不到“申请人情况”“本年新收政府信息公开申请数量”等标签，没有导入。");
      }
      int t4 = -1;
      for (int i = t3 + 1; i < lines.size() && t4 < 0; i++) {
        String n = Text.norm(texts.get(i));
        if (headingAt(i) == 4 || n.startsWith("行政复议") || (n.length() <= 20 && T4_MARKERS.stream().anyMatch(n::contains))) {
          t4 = i;
        }
      }
      if (t4 < 0) {
        throw UserError.refused(name + "：年报缺少表四（政府信息公开行政复议、行政诉讼情况）：找不到“行政复议”“结果维持”等标签，没有导入。");
      }
      int end2 = headingBetween(t2, t3, t3);
      int end3 = headingBetween(t3, t4, t4);
      int t4From = headingAt(t4) > 0 ? t4 + 1 : t4;
      int end4 = lines.size();
      for (int i = t4From; i < lines.size(); i++) {
        if (headingAt(i) > 0 || signature(texts.get(i)) != null) {
          end4 = i;
          break;
        }
      }
      List<Line> l2 = tableRegion(t2, end2);
      List<Line> l3 = tableRegion(t3, end3);
      List<Line> l4 = tableRegion(t4From, end4);

      Meta meta = meta(Math.min(t2, headings.isEmpty() ? t2 : headings.get(0).index()));
      ReportFormat format = format(l2, l3, meta);
      int year;
      if (yearOption.isPresent()) {
        year = yearOption.getAsInt();
      } else if (meta.year > 0) {
        year = meta.year;
      } else {
        throw UserError.refused(name + "：找不到报告年度（标题中应有“XXXX年政府信息公开工作年度报告”）。请用 --year 指定年度，没有导入。");
      }

      ReportYaml yaml = new ReportYaml();
      yaml.comment("导入自 " + name + "：按原文照录。待核对的格子请对照原文填写；原表空白记为 ~，不按 0 录入。");
      Map<String, String> fields = new LinkedHashMap<>();
      fields.put("year", String.valueOf(year));
      fields.put("format", "\"" + format.id() + "\"");
      meta.put(fields);
      yaml.meta(fields);
      yaml.blankLine();
      yaml.active(format, activeTable(format, l2));
      yaml.blankLine();
      yaml.applications(format, applicationsTable(format, l3));
      yaml.blankLine();
      yaml.reviews(reviewsRow(l4));

      String markdown = narrative(meta);
      return new ImportedReport(name, year, format, yaml.text(), markdown, yaml.tally(), findings);
    }

    // ---- structure -------------------------------------------------------------------------

    static int headingNumber(String text) {
      if (text.isEmpty() || text.length() > HEADING_MAX || Narrative.ordinalOf(text) == 0) {
        return 0;
      }
      return Narrative.sectionOf(text);
    }

    int headingAt(int index) {
      for (Heading h : headings) {
        if (h.index() == index) {
          return h.number();
        }
      }
      return 0;
    }

    int firstHeading(int number) {
      return headings.stream().filter(h -> h.number() == number).mapToInt(Heading::index).findFirst().orElse(-1);
    }

    /** The first heading after {@code from} up to {@code to} (inclusive), else {@code otherwise}. */
    int headingBetween(int from, int to, int otherwise) {
      return headings.stream().filter(h -> h.index() > from && h.index() <= to).mapToInt(Heading::index).findFirst().orElse(otherwise);
    }

    int marker(List<String> markers, int from, int maxLength) {
      for (int i = from; i < lines.size(); i++) {
        String n = Text.norm(texts.get(i));
        if (n.length() <= maxLength && markers.stream().anyMatch(n::contains) && headingAt(i) == 0) {
          return i;
        }
      }
      return -1;
    }

    /** The lines of a table from {@code from} to {@code to}; sentences among them stay narrative. */
    List<Line> tableRegion(int from, int to) {
      List<Line> out = new ArrayList<>();
      for (int i = from; i < to; i++) {
        if (isProse(texts.get(i))) {
          continue;
        }
        tableLines.add(i);
        out.add(lines.get(i));
      }
      return out;
    }

    static boolean isProse(String text) {
      String n = Text.norm(text);
      if (n.contains("勾稽关系") || n.contains("申请人情况")) {
        return false; // 表三's note and header, however long
      }
      return n.contains("。") || (n.length() >= 60 && !n.matches(".*\\d.*"));
    }

    ReportFormat format(List<Line> l2, List<Line> l3, Meta meta) {
      StringBuilder all = new StringBuilder();
      for (Line l : l2) {
        all.append(Text.norm(String.join("", l.cells())));
      }
      for (Line l : l3) {
        all.append(Text.norm(String.join("", l.cells())));
      }
      String s = all.toString();
      long f21 = MARKS_2021.stream().map(Text::norm).filter(s::contains).count();
      long f19 = MARKS_2019.stream().map(Text::norm).filter(s::contains).count();
      if (f21 != f19) {
        return f21 > f19 ? ReportFormat.F2021 : ReportFormat.F2019;
      }
      // Neither format's column words: the table cannot tell; the year's format is the only guide left.
      return meta.year > 0 ? ReportFormat.requiredFor(meta.year) : ReportFormat.F2021;
    }

    // ---- tables ----------------------------------------------------------------------------

    static boolean hasNumbers(List<Line> region) {
      for (Line l : region) {
        for (String c : l.cells()) {
          for (Tok t : Tokens.of(c, l.number(), l.table())) {
            if (t.type() == Type.NUM || t.type() == Type.ODD) {
              return true;
            }
          }
        }
      }
      return false;
    }

    ReportYaml.Table activeTable(ReportFormat format, List<Line> region) {
      if (!hasNumbers(region)) {
        return null;
      }
      List<TableReader.Spec> specs = new ArrayList<>();
      for (ActiveGroup g : ReportSchema.activeGroups(format)) {
        for (ActiveRow r : g.rows()) {
          specs.add(new TableReader.Spec(r.key(), r.label(), r.fields().stream().map(Field::kind).toList(), Cells.Totals.NONE, null));
        }
      }
      Set<String> words = new LinkedHashSet<>(List.of("信息内容", "（单位：万元）", "单位：万元"));
      for (ReportFormat f : ReportFormat.values()) {
        for (ActiveGroup g : ReportSchema.activeGroups(f)) {
          words.add(g.title());
          g.rows().forEach(r -> r.fields().forEach(x -> words.add(x.label())));
        }
      }
      TableReader.Result r = new TableReader(doc.name(), "表二", specs, List.copyOf(words), List.of(), findings).read(region);
      return new ReportYaml.Table(r.rows(), r.labelNotes());
    }

    ReportYaml.Table applicationsTable(ReportFormat format, List<Line> region) {
      if (!hasNumbers(region)) {
        return null;
      }
      List<ApplicationRow> rows = new ArrayList<>(ReportSchema.applicationRows(format));
      rows.add(rows.size() - 1, ReportSchema.RESULTS_TOTAL_ROW);
      List<ValueKind> kinds = Collections.nCopies(ReportSchema.COLUMNS_WITH_TOTAL.size(), ValueKind.COUNT);
      Cells.Totals totals = new Cells.Totals(List.<int[]>of(new int[] {0, 7}));
      List<TableReader.Spec> specs = new ArrayList<>();
      Set<String> groups = new LinkedHashSet<>();
      for (ApplicationRow r : rows) {
        String group = r.labels().size() == 3 ? r.labels().get(1) : null;
        if (group != null) {
          groups.add(group);
        }
        specs.add(new TableReader.Spec(r.path(), r.label(), kinds, totals, group));
      }
      List<String> words = new ArrayList<>(List.of(ReportSchema.TABLE3_NOTE, "申请人情况", ReportSchema.LEGAL_PERSONS, ReportSchema.RESULTS));
      words.addAll(ReportSchema.COLUMNS_WITH_TOTAL);
      TableReader.Result r = new TableReader(doc.name(), "表三", specs, words, List.copyOf(groups), findings).read(region);
      Map<String, Row> out = new LinkedHashMap<>(r.rows());
      Row total = out.get(ReportSchema.RESULTS_TOTAL_ROW.path());
      if (total != null && r.labelNotes().getOrDefault(ReportSchema.RESULTS_TOTAL_ROW.path(), "").contains("没有找到")
          && total.cells().stream().allMatch(c -> c.kind() == Cells.Kind.VERIFY)) {
        out.remove(ReportSchema.RESULTS_TOTAL_ROW.path()); // （七）总计 is optional: absent in the original, not written
      }
      byColumns(out, format, totals);
      crossCheck(out, format);
      return new ReportYaml.Table(out, r.labelNotes());
    }

    /**
     * A row read by its own total (glued digits, a dropped cell) must also agree with the table's
     * other sums where they can be computed: （七）总计 = the result rows, and 一 + 二 = （七） + 四, per
     * column (with rows not read, （七）总计 at least the sum of the result rows that were). Where it does
     * not, the reading may have filled cells the original left blank: 待核对.
     * The check only ever takes a reading back; it never makes one.
     */
    private void crossCheck(Map<String, Row> rows, ReportFormat format) {
      if (rows.values().stream().noneMatch(Row::inferred)) {
        return;
      }
      List<String> results = new ArrayList<>();
      for (ApplicationRow r : ReportSchema.applicationRows(format)) {
        if (r.isResult()) {
          results.add(r.path());
        }
      }
      String total = ReportSchema.RESULTS_TOTAL_ROW.path();
      List<List<String>> relations = new ArrayList<>();
      List<List<String>> sides = new ArrayList<>();
      Set<String> doubtful = new LinkedHashSet<>();
      for (int c = 0; c < ReportSchema.COLUMNS_WITH_TOTAL.size(); c++) {
        java.math.BigDecimal[] sum = {java.math.BigDecimal.ZERO};
        boolean known = rows.containsKey(total) && value(rows.get(total), c) != null;
        for (String p : results) {
          java.math.BigDecimal v = rows.containsKey(p) ? value(rows.get(p), c) : null;
          known &= v != null;
          if (v != null) {
            sum[0] = sum[0].add(v);
          }
        }
        java.math.BigDecimal declared = rows.containsKey(total) ? value(rows.get(total), c) : null;
        // all result rows known: their sum is （七）总计; some unknown: it is at least the sum of the known ones
        if (declared != null && ((known && sum[0].compareTo(declared) != 0) || sum[0].compareTo(declared) > 0)) {
          List<String> involved = new ArrayList<>(results);
          involved.add(total);
          involved.stream().filter(p -> rows.get(p).inferred()).forEach(doubtful::add);
        }
        java.math.BigDecimal a = value(rows.get(ReportSchema.RECEIVED_ROW.path()), c);
        java.math.BigDecimal b = value(rows.get(ReportSchema.CARRIED_OVER_ROW.path()), c);
        java.math.BigDecimal t = rows.containsKey(total) ? value(rows.get(total), c) : null;
        java.math.BigDecimal f = value(rows.get(ReportSchema.CARRIED_FORWARD_ROW.path()), c);
        if (a != null && b != null && t != null && f != null && a.add(b).compareTo(t.add(f)) != 0) {
          for (String p : List.of(ReportSchema.RECEIVED_ROW.path(), ReportSchema.CARRIED_OVER_ROW.path(), total, ReportSchema.CARRIED_FORWARD_ROW.path())) {
            if (rows.get(p).inferred()) {
              doubtful.add(p);
            }
          }
        }
      }
      // A firm split (no row with a blank cell could give those digits) stands on its own row's total:
      // when only firm splits meet a failing sum, the sum fails in the original (T3-02 says so) and
      // taking them back would hide that error. Unless some row of the table shows a cell gone missing
      // (fewer numbers than columns, digits no reading fits): then every split involved is taken back.
      boolean cellMissing = rows.values().stream().anyMatch(r -> r.note().contains("数字比列少") || r.note().contains("数字个数与列数不符"));
      if (!cellMissing) {
        doubtful.removeIf(p -> rows.get(p).firm());
      }
      for (String p : doubtful) {
        Row row = rows.get(p);
        rows.put(p, Row.verify(row.cells().size(), row.note().replace(Cells.FIRM, "").replaceFirst("，(数字连在一起，按本行总计只有这一种拆法|多出的一格按本行总计判定不属于这一行)", "") + "（按本行总计只有一种读法，但与表中其他行的合计不符，可能有空白格）"));
      }
    }

    /**
     * Rows whose glued digits split several ways by their own total (“270020130”: 27|0|0|2|0|1|30 or
     * 2|7|0|0|20|1|30) are settled by the columns when exactly one choice of their readings makes
     * every column of the result rows add up to （七）总计 — and only where every other result row was
     * read and no row shows a cell gone missing. Otherwise they stay 待核对.
     */
    private void byColumns(Map<String, Row> rows, ReportFormat format, Cells.Totals totals) {
      String total = ReportSchema.RESULTS_TOTAL_ROW.path();
      if (!rows.containsKey(total) || rows.values().stream().anyMatch(r -> r.note().contains("数字比列少") || r.note().contains("数字个数与列数不符"))) {
        return;
      }
      int k = ReportSchema.COLUMNS_WITH_TOTAL.size();
      List<String> involved = new ArrayList<>();
      for (ApplicationRow r : ReportSchema.applicationRows(format)) {
        if (r.isResult()) {
          involved.add(r.path());
        }
      }
      involved.add(total);
      List<String> open = new ArrayList<>();
      List<List<List<java.math.BigDecimal>>> choices = new ArrayList<>();
      long combos = 1;
      for (String p : involved) {
        Row row = rows.get(p);
        if (row == null) {
          return;
        }
        if (row.cells().stream().allMatch(c -> c.kind() == Cells.Kind.READ)) {
          continue;
        }
        List<List<java.math.BigDecimal>> readings = Cells.ambiguous(row, k, totals, 8);
        if (readings.isEmpty()) {
          return; // a row neither read nor a few readings: the columns cannot settle anything
        }
        open.add(p);
        choices.add(readings);
        combos *= readings.size();
      }
      if (open.isEmpty() || combos > 4096) {
        return;
      }
      List<Integer> found = null;
      int[] pick = new int[open.size()];
      for (long n = 0; n < combos; n++) {
        long rest = n;
        for (int j = 0; j < pick.length; j++) {
          pick[j] = (int) (rest % choices.get(j).size());
          rest /= choices.get(j).size();
        }
        boolean fits = true;
        for (int c = 0; c < k && fits; c++) {
          java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
          java.math.BigDecimal declared = null;
          for (String p : involved) {
            int j = open.indexOf(p);
            java.math.BigDecimal v = j >= 0 ? choices.get(j).get(pick[j]).get(c) : value(rows.get(p), c);
            if (p.equals(total)) {
              declared = v;
            } else {
              sum = sum.add(v);
            }
          }
          fits = sum.compareTo(declared) == 0;
        }
        if (fits) {
          if (found != null) {
            return; // two choices fit the columns: still 待核对
          }
          found = new ArrayList<>();
          for (int x : pick) {
            found.add(x);
          }
        }
      }
      if (found == null) {
        return;
      }
      for (int j = 0; j < open.size(); j++) {
        Row row = rows.get(open.get(j));
        List<Cells.Cell> cells = choices.get(j).get(found.get(j)).stream().map(v -> new Cells.Cell(Cells.Kind.READ, v.toPlainString())).toList();
        rows.put(open.get(j), new Row(cells, row.note().replaceFirst("（数字连在一起，有 (\\d+) 种拆法与总计相符）$", "，数字连在一起，按本行总计有 $1 种拆法，按各列合计（结果各行之和等于（七）总计）只有这一种")));
      }
    }

    private static java.math.BigDecimal value(Row row, int column) {
      if (row == null || column >= row.cells().size() || row.cells().get(column).kind() != Cells.Kind.READ) {
        return null;
      }
      return new java.math.BigDecimal(row.cells().get(column).value());
    }

    /** Table 四's one data row: 15 cells, or null when the table holds no number at all. */
    Row reviewsRow(List<Line> region) {
      List<Tok> cells = new ArrayList<>();
      boolean any = false;
      for (Line l : region) {
        List<Tok> toks = new ArrayList<>();
        boolean labels = false;
        for (String c : l.cells()) {
          for (Tok t : Tokens.of(c, l.number(), l.table())) {
            labels |= t.type() == Type.LABEL;
            toks.add(t);
          }
        }
        for (Tok t : toks) {
          if (t.type() == Type.NUM || t.type() == Type.ODD) {
            cells.add(t);
            any = true;
          } else if (t.type() == Type.BLANK && !labels) {
            cells.add(t);
          }
        }
      }
      if (!any) {
        return null;
      }
      List<ValueKind> kinds = Collections.nCopies(15, ValueKind.COUNT);
      Cells.Totals totals = new Cells.Totals(List.of(new int[] {0, 5}, new int[] {5, 10}, new int[] {10, 15}));
      return Cells.resolve(cells, kinds, totals);
    }

    // ---- metadata --------------------------------------------------------------------------

    private static final Pattern META_KEY =
        Pattern.compile("(索\\s*引\\s*号|发\\s*布\\s*机\\s*构|公\\s*开\\s*范\\s*围|生\\s*成\\s*日\\s*期|公\\s*开\\s*日\\s*期|发\\s*布\\s*日\\s*期|发\\s*布\\s*时\\s*间|公\\s*开\\s*方\\s*式)(?:\\s*[:：]\\s*|\\s+|$)");
    /** Any header label (“栏目:”, “文号：”, “来源:”): never a value of the key before it. */
    private static final Pattern ANY_LABEL = Pattern.compile("[\\p{IsHan}\\s]{1,8}[:：]");
    /** “华容县东山镇人民政府2022年政府信息公开工作年度报告”, also with the organ after the year or a site name after it. */
    private static final Pattern TITLE = Pattern.compile("^[《“]?(.*?)((?:19|20)\\d{2})年度?(.*?政府信息公开(?:工作)?年度?报告)(.*)$");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*[-./月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern SIGNATURE = Pattern.compile("^(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日$");

    /** What the header block and the signature say; empty strings where the page does not say it. */
    static final class Meta {
      int year;
      String title = "";
      String organ = "";
      final Map<String, String> fields = new LinkedHashMap<>();
      LocalDate signed;
      int signedIndex = -1;
      String signedText = "";
      int titleIndex = -1;
      final Set<Integer> headerLines = new LinkedHashSet<>();

      void put(Map<String, String> out) {
        if (!title.isEmpty()) {
          out.put("title", ReportYaml.scalar(title));
        }
        if (!organ.isEmpty()) {
          out.put("organ", ReportYaml.scalar(organ));
        }
        for (String k : List.of("publisher", "index_no", "generated", "published", "scope", "channel")) {
          if (fields.containsKey(k)) {
            out.put(k, fields.get(k));
          }
        }
        if (signed != null) {
          out.put("signed_on", signed.toString());
        }
      }
    }

    Meta meta(int headerEnd) {
      Meta m = new Meta();
      String pendingKey = null; // a key alone on its line (“索引号” above its value, as in a <dl>)
      for (int i = 0; i < Math.min(headerEnd, lines.size()); i++) {
        String text = Text.halfDigits(texts.get(i));
        if (pendingKey != null && !text.isEmpty()) {
          if (!META_KEY.matcher(text).lookingAt() && !ANY_LABEL.matcher(text).lookingAt()) {
            metaField(m, pendingKey, text.split("\\s+")[0]);
            m.headerLines.add(i);
            pendingKey = null;
            continue;
          }
          pendingKey = null;
        }
        Matcher k = META_KEY.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        while (k.find()) {
          spans.add(new int[] {k.start(), k.end()});
          keys.add(k.group(1).replaceAll("[\\s\\u00a0\\u3000]", ""));
        }
        for (int j = 0; j < spans.size(); j++) {
          int valueEnd = j + 1 < spans.size() ? spans.get(j + 1)[0] : text.length();
          String value = text.substring(spans.get(j)[1], valueEnd).strip().replaceAll("[•·●]$", "").strip();
          value = value.split("\\s+")[0];
          if (ANY_LABEL.matcher(value).lookingAt()) {
            value = ""; // “发布机构: 栏目: …”: the value is empty, the next label is not it
          }
          if (!value.isEmpty()) {
            metaField(m, keys.get(j), value);
          } else if (j == spans.size() - 1) {
            pendingKey = keys.get(j);
          }
          m.headerLines.add(i);
        }
        String t = texts.get(i).replaceAll("[\\s\\u00a0\\u3000]", "").replaceFirst("^#+", "").replaceFirst("^(标题|题目)[:：]", "");
        Matcher tm = TITLE.matcher(Text.halfDigits(t));
        if (m.titleIndex < 0 && t.length() <= 80 && tm.matches() && spans.isEmpty()) {
          m.titleIndex = i;
          m.year = Integer.parseInt(tm.group(2));
          m.title = Text.halfDigits(t).substring(0, tm.end(3)).replaceFirst("^[《“]", "");
          String organ = tm.group(1);
          if (organ.isEmpty()) {
            organ = tm.group(3).replaceFirst("政府信息公开.*$", ""); // “2022年东山镇政府信息公开工作年度报告”
          }
          m.organ = organ.replaceFirst("关于$", "");
          if (m.organ.isEmpty() && i > 0) {
            // a title wrapped after the organ: “洪泽区人民政府” / “2023 年政府信息公开工作年度报告”
            String prev = texts.get(i - 1).replaceAll("[\\s\\u00a0\\u3000]", "").replaceFirst("^#+", "");
            if (!prev.isEmpty() && prev.length() <= 30 && !prev.matches(".*\\d.*") && !META_KEY.matcher(prev).find() && !Text.isChrome(prev)) {
              m.organ = prev;
              m.title = prev + m.title;
              m.headerLines.add(i - 1);
            }
          }
        }
      }
      // The signature: a line holding only a date, at the end of section 一 or of the report.
      for (int i = 0; i < lines.size(); i++) {
        if (tableLines.contains(i) || i < headerEnd) {
          continue;
        }
        LocalDate d = signature(texts.get(i));
        if (d != null) {
          m.signed = d;
          m.signedIndex = i;
          m.signedText = texts.get(i).replaceAll("[\\s\\u00a0\\u3000]", "");
        }
      }
      return m;
    }

    private static void metaField(Meta m, String key, String value) {
      switch (key) {
        case "索引号" -> m.fields.putIfAbsent("index_no", ReportYaml.scalar(value));
        case "发布机构" -> m.fields.putIfAbsent("publisher", ReportYaml.scalar(value));
        case "公开范围" -> m.fields.putIfAbsent("scope", ReportYaml.scalar(value));
        case "公开方式" -> m.fields.putIfAbsent("channel", ReportYaml.scalar(value));
        case "生成日期" -> date(value).ifPresent(d -> m.fields.putIfAbsent("generated", d));
        case "公开日期" -> date(value).ifPresent(d -> m.fields.put("published", d));
        case "发布日期", "发布时间" -> date(value).ifPresent(d -> m.fields.putIfAbsent("published", d));
        default -> {}
      }
    }

    private static java.util.Optional<String> date(String value) {
      Matcher d = DATE.matcher(value);
      if (!d.lookingAt()) {
        return java.util.Optional.empty();
      }
      try {
        return java.util.Optional.of(LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))).toString());
      } catch (DateTimeException e) {
        return java.util.Optional.empty();
      }
    }

    static LocalDate signature(String text) {
      Matcher s = SIGNATURE.matcher(Text.halfDigits(chineseDate(text.strip())));
      if (!s.matches()) {
        return null;
      }
      try {
        return LocalDate.of(Integer.parseInt(s.group(1)), Integer.parseInt(s.group(2)), Integer.parseInt(s.group(3)));
      } catch (DateTimeException e) {
        return null;
      }
    }

    /** “二〇二三年一月二十日” as “2023年1月20日”; other text unchanged. */
    static String chineseDate(String text) {
      if (!text.matches("[〇零一二三四五六七八九十○Ｏ\\s]{4,}年[〇零一二三四五六七八九十\\s]+月[〇零一二三四五六七八九十\\s]+日")) {
        return text;
      }
      String[] parts = text.replaceAll("[\\s\\u00a0\\u3000]", "").split("[年月日]");
      StringBuilder y = new StringBuilder();
      for (char c : parts[0].toCharArray()) {
        y.append("〇一二三四五六七八九".indexOf(c == '零' || c == '○' || c == 'Ｏ' ? '〇' : c));
      }
      return y + "年" + small(parts[1]) + "月" + small(parts[2]) + "日";
    }

    private static int small(String s) {
      String d = "〇一二三四五六七八九";
      if (s.equals("十")) {
        return 10;
      }
      if (s.startsWith("十")) {
        return 10 + d.indexOf(s.charAt(1));
      }
      if (s.length() == 3 && s.charAt(1) == '十') {
        return d.indexOf(s.charAt(0)) * 10 + d.indexOf(s.charAt(2));
      }
      if (s.length() == 2 && s.charAt(1) == '十') {
        return d.indexOf(s.charAt(0)) * 10;
      }
      return d.indexOf(s.charAt(0));
    }

    // ---- narrative -------------------------------------------------------------------------

    private static final Pattern ITEM_START =
        Pattern.compile("^([（(][一二三四五六七八九十\\d]+[）)]|[一二三四五六七八九十]+、|\\d+[.、．](?!\\d)).*");
    private static final String ENDS = "。！？；：”」』…!?;:";

    String narrative(Meta meta) {
      StringBuilder md = new StringBuilder();
      List<String> paragraphs = new ArrayList<>();
      String open = null;
      int firstHeading = headings.isEmpty() ? lines.size() : headings.get(0).index();
      int lastHeading = headings.isEmpty() ? -1 : headings.get(headings.size() - 1).index();
      int hi = 0;
      for (int i = 0; i < lines.size(); i++) {
        if (hi < headings.size() && headings.get(hi).index() == i) {
          if (open != null) {
            paragraphs.add(open);
            open = null;
          }
          if (hi == 0) {
            // before the first heading only sentences are the report's (an introduction); the rest is the page's
            paragraphs.removeIf(x -> !x.contains("。"));
          }
          flush(md, paragraphs);
          md.append("## ").append(Text.prose(headings.get(hi).title())).append("\n\n");
          hi++;
          continue;
        }
        if (tableLines.contains(i) || meta.headerLines.contains(i) || i == meta.titleIndex) {
          continue;
        }
        String text = texts.get(i);
        if (i < firstHeading && isPageHeader(text)) {
          // “栏目: …”, “原文链接: …”, “==== 正文 ====”: the page's header; what came before it is the page's too
          open = null;
          paragraphs.clear();
          continue;
        }
        if (i < firstHeading) {
          text = withoutLeadingTitle(text);
        }
        if (!isProse(text) && (Text.norm(text).contains("勾稽关系") || Text.norm(text).contains("申请人情况"))) {
          continue; // 表三's note and header line, outside the rows the table was read from
        }
        if (i > lastHeading && lastHeading >= 0 && Text.isPageEnd(text)) {
          break; // “附件下载”, “关闭”, “上一篇”: the page goes on, the report has ended
        }
        if (i < firstHeading && Text.isChrome(text) && text.contains("。")) {
          // “当前位置： 首页… 来源：… 相关链接： --> 根据《条例》…。”: the introduction glued after the chrome
          text = afterChrome(text);
        }
        if (text.isEmpty() || Text.isChrome(text) || Text.isFooter(text)) {
          continue;
        }
        if (meta.signedIndex >= 0 && i > meta.signedIndex && meta.signedIndex > lastHeading) {
          break; // after the signature at the end: the page's footer, not the report
        }
        if (i == meta.signedIndex) {
          if (open != null) {
            paragraphs.add(open);
            open = null;
          }
          if (!paragraphs.isEmpty() && isSignatory(paragraphs.get(paragraphs.size() - 1), meta)) {
            paragraphs.remove(paragraphs.size() - 1);
          }
          paragraphs.add("<!-- 原文此处为落款日期“" + meta.signedText + "”，已记入 signed_on。 -->");
          continue;
        }
        if (i < firstHeading && isTitleLike(text)) {
          continue; // the page's title lines before the report begins
        }
        for (String p : items(Text.prose(text))) {
          if (open != null && joins(open, p)) {
            open = open + p;
          } else {
            if (open != null) {
              paragraphs.add(open);
            }
            open = p;
          }
        }
      }
      if (open != null) {
        paragraphs.add(open);
      }
      if (headings.isEmpty()) {
        paragraphs.removeIf(x -> !x.contains("。"));
      } else {
        // after the last sentence of the last section: the page's links and footer, not the report
        int lastSentence = -1;
        for (int j = 0; j < paragraphs.size(); j++) {
          if (paragraphs.get(j).matches(".*[。！？].*") || paragraphs.get(j).startsWith("<!--")) {
            lastSentence = j;
          }
        }
        if (lastSentence >= 0) {
          paragraphs.subList(lastSentence + 1, paragraphs.size()).clear();
          paragraphs.set(lastSentence, Text.withoutTrailingChrome(paragraphs.get(lastSentence)));
        }
      }
      flush(md, paragraphs);
      return md.toString().stripTrailing() + "\n";
    }

    private static void flush(StringBuilder md, List<String> paragraphs) {
      for (String p : paragraphs) {
        // a paragraph that Markdown would take for a heading or a quote stays a paragraph
        md.append(p.startsWith("#") || p.startsWith(">") ? "\\" + p : p).append("\n\n");
      }
      paragraphs.clear();
    }

    private static final Pattern HEADER_KEY = Pattern.compile("^[\\p{IsHan}]{2,6}\\s*[:：].*");
    private static final Pattern SEPARATOR = Pattern.compile("^[=\\-_*—～~#]{3,}.*|.*[=\\-_*—～~#]{3,}$");
    private static final Pattern LEADING_TITLE =
        Pattern.compile("^\\S{0,40}?(?:19|20)\\d{2}\\s*年度?\\S{0,20}?政府信息公开(?:工作)?年度?报告\\s+(\\S.*)$");

    /** Before the first heading: a page header line (a short key and a colon, not a sentence) or a rule. */
    static boolean isPageHeader(String text) {
      String t = text.strip();
      return (HEADER_KEY.matcher(t).matches() && !t.contains("。")) || SEPARATOR.matcher(t).matches();
    }

    /** From the first piece of a chrome line that reads like prose (30 characters or more, with ，or 。). */
    static String afterChrome(String text) {
      String[] pieces = text.strip().split("\\s+");
      for (int j = 0; j < pieces.length; j++) {
        if (pieces[j].length() >= 30 && (pieces[j].contains("。") || pieces[j].contains("，"))) {
          return String.join(" ", java.util.Arrays.asList(pieces).subList(j, pieces.length));
        }
      }
      return "";
    }

    /** An introduction glued after the report's title (“…2020年政府信息公开工作年度报告 根据《条例》…”). */
    static String withoutLeadingTitle(String text) {
      Matcher m = LEADING_TITLE.matcher(text.strip());
      return m.matches() && m.group(1).contains("。") ? m.group(1) : text;
    }

    /** A title line of the page (“…年…报告”, short, no comma): not part of an introduction. */
    static boolean isTitleLike(String text) {
      String t = text.replaceAll("[\\s\\u00a0\\u3000]", "");
      return t.length() <= 40 && !t.contains("，") && !t.contains(",") && (t.matches(".*\\d{4}\\s*年.*报告.*") || t.matches("^#.*"));
    }

    private static final int GLUED_PARAGRAPH = 300;
    private static final Pattern ITEM_AFTER_SENTENCE =
        Pattern.compile("(?<=[。！？])(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\\d{1,2}[.．](?!\\d))");

    /** A long line of a glued page cut before each item that follows a sentence (“…工作。（二）…”, “…。2.…”). */
    static List<String> items(String text) {
      if (text.length() <= GLUED_PARAGRAPH) {
        return List.of(text);
      }
      return List.of(ITEM_AFTER_SENTENCE.split(text));
    }

    /** Whether {@code next} continues {@code prev}: prev does not end a sentence and next starts no item. */
    static boolean joins(String prev, String next) {
      if (prev.endsWith("：") && !next.isEmpty() && next.charAt(0) < 0x80 && Character.isLetterOrDigit(next.charAt(0))) {
        return true; // “电子邮箱：” / “hzzwgk@126.com）。”: an address wrapped after its key
      }
      if (prev.isEmpty() || ENDS.indexOf(prev.charAt(prev.length() - 1)) >= 0) {
        return false;
      }
      if (ITEM_START.matcher(next).matches()) {
        return false;
      }
      // a short numbered sub-heading stands alone
      return !(ITEM_START.matcher(prev).matches() && prev.length() <= 25 && !prev.contains("，"));
    }

    private static boolean isSignatory(String p, Meta meta) {
      return p.length() <= 30
          && (p.equals(meta.organ) || p.endsWith("人民政府") || p.endsWith("办事处") || p.endsWith("政府") || p.endsWith("局"));
    }
  }
}
