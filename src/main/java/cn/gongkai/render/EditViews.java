package cn.gongkai.render;

import cn.gongkai.diag.Level;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * View records of serve's editing pages ({@code themes/default/templates/edit/}). Every map a template reads
 * holds every key it asks for (templates run with strict variables), empty values included.
 */
public final class EditViews {
  private EditViews() {}

  /**
   * One finding as the form shows it: {@code field} it belongs to ("" none), {@code level} error, warning,
   * acknowledged or unverified, its rule, its sentence, and the {@code list} (element id) it is listed under:
   * the field's own list, its table's, or the page's.
   */
  public record Message(String field, String level, String rule, String text, String list) {}

  /** A level as the pages' classes and scripts name it: error, warning, acknowledged, unverified. */
  public static String level(Level l) {
    return l.name().toLowerCase(Locale.ROOT);
  }

  /** How a table cell is marked: its worst level ("" when nothing is wrong) and the rules, for the cell's title. */
  public record CellState(String level, String note) {
    public static final CellState NONE = new CellState("", "");
  }

  /** A metadata field: {@code kind} text, date or select ({@code options}); {@code hint} says what goes in. */
  public record Field(String name, String label, String kind, String value, List<String> options, String hint, boolean required) {}

  /** One of the six sections: its narrative text area, and for 二, 三 and 四 the table. */
  public record Section(int number, String title, String name, String value, TableView table, String hint) {}

  /** A save refused because the files changed on disk since the form was loaded: both versions, side by side. */
  public record Conflict(String diskYaml, String typedYaml, String diskMarkdown, String typedMarkdown, String diskBase, String yamlFile, String markdownFile) {}

  /**
   * The 年报填报 page. {@code values}, {@code labels} (a cell's row and column headers in full, its accessible
   * name), {@code places} (the short form a phone shows for the focused cell) and {@code cells} have an entry
   * for every field.
   */
  public record ReportForm(
      String title,
      int year,
      String formatLabel,
      String action,
      String checkUrl,
      String assets,
      String token,
      String base,
      Map<String, String> hidden,
      List<Field> meta,
      List<Section> sections,
      Map<String, String> values,
      Map<String, String> labels,
      Map<String, String> places,
      Map<String, CellState> cells,
      Map<String, List<Message>> lists,
      String summary,
      String notice,
      Conflict conflict,
      String previewHref,
      String homeHref,
      String yamlFile,
      String markdownFile) {}

  /** A year on the start page: its form and, once built, its page in the preview. */
  public record YearLink(int year, String formHref, String pageHref) {}

  /** The start page: the years to edit, a new year, and 发布一条信息. */
  public record Home(String title, String assets, List<YearLink> years, int nextYear, String reportAction, String itemHref, String previewHref, String notice) {}

  /** A column an item may go in, indented by its depth in the column tree. */
  public record ColumnOption(String id, String label, int depth, boolean selected) {}

  /** The 发布一条信息 page. */
  public record ItemForm(
      String title,
      String assets,
      String action,
      String token,
      List<ColumnOption> columns,
      List<Field> fields,
      String body,
      String previewHtml,
      Map<String, List<Message>> lists,
      String summary,
      String notice,
      String uploadLimit,
      String homeHref) {}
}
