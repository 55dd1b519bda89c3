package cn.gongkai.render;

import java.util.List;

/**
 * A table as the template draws it: real header cells with scope, merged cells with colspan/rowspan.
 * The three report tables are built into this one shape so a single macro renders them all.
 */
public record TableView(String id, String caption, List<Row> head, List<Body> bodies) {

  public record Body(List<Row> rows) {}

  public record Row(List<Cell> cells) {}

  /** {@code tag} is th or td; {@code scope} is empty for data cells; spans of 1 are not written. */
  public record Cell(String tag, String text, String scope, int colspan, int rowspan, String cssClass) {
    public static Cell th(String text, String scope) {
      return new Cell("th", text, scope, 1, 1, "");
    }

    public static Cell number(String text) {
      return new Cell("td", text, "", 1, 1, "num");
    }

    public Cell span(int cols, int rows) {
      return new Cell(tag, text, scope, cols, rows, cssClass);
    }

    public Cell css(String cls) {
      return new Cell(tag, text, scope, colspan, rowspan, cls);
    }
  }
}
