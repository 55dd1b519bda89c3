package cn.gongkai.render;

import java.util.List;

/**
 * A table as the template draws it: real header cells with scope, merged cells with colspan/rowspan.
 * The three report tables are built into this one shape so a single macro renders them all. {@code
 * note} is the editor's note shown under the table (empty when none), e.g. when cells were blank as
 * published.
 */
public record TableView(String id, String caption, List<Row> head, List<Body> bodies, String note) {

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

    /** A number cell left blank as published: empty, class {@code num blank}. */
    public static Cell blank() {
      return new Cell("td", "", "", 1, 1, "num blank");
    }

    public Cell span(int cols, int rows) {
      return new Cell(tag, text, scope, cols, rows, cssClass);
    }

    public Cell css(String cls) {
      return new Cell(tag, text, scope, colspan, rowspan, cls);
    }
  }
}
