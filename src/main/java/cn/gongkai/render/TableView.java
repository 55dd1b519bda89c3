package cn.gongkai.render;

import java.util.List;

/**
 * A report table as the template draws it, twice over: the official table (real header cells with scope,
 * merged cells, and every data cell tied to its headers by {@code headers}/{@code id}, since the merges make
 * {@code scope} alone ambiguous), and the same numbers as cards for narrow screens, one card per table row
 * (表四: per group), each number on the line of its own label. The style sheet shows one of the two.
 */
public record TableView(
    String id, String caption, List<Row> head, List<Body> bodies, String cardsLead, List<Card> cards, String note) {

  public record Body(List<Row> rows) {}

  public record Row(List<Cell> cells) {}

  /**
   * {@code tag} is th or td; {@code words} are the text's parts between which a line may break (the
   * template puts a {@code <wbr>} there and the style sheet forbids breaks elsewhere in header cells);
   * {@code scope} is empty for data cells; spans of 1 are not written; {@code id}/{@code headers} may be empty.
   * {@code field} names the value a webmaster types into this cell (the editor's input name, see
   * {@code cn.gongkai.edit}); {@code computed} names a total the program computes. The published page ignores
   * both; the editor draws an input for a field and an output for a computed cell, so the form is this table.
   */
  public record Cell(
      String tag, List<String> words, String scope, int colspan, int rowspan, String cssClass, String id, String headers, String field, String computed) {
    public static Cell th(String text, String scope) {
      return new Cell("th", HeaderWords.of(text), scope, 1, 1, "", "", "", "", "");
    }

    public static Cell number(String text, String headers) {
      return new Cell("td", List.of(text), "", 1, 1, "num", "", headers, "", "");
    }

    /** A number cell left blank as published (or a total computed from a blank): empty, class {@code num blank}. */
    public static Cell blank(String headers) {
      return new Cell("td", List.of(), "", 1, 1, "num blank", "", headers, "", "");
    }

    /** An empty cell that only continues the full-width look of the row before it. */
    public static Cell filler(int cols) {
      return new Cell("td", List.of(), "", cols, 1, "group-fill", "", "", "", "");
    }

    public String text() {
      return String.join("", words);
    }

    public Cell span(int cols, int rows) {
      return new Cell(tag, words, scope, cols, rows, cssClass, id, headers, field, computed);
    }

    public Cell css(String cls) {
      return new Cell(tag, words, scope, colspan, rowspan, cls, id, headers, field, computed);
    }

    public Cell id(String value) {
      return new Cell(tag, words, scope, colspan, rowspan, cssClass, value, headers, field, computed);
    }

    public Cell headers(String value) {
      return new Cell(tag, words, scope, colspan, rowspan, cssClass, id, value, field, computed);
    }

    public Cell field(String name) {
      return new Cell(tag, words, scope, colspan, rowspan, cssClass, id, headers, name, computed);
    }

    public Cell computed(String name) {
      return new Cell(tag, words, scope, colspan, rowspan, cssClass, id, headers, field, name);
    }
  }

  /** One row of the table: where it sits ({@code context}, e.g. “三、本年度办理结果 › （三）不予公开” or “第二十条第（一）项”), its label, its values. */
  public record Card(String context, String label, List<CardValue> values) {}

  /** One number with its column label, e.g. 商业企业 · 12. */
  public record CardValue(List<String> words, String value) {
    public CardValue(String label, String value) {
      this(HeaderWords.of(label), value);
    }
  }
}
