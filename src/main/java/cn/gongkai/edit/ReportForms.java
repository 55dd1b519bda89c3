package cn.gongkai.edit;

import cn.gongkai.check.Checks;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.config.SiteConfigLoader;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportLoader;
import cn.gongkai.scaffold.NewItem;
import cn.gongkai.scaffold.ReportScaffold;
import cn.gongkai.yaml.UnreadableFile;
import cn.gongkai.yaml.YNode;
import cn.gongkai.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The 年报填报 form and the report's two files: {@link #load} a year into a form, {@link #texts} what Save
 * would write (the documented layout of content/reports/2022.yaml, keeping what the file on disk may
 * keep: see {@link YamlLayout} and {@link NarrativeLayout}), {@link #check} every report rule on the form
 * as typed together with the site's other years, {@link #save} both files atomically unless they changed
 * on disk since the form was loaded.
 *
 * <p>Findings name their field by their place in the text written (see {@link FieldPlaces}). T3-01
 * (一 + 二 = 三（七）总计 + 四 fails in a column) stands at the row 一、本年新收 and names its column: it is
 * given to {@code applications.received.<i>} of that column (the 总计 column: {@code .6} where declared,
 * else {@code .0}), the first term of the equation, where the webmaster starts reading it again.
 */
public final class ReportForms {
  private static final Map<Path, Object> LOCKS = new ConcurrentHashMap<>();

  private ReportForms() {}

  /** Every field a form of {@code format} has, in file order (declared totals come in addition, where a file has them). */
  public static List<String> fieldNames(ReportFormat format) {
    return ReportFields.required(format);
  }

  /** The form for {@code year} from its files; a year with none: what {@code new-report} would write. */
  public static ReportForm load(Path source, int year) throws UserError {
    ReportFiles files = ReportFiles.of(source, year);
    ReportFiles.Disk disk = files.read();
    if (!disk.any()) {
      return newYear(source, files);
    }
    YNode root = parse(source, files, disk.texts().yaml());
    ReportFormat format = FormReader.format(root, year);
    List<String> sections = NarrativeLayout.of(disk.texts().markdown()).sections();
    return new ReportForm(year, format, FormReader.read(root, format, sections), disk.fingerprint());
  }

  /**
   * The form as posted: every field of the format from {@code params} (a missing one empty, a declared
   * total only when posted, unknown names ignored), {@code format} and {@code base} from the hidden fields.
   */
  public static ReportForm fromRequest(Path source, int year, Map<String, String> params) throws UserError {
    ReportFiles files = ReportFiles.of(source, year);
    ReportFormat format = format(source, files, params.get("format"));
    String base = params.getOrDefault("base", "").strip();
    if (!base.matches("([0-9a-f]{64})?")) {
      throw UserError.refused("表单的 base（打开表单时文件的指纹）“" + base + "”无效，没有读写任何文件。请重新打开年报填报页。");
    }
    Map<String, String> fields = new LinkedHashMap<>();
    for (String name : ReportFields.all(format)) {
      if (!ReportFields.optional(name) || params.containsKey(name)) {
        fields.put(name, params.getOrDefault(name, "").replace("\r\n", "\n").replace('\r', '\n'));
      }
    }
    return new ReportForm(year, format, fields, base);
  }

  /** What Save writes for {@code form}. */
  public static ReportTexts texts(Path source, ReportForm form) throws UserError {
    ReportFiles files = ReportFiles.of(source, form.year());
    return texts(source, form, files.read());
  }

  /** Every report rule on the form as typed with the site's other years on disk, as {@code check} runs them, each finding with its field. */
  public static Checked check(Path source, ReportForm form) throws UserError {
    ReportFiles files = ReportFiles.of(source, form.year());
    ReportTexts texts = texts(source, form, files.read());
    Findings findings = new Findings();
    Optional<SiteConfig> site = SiteConfigLoader.load(source, findings);
    AnnualReport report = null;
    if (site.isPresent()) {
      List<AnnualReport> reports = otherYears(source, site.get(), files, findings);
      report = loadTyped(source, site.get(), files, texts, findings);
      if (report != null) {
        reports.add(report);
      }
      reports.sort(Comparator.comparingInt(AnnualReport::year));
      Checks.reports(site.get(), reports, findings);
    }
    return new Checked(texts, report, fields(source, form, files, texts, findings.sorted()));
  }

  /** Writes both files unless either changed on disk since the form was loaded (then nothing is written). */
  public static SaveResult save(Path source, ReportForm form) throws UserError {
    return save(source, form, ReportFiles.ATOMIC);
  }

  static SaveResult save(Path source, ReportForm form, ReportFiles.Mover mover) throws UserError {
    synchronized (LOCKS.computeIfAbsent(source.toAbsolutePath().normalize(), k -> new Object())) {
      ReportFiles files = ReportFiles.of(source, form.year());
      ReportFiles.Disk disk = files.read();
      ReportTexts typed = texts(source, form, disk);
      if (!disk.fingerprint().equals(form.base())) {
        return new SaveResult.Conflict(disk.texts(), typed);
      }
      files.write(typed, disk.texts(), disk.yaml(), mover);
      return new SaveResult.Saved(typed);
    }
  }

  // ---- texts -----------------------------------------------------------------------------------

  private static ReportTexts texts(Path source, ReportForm form, ReportFiles.Disk disk) {
    YamlLayout layout = YamlLayout.of(disk.texts().yaml(), stock(source, form));
    StringBuilder yaml = new StringBuilder(FormYaml.meta(form, layout.topKeys(), disk.yaml() ? "" : header(form))).append('\n');
    if (!layout.acknowledged().isEmpty()) {
      yaml.append(layout.acknowledged()).append('\n');
    }
    yaml.append(FormYaml.tables(form));
    layout.unknown().forEach(block -> yaml.append('\n').append(block));
    String template = disk.markdown() ? disk.texts().markdown() : disk.yaml() ? "" : ReportScaffold.markdown(form.year());
    return new ReportTexts(layout.merge(yaml.toString()), NarrativeLayout.of(template).write(sections(form)));
  }

  private static String header(ReportForm form) {
    return form.year() + " 年度政府信息公开工作年度报告数据（" + (form.format() == ReportFormat.F2021 ? "2021 年格式" : "2019 年试行格式")
        + "），由 serve 的年报填报页写入。空白（~）不等于 0：没有就填 0。";
  }

  /** Texts whose comments the layout writes itself: the tables blank and filled, and what new-report writes. */
  private static List<String> stock(Path source, ReportForm form) {
    List<String> stock = new ArrayList<>();
    stock.add(FormYaml.tables(form.format(), name -> "", Set.of()));
    stock.add(FormYaml.tables(form.format(), name -> "0", Set.of()));
    siteQuietly(source).ifPresent(site -> stock.add(ReportScaffold.yaml(form.year(), site, Optional.empty())));
    return stock;
  }

  private static List<String> sections(ReportForm form) {
    List<String> out = new ArrayList<>();
    for (int n = 1; n <= ReportFields.SECTIONS; n++) {
      out.add(form.value(ReportFields.section(n)));
    }
    return out;
  }

  // ---- loading ---------------------------------------------------------------------------------

  private static ReportForm newYear(Path source, ReportFiles files) throws UserError {
    SiteConfig site = site(source);
    String yaml = ReportScaffold.yaml(files.year, site, lastYear(source, site, files.year));
    ReportFormat format = ReportFormat.requiredFor(files.year);
    List<String> sections = NarrativeLayout.of(ReportScaffold.markdown(files.year)).sections();
    ReportForm form = new ReportForm(files.year, format, FormReader.read(parse(source, files, yaml), format, sections), "");
    // The form proposes the 索引号 new-item would give a document published next year, where new-report leaves a placeholder.
    return form.with("index_no", NewItem.nextIndexNo(source, site.unitCode(), files.year + 1));
  }

  /** Last year's report when it loads without errors in its tables (its figures then carry over, as new-report carries them). */
  private static Optional<AnnualReport> lastYear(Path source, SiteConfig site, int year) throws UserError {
    Path last = ReportLoader.folder(source).resolve((year - 1) + ".yaml");
    if (!Files.isRegularFile(last)) {
      return Optional.empty();
    }
    try {
      AnnualReport r = new ReportLoader(source, site, new Findings()).load(last);
      return r.complete() ? Optional.of(r) : Optional.empty();
    } catch (UnreadableFile e) {
      return Optional.empty();
    }
  }

  private static YNode parse(Path source, ReportFiles files, String yaml) throws UserError {
    try {
      return new YamlReader(source).parse(files.shown(files.yaml), yaml);
    } catch (UnreadableFile e) {
      throw UserError.refused(files.shown(files.yaml) + " 无法按 YAML 读取，表单打不开：" + e.findings().get(0).format()
          + "。请先用文本编辑器改正这一处（check 会列出全部问题），再打开年报填报页。");
    }
  }

  private static ReportFormat format(Path source, ReportFiles files, String posted) throws UserError {
    if (posted != null && !posted.isBlank()) {
      ReportFormat f = ReportFormat.byId(posted.strip());
      if (f == null) {
        throw UserError.refused("表单的年报格式“" + posted.strip() + "”无效，只能是 2019 或 2021，没有读写任何文件。");
      }
      return f;
    }
    ReportFiles.Disk disk = files.read();
    return disk.yaml() ? FormReader.format(parse(source, files, disk.texts().yaml()), files.year) : ReportFormat.requiredFor(files.year);
  }

  private static SiteConfig site(Path source) throws UserError {
    Findings findings = new Findings();
    Optional<SiteConfig> site = SiteConfigLoader.load(source, findings);
    if (site.isEmpty()) {
      List<String> why = findings.all().stream().map(Finding::format).toList();
      throw UserError.refused("无法读取站点配置，新年度的年报表单需要其中的机关名称和单位代码：" + String.join("；", why));
    }
    return site.get();
  }

  private static Optional<SiteConfig> siteQuietly(Path source) {
    try {
      return SiteConfigLoader.load(source, new Findings());
    } catch (UserError e) {
      return Optional.empty();
    }
  }

  // ---- checking --------------------------------------------------------------------------------

  /** The site's other years as on disk; what their loading found about this year's files (replaced by the form) is left out. */
  private static List<AnnualReport> otherYears(Path source, SiteConfig site, ReportFiles files, Findings findings) throws UserError {
    Findings all = new Findings();
    List<AnnualReport> reports = new ArrayList<>(new ReportLoader(source, site, all).loadAll());
    reports.removeIf(r -> r.year() == files.year);
    for (Finding f : all.all()) {
      if (!thisYear(files, f)) {
        findings.add(f);
      }
    }
    return reports;
  }

  private static boolean thisYear(ReportFiles files, Finding f) {
    return f.pos().file().equals(files.shown(files.yaml)) || f.pos().file().equals(files.shown(files.markdown));
  }

  private static AnnualReport loadTyped(Path source, SiteConfig site, ReportFiles files, ReportTexts texts, Findings findings) throws UserError {
    try {
      return new ReportLoader(source, site, findings).load(files.shown(files.yaml), texts.yaml(), files.shown(files.markdown), texts.markdown());
    } catch (UnreadableFile e) {
      e.findings().forEach(findings::add);
      return null;
    }
  }

  private static List<FieldFinding> fields(Path source, ReportForm form, ReportFiles files, ReportTexts texts, List<Finding> findings) {
    FieldPlaces places = places(source, files, texts.yaml(), form.format());
    NarrativeLayout narrative = NarrativeLayout.of(texts.markdown());
    List<FieldFinding> out = new ArrayList<>();
    for (Finding f : findings) {
      String file = f.pos().file();
      String field = file.equals(files.shown(files.yaml)) ? places.field(f) : file.equals(files.shown(files.markdown)) ? narrative.fieldAt(f.pos().line()) : "";
      out.add(new FieldFinding(field, f));
    }
    return out;
  }

  private static FieldPlaces places(Path source, ReportFiles files, String yaml, ReportFormat format) {
    try {
      return FieldPlaces.of(new YamlReader(source).parse(files.shown(files.yaml), yaml), format);
    } catch (UnreadableFile | UserError e) {
      return FieldPlaces.of(new YNode.YMap(Map.of(), Map.of(), SourcePos.file("")), format);
    }
  }
}
