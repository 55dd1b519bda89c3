package cn.gongkai.report;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.diag.Environment;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.meta.DisclosureMeta;
import cn.gongkai.meta.DisclosureMetaReader;
import cn.gongkai.report.AnnualReport.Acknowledgement;
import cn.gongkai.report.AnnualReport.ActiveEntry;
import cn.gongkai.report.AnnualReport.ApplicationEntry;
import cn.gongkai.report.AnnualReport.ReviewEntry;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.ActiveRow;
import cn.gongkai.report.ReportSchema.ApplicationRow;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import cn.gongkai.yaml.MapReader;
import cn.gongkai.yaml.Num;
import cn.gongkai.yaml.ParsedTrees;
import cn.gongkai.yaml.TextFiles;
import cn.gongkai.yaml.UnreadableFile;
import cn.gongkai.yaml.ValueKind;
import cn.gongkai.yaml.YNode.YList;
import cn.gongkai.yaml.YNode.YMap;
import cn.gongkai.yaml.YNode;
import cn.gongkai.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;

/** Loads every {@code content/reports/<year>.yaml} with its narrative into {@link AnnualReport}s. */
public final class ReportLoader {
  static final Rule RULE = Rule.FMT_03;
  /** The {@code row:} an acknowledgement names to waive a whole table left blank as published. */
  private static final String TABLE2 = "表二";
  private static final String TABLE3 = "表三";
  private static final String TABLE4 = "表四";
  private static final List<String> TOP_KEYS =
      List.of(
          "year", "format", "title", "organ", "publisher", "index_no", "generated", "published", "scope",
          "channel", "signed_on", "acknowledged", "active", "applications", "reviews");

  private final Path source;
  private final SiteConfig site;
  private final Findings findings;

  private final ParsedTrees trees;

  public ReportLoader(Path source, SiteConfig site, Findings findings) {
    this(source, site, findings, ParsedTrees.NONE);
  }

  /** As above, taking from {@code trees} the tree of a YAML text an earlier build parsed. */
  public ReportLoader(Path source, SiteConfig site, Findings findings, ParsedTrees trees) {
    this.source = source;
    this.site = site;
    this.findings = findings;
    this.trees = trees;
  }

  public static Path folder(Path source) {
    return source.resolve("content").resolve("reports");
  }

