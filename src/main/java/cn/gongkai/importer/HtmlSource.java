package cn.gongkai.importer;

import cn.gongkai.diag.UserError;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A saved web page. The charset is the one the page declares (BOM, {@code <meta charset>}, {@code
 * http-equiv}), the GB family read as GB18030; a page that declares none is UTF-8 when it is valid
 * UTF-8 and GB18030 otherwise. Each block is a line of one cell, each table row a line of its cells
 * as published; lines are numbered in order.
 */
final class HtmlSource {
  private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "title", "svg", "iframe", "object", "select", "option");
  private static final Set<String> BLOCKS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div",
          "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
          "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "ul",
          "table", "thead", "tbody", "tfoot", "tr", "td", "th", "textarea");
  private static final Pattern META_CHARSET =
      Pattern.compile("<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_.:-]+)", Pattern.CASE_INSENSITIVE);

  private final List<SourceDoc.Line> lines = new ArrayList<>();
  private final StringBuilder open = new StringBuilder();

  private HtmlSource() {}

  static List<SourceDoc.Line> lines(String shown, byte[] bytes) throws UserError {
    Document doc = Jsoup.parse(decode(shown, bytes), "");
    HtmlSource reader = new HtmlSource();
    reader.block(doc.body() == null ? doc : doc.body());
    reader.flush();
    return reader.lines;
  }

  static String decode(String shown, byte[] bytes) throws UserError {
    Charset bom = Texts.bom(bytes);
    if (bom != null) {
      String text = Texts.strict(bytes, Texts.bomLength(bom), bom);
      if (text == null) {
        throw Sources.refused(shown, "网页开头标明是 " + bom.name() + " 编码，但内容不是这种编码的文字。");
      }
      return text;
    }
    Charset declared = declared(bytes);
    if (declared != null) {
      String text = Texts.strict(bytes, 0, declared);
      if (text != null) {
        return text;
      }
    }
    // Undeclared, or the declaration is wrong (a page re-saved in another encoding): what the bytes are.
    String text = Texts.strict(bytes, 0, StandardCharsets.UTF_8);
    if (text == null) {
      text = Texts.strict(bytes, 0, Texts.GB18030);
    }
    if (text == null && declared != null) {
      text = new String(bytes, declared); // what the page says, with its few bad bytes shown as �
    }
    if (text == null) {
      throw Sources.refused(shown, "认不出网页的编码（既不是 UTF-8，也不是 GBK/GB18030），网页也没有声明编码。请在浏览器里“另存为”网页后再导入。");
    }
    return text;
  }

  /** The charset of the first {@code <meta charset>} or {@code http-equiv} content in the head. */
  static Charset declared(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
    Matcher m = META_CHARSET.matcher(head);
    while (m.find()) {
      Charset cs = Texts.named(m.group(1));
      if (cs != null) {
        return cs;
      }
    }
    return null;
  }

  private void block(Node parent) {
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode t) {
        open.append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || hidden(e)) {
          continue;
        }
        switch (tag) {
          case "br" -> flush();
          case "table" -> {
            flush();
            table(e);
          }
          case "img" -> {
            // An image carries no text; its alt, if any, is not the report's.
          }
          default -> {
            boolean isBlock = BLOCKS.contains(tag);
            if (isBlock) {
              flush();
            }
            block(e);
            if (isBlock) {
              flush();
            }
          }
        }
      }
    }
  }

  /**
   * A table's rows. A row whose cells hold tables is layout (a CMS framing its content), not data:
   * its cells are read as blocks, so the tables inside give their own rows.
   */
  private void table(Element table) {
    for (Element row : rows(table)) {
      List<Element> cells = new ArrayList<>();
      boolean layout = false;
      for (Element cell : row.children()) {
        if (cell.normalName().equals("td") || cell.normalName().equals("th")) {
          if (hidden(cell)) {
            continue;
          }
          cells.add(cell);
          layout = layout || !cell.getElementsByTag("table").isEmpty();
        }
      }
      if (cells.isEmpty()) {
        continue;
      }
      if (layout) {
        for (Element cell : cells) {
          block(cell);
          flush();
        }
        continue;
      }
      List<String> texts = new ArrayList<>();
      boolean any = false;
      for (Element cell : cells) {
        String text = cellText(cell);
        texts.add(text);
        any = any || !text.isEmpty();
      }
      if (any) {
        lines.add(new SourceDoc.Line(lines.size() + 1, texts, true));
      }
    }
  }

  /**
   * The rows of this table, not of tables inside it, in order: thead, tbody, tfoot as they stand. A
   * caption is given as a line of its own, before the rows.
   */
  private List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      String tag = child.normalName();
      if (tag.equals("caption")) {
        String text = Texts.collapse(child.text());
        if (!text.isEmpty()) {
          lines.add(new SourceDoc.Line(lines.size() + 1, List.of(text), false));
        }
      } else if (tag.equals("tr")) {
        rows.add(child);
      } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
        for (Element tr : child.children()) {
          if (tr.normalName().equals("tr")) {
            rows.add(tr);
          }
        }
      }
    }
    return rows;
  }

  /** A cell's text, its paragraphs and line breaks as spaces. */
  private static String cellText(Element cell) {
    StringBuilder text = new StringBuilder();
    collect(cell, text);
    return Texts.collapse(text.toString());
  }

  private static void collect(Node parent, StringBuilder text) {
    for (Node node : parent.childNodes()) {
      if (node instanceof TextNode t) {
        text.append(t.getWholeText());
      } else if (node instanceof Element e) {
        String tag = e.normalName();
        if (SKIPPED.contains(tag) || hidden(e)) {
          continue;
        }
        boolean isBlock = tag.equals("br") || BLOCKS.contains(tag);
        if (isBlock) {
          text.append(' ');
        }
        collect(e, text);
        if (isBlock) {
          text.append(' ');
        }
      }
    }
  }

  /** {@code hidden} or {@code display:none}: not shown to the reader of the page. */
  private static boolean hidden(Element e) {
    if (e.hasAttr("hidden")) {
      return true;
    }
    String style = e.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
    return style.contains("display:none");
  }

  private void flush() {
    String text = Texts.collapse(open.toString());
    open.setLength(0);
    if (!text.isEmpty()) {
      lines.add(new SourceDoc.Line(lines.size() + 1, List.of(text), false));
    }
  }
}
