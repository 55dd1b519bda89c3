package cn.gongkai.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * The HTML of a body made of nothing but paragraphs, headings and tables of plain text (nearly every body of a
 * column: notices, tables of figures), written straight into one buffer, exactly as flexmark writes it with
 * {@link Markdown}'s options. flexmark passes every character of its output through its line-formatting
 * writer one call at a time, which was a tenth of the CPU of a cold 10,000-item build; this is one copy.
 * Any other node (a link, emphasis, a list, HTML, a caption, a cell spanning columns…) and the body goes to
 * flexmark instead. {@code DirectHtmlTest} compares the two on every Markdown file of the repository and on
 * thousands of generated bodies.
 */
final class DirectHtml {
  private final StringBuilder out;

  private DirectHtml(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** The HTML of {@code doc}, or null when it has a node this does not write (flexmark then renders it). */
  static String render(Document doc) {
    if (!writable(doc)) {
      return null;
    }
    DirectHtml html = new DirectHtml(doc.getTextLength() + doc.getTextLength() / 4 + 64);
    for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
      html.block(block);
    }
    return html.out.toString();
  }

  /** Whether every node of {@code doc} is one written here, each where flexmark writes it the simple way. */
  private static boolean writable(Document doc) {
    for (Node block = doc.getFirstChild(); block != null; block = block.getNext()) {
      Class<?> kind = block.getClass();
      if (kind == Paragraph.class || kind == Heading.class) {
        // flexmark writes no tag at all for a paragraph without text
        if (!inlineOnly(block) || block.getFirstChild() == null || block.getFirstChild().getClass() != Text.class) {
          return false;
        }
      } else if (kind == TableBlock.class) {
        if (!table(block)) {
          return false;
        }
      } else {
        return false;
      }
    }
    return true;
  }

  private static boolean table(Node table) {
    for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
      Class<?> kind = section.getClass();
      if (kind == TableSeparator.class) {
        continue; // written as nothing, whatever it holds
      }
      if (kind != TableHead.class && kind != TableBody.class) {
        return false;
      }
      for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
        if (row.getClass() != TableRow.class) {
          return false;
        }
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          if (cell.getClass() != TableCell.class || ((TableCell) cell).getSpan() != 1 || !inlineOnly(cell)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** Children only of plain text and soft line breaks (written as nothing, {@link Markdown}'s soft break). */
  private static boolean inlineOnly(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (child.getClass() != Text.class && child.getClass() != SoftLineBreak.class) {
        return false;
      }
    }
    return true;
  }

  private void block(Node block) {
    if (block instanceof Paragraph p) {
      String cls = OfficialLayout.classOf(p);
      out.append(cls == null ? "<p>" : "<p class=\"" + cls + "\">");
      inline(p);
      out.append("</p>\n");
    } else if (block instanceof Heading h) {
      String tag = "h" + h.getLevel();
      out.append('<').append(tag).append('>');
      inline(h);
      out.append("</").append(tag).append(">\n");
    } else {
      out.append("<table class=\"").append(Markdown.TABLE_CLASS).append("\">\n");
      for (Node section = block.getFirstChild(); section != null; section = section.getNext()) {
        if (section instanceof TableSeparator) {
          continue;
        }
        String tag = section instanceof TableHead ? "thead" : "tbody";
        // (a section without rows, a table of only its head, is written on one line)
        out.append('<').append(tag).append(section.hasChildren() ? ">\n" : ">");
        for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
          out.append("<tr>");
          for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            cell((TableCell) cell);
          }
          out.append("</tr>\n");
        }
        out.append("</").append(tag).append(">\n");
      }
      out.append("</table>\n");
    }
  }

  private void cell(TableCell cell) {
    String tag = cell.isHeader() ? "th" : "td";
    out.append('<').append(tag);
    if (cell.getAlignment() != null) {
      out.append(switch (cell.getAlignment()) {
        case LEFT -> " align=\"left\"";
        case CENTER -> " align=\"center\"";
        case RIGHT -> " align=\"right\"";
      });
    }
    out.append('>');
    inline(cell);
    out.append("</").append(tag).append('>');
  }

  private void inline(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Text text) {
        PlainText.append(text, out);
      }
    }
  }
}
