package cn.gongkai.check;

import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * HTML-01: Markdown bodies are published as they are, raw HTML included, so a body must not carry
 * active content: {@code <script>}, frames, plug-ins ({@code <object>}, {@code <embed>}, …), event-handler
 * attributes ({@code onclick=}, {@code onerror=}, …) or {@code javascript:} URLs. The check looks at
 * exactly the text the renderer gets (authoring comments removed) through flexmark's syntax tree: the
 * targets of links, images, reference definitions and autolinks, and each raw HTML node, read with
 * jsoup's tokenizer (the one browsers' HTML5 rules describe: {@code <svg/onload=…>}, unquoted and
 * entity-encoded values are read as a browser reads them). Its tree is not rebuilt the HTML5 way, so a
 * tag a browser would move or drop is still seen where it was written.
 */
public final class HtmlRule {
  private static final Rule RULE = Rule.HTML_01;

  /** Elements that run code, embed other pages or plug-ins, or redirect the page. */
  private static final Set<String> FORBIDDEN_TAGS = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta");

  /** An event-handler attribute: {@code on} and letters. */
  private static final Pattern EVENT_HANDLER = Pattern.compile("on[a-z]+", Pattern.CASE_INSENSITIVE);

  private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "vbscript:", "data:text/html");

  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-f]+|[0-9]+);?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMED_ENTITY = Pattern.compile("&(colon|tab|newline|lpar|rpar|sol|period);", Pattern.CASE_INSENSITIVE);

  private HtmlRule() {}

  /** Checks one node of a body's tree; {@code at} gives the place in the file of an offset in the tree. */
  public static void inspect(Node node, IntFunction<SourcePos> at, Findings findings) {
    if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
      html(at, node, findings);
    } else if (node instanceof LinkNodeBase link) {
      url(at, node.getStartOffset(), link.getUrl().toString(), findings);
    } else if (node instanceof DelimitedLinkNode auto) {
      url(at, node.getStartOffset(), auto.getText().toString(), findings);
    }
  }

  private static void html(IntFunction<SourcePos> at, Node node, Findings findings) {
    String text = node.getChars().toString();
    int start = node.getStartOffset();
    Document html = Parser.xmlParser().setTrackPosition(true).parseInput(text, "");
    for (Element e : html.getAllElements()) {
      if (e == html) {
        continue;
      }
      int tag = e.sourceRange().startPos();
      if (FORBIDDEN_TAGS.contains(e.normalName())) {
        findings.add(
            RULE,
            at.apply(start + tag),
            "正文中不能使用 <" + e.normalName() + "> 标签：脚本、嵌入的网页和插件会在读者的浏览器中运行，有安全风险。请删除这段 HTML；需要引用其他网页或视频时，请改用普通链接，如 [标题](https://…)。");
      }
      for (Attribute a : e.attributes()) {
        if (EVENT_HANDLER.matcher(a.getKey()).matches()) {
          findings.add(
              RULE,
              at.apply(start + a.sourceRange().nameRange().startPos()),
              "正文中的 HTML 带有事件属性“" + a.getKey() + "=”，它会在读者的浏览器中执行脚本。请删除这个属性。");
        }
        scheme(at, start, text, tag, a.sourceRange().valueRange().startPos(), a.sourceRange().valueRange().endPos(), a.getValue(), findings);
      }
      if (e.normalName().equals("style")) {
        scheme(at, start, text, tag, tag, text.length(), e.wholeText(), findings);
      }
    }
  }

  /**
   * A script address in an attribute value or style sheet, {@code value} as a browser reads it; the
   * finding points where its scheme is written, or at the tag when entities or spaces disguise it.
   */
  private static void scheme(IntFunction<SourcePos> at, int start, String text, int tag, int from, int to, String value, Findings findings) {
    String scheme = scriptScheme(value);
    if (scheme == null) {
      return;
    }
    String written = from >= 0 && to >= from && to <= text.length() ? text.substring(from, to).toLowerCase(Locale.ROOT) : "";
    int literal = written.indexOf(scheme.substring(0, scheme.indexOf(':')));
    findings.add(
        RULE,
        at.apply(start + (literal >= 0 ? from + literal : tag)),
        "正文中的 HTML 含有“" + scheme + "”地址，它会在读者的浏览器中执行脚本。链接只能指向网页或文件（https://… 或本站的页面），请删除或改正。");
  }

  private static void url(IntFunction<SourcePos> at, int offset, String url, Findings findings) {
    String n = normalise(url.replace("\\", ""));
    if (n.startsWith("<")) {
      n = n.substring(1);
    }
    for (String scheme : SCRIPT_SCHEMES) {
      if (n.startsWith(scheme)) {
        findings.add(
            RULE,
            at.apply(offset),
            "链接“" + url + "”是“" + scheme + "”地址，点击时会在读者的浏览器中执行脚本。链接只能指向网页或文件（https://… 或本站的页面），请删除或改正。");
        return;
      }
    }
  }

  /** The script scheme {@code text} contains once entities, whitespace and control characters are ignored, or null. */
  static String scriptScheme(String text) {
    String n = normalise(text);
    for (String s : SCRIPT_SCHEMES) {
      if (n.contains(s)) {
        return s;
      }
    }
    return null;
  }

  /** What a browser would read: character references decoded, tabs, newlines, spaces and controls dropped, lower case. */
  static String normalise(String text) {
    String decoded = NAMED_ENTITY.matcher(text).replaceAll(m -> switch (m.group(1).toLowerCase(Locale.ROOT)) {
      case "colon" -> ":";
      case "lpar" -> "(";
      case "rpar" -> ")";
      case "sol" -> "/";
      case "period" -> ".";
      default -> " ";
    });
    decoded = NUMERIC_ENTITY.matcher(decoded).replaceAll(m -> {
      String v = m.group(1);
      try {
        int cp = v.charAt(0) == 'x' || v.charAt(0) == 'X' ? Integer.parseInt(v.substring(1), 16) : Integer.parseInt(v);
        return Character.isValidCodePoint(cp) ? Matcher.quoteReplacement(new String(Character.toChars(cp))) : " ";
      } catch (NumberFormatException e) {
        return " ";
      }
    });
    StringBuilder out = new StringBuilder(decoded.length());
    decoded.codePoints().filter(c -> c > 0x20 && c != 0x7f && c != 0xfeff && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
