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
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML-01: Markdown bodies are published as they are, raw HTML included, so a body must not carry
 * active content: {@code <script>}, frames, plug-ins ({@code <object>}, {@code <embed>}, …), event-handler
 * attributes ({@code onclick=}, {@code onerror=}, …) or {@code javascript:} URLs. The check looks at
 * exactly the text the renderer gets (authoring comments removed) through flexmark's syntax tree: raw
 * HTML nodes, and the targets of links, images, reference definitions and autolinks. It errs on the
 * side of refusing: a word like {@code onclick=} in the text of a raw HTML block is refused as well.
 */
public final class HtmlRule {
  private static final Rule RULE = Rule.HTML_01;

  /** Elements that run code, embed other pages or plug-ins, or redirect the page. */
  private static final Pattern FORBIDDEN_TAG =
      Pattern.compile("<(script|iframe|frame|frameset|object|embed|applet|base|meta)(?=[\\s/>]|$)", Pattern.CASE_INSENSITIVE);

  /** An event-handler attribute: {@code on…=} after whitespace, a slash or a quote. */
  private static final Pattern EVENT_HANDLER = Pattern.compile("(?<=[\\s/\"'])(on[a-z]+)\\s*=", Pattern.CASE_INSENSITIVE);

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
    Matcher tag = FORBIDDEN_TAG.matcher(text);
    while (tag.find()) {
      String name = tag.group(1).toLowerCase(Locale.ROOT);
      findings.add(
          RULE,
          at.apply(start + tag.start()),
          "正文中不能使用 <" + name + "> 标签：脚本、嵌入的网页和插件会在读者的浏览器中运行，有安全风险。请删除这段 HTML；需要引用其他网页或视频时，请改用普通链接，如 [标题](https://…)。");
    }
    Matcher handler = EVENT_HANDLER.matcher(text);
    while (handler.find()) {
      findings.add(
          RULE,
          at.apply(start + handler.start()),
          "正文中的 HTML 带有事件属性“" + handler.group(1) + "=”，它会在读者的浏览器中执行脚本。请删除这个属性。");
    }
    String scheme = scriptScheme(text);
    if (scheme != null) {
      int written = text.toLowerCase(Locale.ROOT).indexOf(scheme.substring(0, scheme.indexOf(':')));
      findings.add(
          RULE,
          at.apply(start + Math.max(written, 0)),
          "正文中的 HTML 含有“" + scheme + "”地址，它会在读者的浏览器中执行脚本。链接只能指向网页或文件（https://… 或本站的页面），请删除或改正。");
    }
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
