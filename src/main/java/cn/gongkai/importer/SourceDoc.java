package cn.gongkai.importer;

import java.util.List;

/**
 * A published report as read from its file, before any meaning is given to it: its lines in reading
 * order, each a list of cells. {@code name} is the file as shown in messages.
 */
public record SourceDoc(String name, Kind kind, List<Line> lines) {
  /** Which reader produced it; the shapes of spec §4 differ by kind. */
  public enum Kind {
    HTML,
    TEXT,
    DOCX,
    PDF
  }

  /**
   * One line of the document. {@code number} is 1-based and is what messages cite: the line in the
   * file for text, the line of the extracted text layer for PDF, the running number of blocks and
   * table rows for HTML and Word. {@code cells} are the texts of a table row's cells (whitespace
   * collapsed, merged cells given once, where they start), or one cell holding the whole line.
   * {@code table} is true when the cells come from a real table structure (an HTML or Word {@code
   * <tr>}, a pipe-table row), so an empty cell is a cell left blank as published; in plain text a
   * blank cell leaves no trace.
   */
  public record Line(int number, List<String> cells, boolean table) {
    public Line {
      cells = List.copyOf(cells);
    }
  }
}
