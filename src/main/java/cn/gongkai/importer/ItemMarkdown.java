package cn.gongkai.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An article's content container as Markdown: paragraphs (a {@code <br>} ends one: county CMS bodies
 * are often lines of a {@code <div>}), headings from {@code ##}, lists, data tables as plain HTML
 * tables (merged cells kept), links and images through {@code link}, which decides each target.
 * Emphasis and fonts are dropped: the site lays out official documents itself.
 */
final class ItemMarkdown {
  /** Where a link or image goes in the body: a target, or null for its text alone. */
  interface Links extends BiFunction<Element, Boolean, String> {}

  private static final Set<String> SKIP = Set.of("script", "style", "noscript", "iframe", "object", "embed", "form", "button", "input", "select", "textarea", "svg", "template", "head", "title");

  private final Links links;
  private final Predicate<Element> excluded;
  private final String title;
  private final List<String> blocks = new ArrayList<>();
  private final StringBuilder para = new StringBuilder();

  private ItemMarkdown(Links links, Predicate<Element> excluded, String title) {
    this.links = links;
    this.excluded = excluded;
    this.title = ItemPage.clean(title);
  }

  /** The Markdown of {@code container}'s content, blocks separated by a blank line. */
  static String of(Element container, Predicate<Element> excluded, String title, Links links) {
    ItemMarkdown md = new ItemMarkdown(links, excluded, title);
    md.children(container);
    md.flush();
    return String.join("\n\n", md.blocks);
  }

  private void children(Element e) {
    for (Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        String text = t.text().replaceAll("[\\s\\u00a0\\u200b\\ufeff]+", " ");
        if (!text.isBlank() || para.length() > 0) {
          para.append(escape(text));
        }
      } else if (n instanceof Element c) {
        element(c);
      }
    }
  }

  private void element(Element c) {
    String tag = c.normalName();
    if (SKIP.contains(tag) || excluded.test(c)) {
      return;
    }
    if (tag.matches("h[1-6]") || c.hasClass("title")) {
      flush();
      String text = ItemPage.clean(c.text());
      if (!text.isEmpty() && !text.equals(title)) {
        int level = tag.matches("h[1-6]") ? Math.max(2, Math.min(4, tag.charAt(1) - '0')) : 2;
        blocks.add("#".repeat(level) + " " + escape(text));
      }
      return;
    }
    switch (tag) {
      case "br" -> flush();
      case "hr" -> flush();
      case "a" -> link(c);
      case "img" -> image(c);
      case "ul", "ol" -> list(c, tag.equals("ol"));
      case "table" -> table(c);
      default -> {
        boolean block = ItemPage.BLOCK_TAGS.contains(tag);
        if (block) {
          flush();
        }
        children(c);
        if (block) {
          flush();
        }
      }
    }
  }

  private void link(Element a) {
    String text = ItemPage.clean(a.text());
    String target = links.apply(a, false);
    if (text.isEmpty()) {
      // An image inside a link: the image is what shows.
      children(a);
      return;
    }
    if (target == null) {
      para.append(escape(text));
    } else {
      para.append('[').append(escape(text)).append("](").append(url(target)).append(')');
    }
  }

  private void image(Element img) {
    String target = links.apply(img, true);
    if (target != null) {
      para.append("![").append(escape(ItemPage.clean(img.attr("alt")))).append("](").append(url(target)).append(')');
    }
  }

  private void list(Element list, boolean ordered) {
    flush();
    List<String> items = new ArrayList<>();
    int n = 1;
    for (Element li : list.children()) {
      if (!li.normalName().equals("li") || excluded.test(li)) {
        continue;
      }
      ItemMarkdown inner = new ItemMarkdown(links, excluded, title);
      inner.children(li);
      inner.flush();
      String text = String.join(" ", inner.blocks).strip();
      if (!text.isEmpty()) {
        items.add((ordered ? (n++) + ". " : "- ") + text);
      }
    }
    if (!items.isEmpty()) {
      blocks.add(String.join("\n", items));
    }
  }

  /**
   * A data table as an HTML block with only its cells' text and spans; a layout table (one column, or
   * tables inside) is read as the blocks it holds.
   */
  private void table(Element table) {
    flush();
    List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
    if (!ItemPage.isDataTable(table)) {
      for (Element tr : rows) {
        for (Element cell : tr.select("> td, > th")) {
          children(cell);
          flush();
        }
      }
      return;
    }
    StringBuilder html = new StringBuilder("<table>\n");
    for (Element tr : rows) {
      if (excluded.test(tr)) {
        continue;
      }
      html.append("<tr>");
      for (Element cell : tr.select("> td, > th")) {
        String tag = cell.normalName();
        html.append('<').append(tag);
        for (String span : List.of("colspan", "rowspan")) {
          String v = cell.attr(span).strip();
          if (v.matches("[2-9]|[1-9]\\d")) {
            html.append(' ').append(span).append("=\"").append(v).append('"');
          }
        }
        html.append('>').append(Entities.escape(ItemPage.clean(cell.text()))).append("</").append(tag).append('>');
      }
      html.append("</tr>\n");
    }
    blocks.add(html.append("</table>").toString());
  }

  private void flush() {
    String text = para.toString().replaceAll("^[\\s\\u3000]+|[\\s\\u3000]+$", "");
    para.setLength(0);
    if (!text.isEmpty() && !ItemPage.clean(text).equals(title)) {
      // A block start that would open a list, a quote or a rule: “1. ”, “- ”, “+ ”, “===”.
      blocks.add(text.replaceFirst("^(\\d+)([.)])(\\s|$)", "$1\\\\$2$3").replaceFirst("^([-+=])", "\\\\$1"));
    }
  }

  /** A target as Markdown link destination: in angle brackets when it has spaces or brackets. */
  private static String url(String target) {
    return target.matches(".*[\\s()<>].*") ? "<" + target.replace("<", "%3C").replace(">", "%3E") + ">" : target;
  }

  /** Text that Markdown must not read as markup: backslash-escape its punctuation and entities. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ("\\`*_[]<>|#!".indexOf(ch) >= 0) {
        out.append('\\');
      } else if (ch == '&') {
        out.append("&amp;");
        continue;
      }
      out.append(ch);
    }
    return out.toString();
  }
}
