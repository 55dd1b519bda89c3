package cn.gongkai.edit;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Report;
import cn.gongkai.render.EditViews;
import cn.gongkai.render.EditViews.CellState;
import cn.gongkai.render.EditViews.Field;
import cn.gongkai.render.EditViews.Message;
import cn.gongkai.render.EditViews.Section;
import cn.gongkai.render.FormTables;
import cn.gongkai.render.TableView;
import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the 年报填报 page and its live check show for a form as typed: the tables drawn by the report page's own
 * code from the report the form's text loads to, the totals that code computes, and each finding of the checks
 * beside its field — a table cell is marked and its message listed under its table; a metadata field or a
 * section has its own list; the rest goes to the page's list.
 */
public final class ReportFormView {
  static final String GENERAL = "m-general";
  private static final List<String> META = List.of("title", "organ", "publisher", "index_no", "generated", "published", "scope", "channel", "signed_on");

  private final ReportForm form;
  private final Checked checked;
  private final List<TableView> tables;
  /** The findings about this year's two files: another year's own findings (its acknowledged ones) are its form's business. */
  private final List<FieldFinding> findings;

  public ReportFormView(ReportForm form, Checked checked) {
    this.form = form;
    this.checked = checked;
    this.tables = checked.report() == null ? List.of() : FormTables.of(checked.report());
    String yaml = "content/reports/" + form.year() + ".yaml";
    String md = "content/reports/" + form.year() + ".md";
    this.findings = checked.findings().stream()
        .filter(f -> !f.field().isEmpty() || f.finding().pos().file().equals(yaml) || f.finding().pos().file().equals(md))
        .toList();
  }

  /** The answer of the live check: what the page shows, minus the inputs the webmaster is typing in. */
  public record Answer(String summary, Map<String, String> computed, Map<String, CellState> cells, Map<String, List<Message>> lists) {}

  public Answer answer() {
    return new Answer(summary(), FormTables.computed(tables), cells(), lists());
  }

  /** The whole page; {@code conflict} null unless a save was refused. */
  public EditViews.ReportForm page(Urls urls, String token, String notice, EditViews.Conflict conflict) {
    int year = form.year();
    Map<String, String> hidden = new LinkedHashMap<>();
    hidden.put("year", String.valueOf(year));
    hidden.put("format", form.format().id());
    // Totals as published (an imported report's 7th numbers) are kept as they are: the form shows the computed ones.
    form.fields().forEach((name, value) -> {
      if (isDeclaredTotal(name)) {
        hidden.put(name, value);
      }
    });
    Map<String, String> values = new LinkedHashMap<>(form.fields());
    Map<String, String> labels = new LinkedHashMap<>(FormTables.labels(tables));
    Map<String, String> places = new LinkedHashMap<>(FormTables.shortLabels(tables));
    for (String name : values.keySet()) {
      labels.putIfAbsent(name, name);
      places.putIfAbsent(name, name);
    }
    return new EditViews.ReportForm(
        year + " 年度政府信息公开工作年度报告 · 填报",
        year,
        formatLabel(form.format()),
        urls.form(year),
        urls.check(year),
        urls.assets(),
        token,
        form.base(),
        hidden,
        metaFields(),
        sections(),
        values,
        labels,
        places,
        cells(),
        lists(),
        summary(),
        notice,
        conflict,
        urls.preview(year),
        urls.home(),
        "content/reports/" + year + ".yaml",
        "content/reports/" + year + ".md");
  }

  /** Where the page's links and forms go (serve decides the addresses). */
  public interface Urls {
    String home();

    String form(int year);

    String check(int year);

    String assets();

    /** The report's page in the preview, "" while it has none. */
    String preview(int year);
  }

  static String formatLabel(ReportFormat f) {
    return f == ReportFormat.F2021 ? "2021 年格式（国办公开办函〔2021〕30号）" : "2019 年试行格式（国办公开办函〔2019〕60号）";
  }

  private String summary() {
    List<Finding> all = findings.stream().map(FieldFinding::finding).toList();
    return Report.formSummary(all);
  }

  private List<Field> metaFields() {
    List<Field> out = new ArrayList<>();
    out.add(text("title", "标题", "不填时为“" + "报告主体 + 年度 + 年政府信息公开工作年度报告”", false));
    out.add(text("organ", "报告主体", "如 华容县东山镇人民政府", true));
    out.add(text("publisher", "发布机构", "", true));
    out.add(text("index_no", "索引号", "单位代码/公开年份-序号，如 006383401N/2024-0001", true));
    out.add(date("generated", "生成日期", true));
    out.add(date("published", "公开日期", true));
    out.add(new Field("scope", "公开范围", "select", value("scope"), ItemForms.SCOPES, "", true));
    out.add(text("channel", "公开方式", "如 政府网站", true));
    out.add(date("signed_on", "落款日期", false));
    return out;
  }