  /** All reports, ordered by year; a file that cannot be read at all is reported (ENC-01, YAML-01) and skipped. */
  public List<AnnualReport> loadAll() throws UserError {
    Path folder = folder(source);
    if (Files.isSymbolicLink(folder)) {
      findings.add(RULE, SourcePos.file(SourcePos.display(source, folder)), TextFiles.symlinkMessage(source, folder));
      return List.of();
    }
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.sorted().toList();
    } catch (IOException e) {
      throw UserError.environment(SourcePos.display(source, folder) + ": 错误 无法读取年报目录：" + Environment.reason(e) + "。请确认这个文件夹可以打开，然后再运行一次。");
    }
    List<AnnualReport> reports = new ArrayList<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      String shown = SourcePos.display(source, file);
      if (Files.isSymbolicLink(file)) {
        findings.add(RULE, SourcePos.file(shown), TextFiles.symlinkMessage(source, file));
        continue;
      }
      if (name.endsWith(".yml")) {
        findings.add(RULE, SourcePos.file(shown), "年报数据文件的扩展名应为 .yaml，请改名为 " + name.replaceFirst("\\.yml$", ".yaml") + "。");
      } else if (name.endsWith(".yaml")) {
        if (!name.matches("\\d{4}\\.yaml")) {
          findings.add(RULE, SourcePos.file(shown), "年报数据文件应以年份命名，如 2023.yaml；“" + name + "”不符合。");
          continue;
        }
        try {
          reports.add(load(file));
        } catch (UnreadableFile e) {
          e.findings().forEach(findings::add);
        }
      } else if (name.endsWith(".md")) {
        if (!Files.exists(file.resolveSibling(name.replaceFirst("\\.md$", ".yaml")))) {
          findings.add(RULE, SourcePos.file(shown), "有叙述文件但没有对应的数据文件 " + name.replaceFirst("\\.md$", ".yaml") + "（可用 new-report 命令生成）。");
        }
      }
    }
    return reports;
  }

  /** One report; when it or its narrative cannot be read, {@link UnreadableFile} (what was found until then stays in the findings). */
  public AnnualReport load(Path yamlFile) throws UnreadableFile, UserError {
    String shown = SourcePos.display(source, yamlFile);
    int fileYear = Integer.parseInt(yamlFile.getFileName().toString().substring(0, 4));
    String yamlText = TextFiles.read(source, yamlFile);
    Path mdFile = yamlFile.resolveSibling(fileYear + ".md");
    String mdShown = SourcePos.display(source, mdFile);
    // A narrative that cannot be read (ENC-01) leaves the report out of the later rules, as an
    // unreadable YAML file does; what the YAML file's reading found stays reported.
    return load(shown, yamlText, OptionalInt.of(fileYear), mdShown, () -> Files.isRegularFile(mdFile, LinkOption.NOFOLLOW_LINKS) ? TextFiles.read(source, mdFile) : null);
  }

  /**
   * One report from texts already in memory (an imported report, which audit checks without writing
   * it anywhere): {@code yamlName} and {@code markdownName} are what messages show as the files, and
   * when {@code yamlName} ends in {@code <year>.yaml} the {@code year} inside is compared with it, as
   * for a file. {@code markdownText} null means no narrative. Everything else is {@link #load(Path)}.
   */
  public AnnualReport load(String yamlName, String yamlText, String markdownName, String markdownText) throws UnreadableFile, UserError {
    java.util.regex.Matcher named = NAMED_YEAR.matcher(yamlName);
    OptionalInt fileYear = named.find() ? OptionalInt.of(Integer.parseInt(named.group(1))) : OptionalInt.empty();
    return load(yamlName, yamlText, fileYear, markdownName, () -> markdownText);
  }

  private static final java.util.regex.Pattern NAMED_YEAR = java.util.regex.Pattern.compile("(?:^|[^0-9])(\\d{4})\\.yaml$");

  /** The narrative's text, read only once the YAML file has been (null when there is none). */
  private interface NarrativeText {
    String read() throws UnreadableFile, UserError;
  }

  private AnnualReport load(String shown, String yamlText, OptionalInt fileYear, String mdShown, NarrativeText narrativeText)
      throws UnreadableFile, UserError {
    YNode root = new YamlReader(source, trees).parse(shown, yamlText);
    MapReader r = MapReader.of(root, RULE, findings, "年报数据");
    r.allowOnly(TOP_KEYS);

    int year = fileYear.orElse(0);
    YNode yearNode = r.node("year");
    if (yearNode == null) {
      r.error(r.pos(), "缺少必填项“year”（报告年度）。");
    } else {
      Num y = r.number(yearNode, "“year”（报告年度）", ValueKind.COUNT);
      if (fileYear.isEmpty()) {
        year = y.value().intValue();
      } else if (y.value().intValue() != fileYear.getAsInt()) {
        r.error(y.pos(), "“year”为 " + y.plain() + "，与文件名 " + fileYear.getAsInt() + ".yaml 不一致。");
      }
    }

    ReportFormat required = ReportFormat.requiredFor(year);
    ReportFormat format = required;
    boolean formatDeclared = r.has("format");
    if (formatDeclared) {
      String f = r.string("format", "年报格式", true);
      format = ReportFormat.byId(f);
      if (format == null) {
        r.error(r.posOf("format"), "“format”为“" + f + "”，只能是 \"2019\" 或 \"2021\"。");
        format = required;
      }
    }

    String organ = r.string("organ", "报告主体", false);
    if (organ.isEmpty()) {
      organ = site.organ();
    }
    String title = r.string("title", "标题", false);
    if (title.isEmpty()) {
      title = site.organ() + year + "年政府信息公开工作年度报告";
    }
    DisclosureMeta meta = DisclosureMetaReader.report(r, site.publisher());
    var signedOn = r.date("signed_on", "落款日期", false);

    List<Acknowledgement> acks = acknowledgements(r);
    // Only the tables decide whether the arithmetic rules can run: a missing 索引号 or date (common in
    // an imported PDF, which has no CMS header) puts no zero into a table.
    long errorsBefore = findings.wrongData();
    AnnualReport.Active active = active(r, format);
    AnnualReport.Applications applications = applications(r, format);
    AnnualReport.Reviews reviews = reviews(r);
    boolean tablesSound = findings.wrongData() == errorsBefore;

    String mdText = narrativeText.read();
    Narrative narrative = mdText == null ? Narrative.empty(mdShown) : NarrativeParser.parse(mdShown, mdText);
    return new AnnualReport(
        new AnnualReport.Files(shown, mdShown), year, format, formatDeclared, r.posOf("format"), title, organ, meta, signedOn,
        acks, active, applications, reviews, narrative, tablesSound);
  }

  private List<Acknowledgement> acknowledgements(MapReader r) {
    List<Acknowledgement> out = new ArrayList<>();
    YNode node = r.node("acknowledged");
    if (node == null) {
      return out;
    }
    if (!(node instanceof YList list)) {
      r.error(node.pos(), "“acknowledged”应为列表，每项写 rule 和 reason。");
      return out;
    }
    for (YNode item : list.items()) {
      MapReader a = MapReader.of(item, RULE, findings, "acknowledged 中的一项");
      a.allowOnly(List.of("rule", "reason", "row"));
      String rule = a.string("rule", "规则编号", true);
      String reason = a.string("reason", "理由", true);
      String row = a.string("row", "行名称", false);
      if (!rule.isEmpty() && Rule.byId(rule).isEmpty()) {
        a.error(a.posOf("rule"), "规则编号“" + rule + "”不存在。可用的编号：" + String.join("、", Stream.of(Rule.values()).map(Rule::id).toList()) + "。");
      } else if (Rule.byId(rule).filter(x -> !x.acknowledgeable()).isPresent()) {
        a.error(a.posOf("rule"), "规则 " + rule + " 不能用 acknowledged 跳过：这类问题必须改正，页面才能生成。");
      }
      if (item instanceof YMap) {
        out.add(new Acknowledgement(rule, row, reason, item.pos()));
      }
    }
    return out;
  }

  private AnnualReport.Active active(MapReader r, ReportFormat format) {
    List<ActiveEntry> out = new ArrayList<>();
    List<ActiveGroup> groups = ReportSchema.activeGroups(format);
    YNode table = r.node("active");
    if (table != null && MapReader.isNull(table)) {
      r.blank(table.pos(), "表二（主动公开政府信息情况）整张表", TABLE2);
      for (ActiveGroup group : groups) {
        for (ActiveRow row : group.rows()) {
          out.add(new ActiveEntry(group, row, row.fields().stream().map(f -> Num.blank(table.pos())).toList(), table.pos()));
        }
      }
      return new AnnualReport.Active(List.copyOf(out));
    }
    MapReader a = r.child("active", "active（表二 主动公开政府信息情况）", true);
    List<String> keys = groups.stream().flatMap(g -> g.rows().stream()).map(ActiveRow::key).toList();
    if (a != null) {
      a.allowOnly(keys);
    }
    for (ActiveGroup group : groups) {
      for (ActiveRow row : group.rows()) {
        String what = "表二 " + group.title() + "“" + row.label() + "”";
        if (a == null || !a.has(row.key())) {
          SourcePos at = a == null ? r.pos() : a.pos();
          r.error(at, "缺少表二 " + group.title() + "“" + row.label() + "”一行（键 " + row.key() + "）。每一行都要填写，没有就填 0。");
          out.add(new ActiveEntry(group, row, row.fields().stream().map(f -> Num.zero(at)).toList(), at));
          continue;
        }
        YNode node = a.node(row.key());
        if (row.scalar()) {
          Field f = row.fields().get(0);
          Num n = a.cell(node, what + "（" + f.label() + "）", f.kind(), row.label());
          out.add(new ActiveEntry(group, row, List.of(n), node.pos()));
        } else if (MapReader.isNull(node)) {
          a.blank(node.pos(), what + "一行", row.label());
          out.add(new ActiveEntry(group, row, row.fields().stream().map(f -> Num.blank(node.pos())).toList(), node.pos()));
        } else {
          MapReader m = MapReader.of(node, RULE, findings, what);
          m.allowOnly(row.fields().stream().map(Field::key).toList());
          List<Num> values = new ArrayList<>();
          for (Field f : row.fields()) {
            values.add(m.cell(f.key(), f.label(), f.kind(), row.label()));
          }
          out.add(new ActiveEntry(group, row, values, node.pos()));
          if (!(node instanceof YMap)) {
            r.error(node.pos(), what + "应写成 {" + String.join(": 0, ", row.fields().stream().map(Field::key).toList()) + ": 0} 的形式。");
          }
        }
      }
    }
    return new AnnualReport.Active(List.copyOf(out));
  }

  private AnnualReport.Applications applications(MapReader r, ReportFormat format) {
    List<ApplicationRow> rows = ReportSchema.applicationRows(format);
    List<ApplicationEntry> out = new ArrayList<>();
    YNode table = r.node("applications");
    if (table != null && MapReader.isNull(table)) {
      r.blank(table.pos(), "表三（收到和处理政府信息公开申请情况）整张表", TABLE3);
      for (ApplicationRow row : rows) {
        out.add(blankRow(row, table.pos()));
      }
      return new AnnualReport.Applications(List.copyOf(out), null);
    }
    MapReader apps = r.child("applications", "applications（表三 收到和处理政府信息公开申请情况）", true);
    if (apps == null) {
      for (ApplicationRow row : rows) {
        out.add(zeroRow(row, r.pos()));
      }
      return new AnnualReport.Applications(List.copyOf(out), null);
    }
    apps.allowOnly(rows.stream().map(row -> row.path().split("\\.")[0]).distinct().toList());
    MapReader results = apps.child("results", "results（三、本年度办理结果）", true);
    Set<String> resultKeys = new LinkedHashSet<>();
    Set<String> groupsWithChildren = new LinkedHashSet<>();
    for (ApplicationRow row : rows) {
      if (row.isResult()) {
        String[] parts = row.path().split("\\.");
        resultKeys.add(parts[1]);
        if (parts.length == 3) {
          groupsWithChildren.add(parts[1]);
        }
      }
    }
    resultKeys.add("total");
    if (results != null) {
      results.allowOnly(List.copyOf(resultKeys));
      for (String group : groupsWithChildren) {
        YNode g = results.node(group);
        if (g instanceof YMap gm) {
          List<String> allowed =
              rows.stream().filter(x -> x.path().startsWith("results." + group + ".")).map(x -> x.path().substring(("results." + group + ".").length())).toList();
          new MapReader(gm, RULE, findings, "表三“" + rowsLabel(rows, group) + "”").allowOnly(allowed);
        } else if (g instanceof YList && group.equals("other")) {
          r.error(g.pos(), "2021 年格式的“（六）其他处理”分三行：other: {no_correction: [...], fee_unpaid: [...], other: [...]}；只有 2019 年试行格式写成一行。");
        }
      }
    }
    for (ApplicationRow row : rows) {
      String[] parts = row.path().split("\\.");
      MapReader holder = parts.length == 1 ? apps : results;
      YNode node = null;
      if (holder != null) {
        node = holder.node(parts.length == 1 ? parts[0] : parts[1]);
        if (parts.length == 3) {
          node = node instanceof YMap m ? m.entries().get(parts[2]) : null;
        }
      }
      if (node == null) {
        // point into the row's own group (e.g. unavailable:), not at the first row of results:
        YNode group = parts.length == 3 && holder != null ? holder.node(parts[1]) : null;
        SourcePos at = group instanceof YMap g ? g.pos() : holder == null ? apps.pos() : holder.pos();
        r.error(at, "缺少表三“" + row.fullLabel() + "”一行（键 " + row.path() + "）。每一行都要填写，没有就填 [0, 0, 0, 0, 0, 0]。");
        out.add(zeroRow(row, at));
        continue;
      }
      out.add(applicationRow(r, row, node, "表三“" + row.fullLabel() + "”"));
    }
    ApplicationEntry declaredTotal = null;
    if (results != null && results.has("total")) {
      declaredTotal = applicationRow(r, ReportSchema.RESULTS_TOTAL_ROW, results.node("total"), "表三“（七）总计”");
    }
    return new AnnualReport.Applications(List.copyOf(out), declaredTotal);
  }

  private static String rowsLabel(List<ApplicationRow> rows, String group) {
    return rows.stream().filter(x -> x.path().startsWith("results." + group + ".")).findFirst().map(x -> x.labels().get(1)).orElse(group);
  }

  private ApplicationEntry applicationRow(MapReader r, ApplicationRow row, YNode node, String what) {
    if (MapReader.isNull(node)) {
      r.blank(node.pos(), what + "一行", row.label());
      return blankRow(row, node.pos());
    }
    List<Num> nums = r.numbers(node, what, ReportSchema.COLUMNS_WITH_TOTAL, 6, 7, ValueKind.COUNT, row.label());
    if (nums == null) {
      return zeroRow(row, node.pos());
    }
    Num declared = nums.size() == 7 ? nums.get(6) : null;
    return new ApplicationEntry(row, List.copyOf(nums.subList(0, 6)), declared, node.pos());
  }

  private static ApplicationEntry zeroRow(ApplicationRow row, SourcePos at) {
    return new ApplicationEntry(row, Collections.nCopies(6, Num.zero(at)), null, at);
  }

  private static ApplicationEntry blankRow(ApplicationRow row, SourcePos at) {
    return new ApplicationEntry(row, Collections.nCopies(6, Num.blank(at)), null, at);
  }

  private AnnualReport.Reviews reviews(MapReader r) {
    List<ReviewEntry> out = new ArrayList<>();
    YNode table = r.node("reviews");
    if (table != null && MapReader.isNull(table)) {
      r.blank(table.pos(), "表四（政府信息公开行政复议、行政诉讼情况）整张表", TABLE4);
      for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
        out.add(new ReviewEntry(g, Collections.nCopies(4, Num.blank(table.pos())), null, table.pos()));
      }
      return new AnnualReport.Reviews(List.copyOf(out));
    }
    MapReader rv = r.child("reviews", "reviews（表四 行政复议、行政诉讼情况）", true);
    if (rv != null) {
      rv.allowOnly(ReportSchema.REVIEW_GROUPS.stream().map(ReviewGroup::key).toList());
    }
    List<String> keys = new ArrayList<>(ReportSchema.REVIEW_COLUMNS.stream().map(Field::key).toList());
    keys.add("total");
    for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
      String what = "表四“" + (g.parent().isEmpty() ? "" : g.parent() + "—") + g.label() + "”";
      if (rv == null || !rv.has(g.key())) {
        SourcePos at = rv == null ? r.pos() : rv.pos();
        r.error(at, "缺少" + what + "（键 " + g.key() + "）。请写 {upheld: 0, corrected: 0, other: 0, pending: 0}。");
        out.add(new ReviewEntry(g, Collections.nCopies(4, Num.zero(at)), null, at));
        continue;
      }
      YNode node = rv.node(g.key());
      if (MapReader.isNull(node)) {
        rv.blank(node.pos(), what + "一组", g.label());
        out.add(new ReviewEntry(g, Collections.nCopies(4, Num.blank(node.pos())), null, node.pos()));
        continue;
      }
      MapReader m = MapReader.of(node, RULE, findings, what);
      m.allowOnly(keys);
      List<Num> values = new ArrayList<>();
      for (Field f : ReportSchema.REVIEW_COLUMNS) {
        values.add(m.cell(f.key(), f.label(), f.kind(), g.label()));
      }
      Num total = m.has("total") ? m.cell("total", "总计", ValueKind.COUNT, g.label()) : null;
      if (!(node instanceof YMap)) {
        r.error(node.pos(), what + "应写成 {upheld: 0, corrected: 0, other: 0, pending: 0}。");
      }
      out.add(new ReviewEntry(g, values, total, node.pos()));
    }
    return new AnnualReport.Reviews(List.copyOf(out));
  }
}