  private Field text(String name, String label, String hint, boolean required) {
    return new Field(name, label, "text", value(name), List.of(), hint, required);
  }

  private Field date(String name, String label, boolean required) {
    return new Field(name, label, "date", value(name), List.of(), "", required);
  }

  private String value(String name) {
    return form.fields().getOrDefault(name, "");
  }

  private List<Section> sections() {
    List<Section> out = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      TableView table = n >= 2 && n <= 4 && !tables.isEmpty() ? tables.get(n - 2) : null;
      String name = "section." + n;
      out.add(new Section(n, ReportSchema.SECTION_TITLES.get(n - 1), name, value(name), table, sectionHint(n)));
    }
    return out;
  }

  private String sectionHint(int n) {
    return switch (n) {
      case 5 -> "写明本年度工作存在的主要问题和改进措施，以及上一年度问题的改进情况。";
      case 6 -> form.format() == ReportFormat.F2021 ? "写明信息处理费的收取情况，如“本年度未收取信息处理费。”；没有其他事项时写“无。”。" : "没有其他需要报告的事项时写“无。”。";
      default -> "";
    };
  }

  /** For every table field, its worst finding's level and the rules, for the cell's mark. */
  private Map<String, CellState> cells() {
    Map<String, CellState> out = new LinkedHashMap<>();
    for (String name : form.fields().keySet()) {
      if (tableOf(name) != null) {
        out.put(name, CellState.NONE);
      }
    }
    Map<String, List<Finding>> byField = new LinkedHashMap<>();
    for (FieldFinding f : findings) {
      if (out.containsKey(f.field())) {
        byField.computeIfAbsent(f.field(), k -> new ArrayList<>()).add(f.finding());
      }
    }
    byField.forEach((field, findings) -> {
      findings.sort(Comparator.comparingInt(x -> x.level().ordinal()));
      String rules = String.join(" ", findings.stream().map(x -> x.rule().id()).distinct().toList());
      out.put(field, new CellState(EditViews.level(findings.get(0).level()), rules));
    });
    return out;
  }

  /** Every list on the page, each with its messages (errors first), empty lists included. */
  private Map<String, List<Message>> lists() {
    Map<String, List<Message>> out = new LinkedHashMap<>();
    out.put(GENERAL, new ArrayList<>());
    META.forEach(m -> out.put("m-" + m, new ArrayList<>()));
    for (int n = 1; n <= 6; n++) {
      out.put("m-section." + n, new ArrayList<>());
    }
    for (TableView t : tables) {
      out.put("m-" + t.id(), new ArrayList<>());
    }
    List<FieldFinding> ordered = new ArrayList<>(findings);
    ordered.sort(Comparator.comparingInt(f -> f.finding().level().ordinal()));
    for (FieldFinding f : ordered) {
      String list = listOf(f.field());
      if (!out.containsKey(list)) {
        list = GENERAL;
      }
      Finding x = f.finding();
      String where = x.pos().line() > 0 ? "（" + x.pos() + "）" : "（" + x.pos().file() + "）";
      // A total as published has no input of its own (the form shows the computed one): its message links nowhere.
      boolean linkable = out.containsKey("m-" + f.field()) || (tableOf(f.field()) != null && !isDeclaredTotal(f.field()));
      out.get(list).add(new Message(linkable ? f.field() : "", EditViews.level(x.level()), x.rule().id(), x.message() + where, list));
    }
    return out;
  }

  private static String listOf(String field) {
    String table = tableOf(field);
    return table != null ? "m-" + table : field.isEmpty() ? GENERAL : "m-" + field;
  }

  /** The id of the table a field's cell is in, null for a field outside the tables. */
  static String tableOf(String field) {
    if (field.startsWith("active.")) {
      return "table-2";
    }
    if (field.startsWith("applications.")) {
      return "table-3";
    }
    return field.startsWith("reviews.") ? "table-4" : null;
  }

  /** A total as published in the file (7th number, （七）总计 row, 表四 total): kept, not typed. */
  static boolean isDeclaredTotal(String name) {
    return ReportFields.optional(name);
  }

}
