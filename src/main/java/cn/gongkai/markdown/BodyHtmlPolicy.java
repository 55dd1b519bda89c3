package cn.gongkai.markdown;

import cn.gongkai.diag.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/**
 * The allow-list for raw HTML in bodies (items, report narratives, column introductions). A fragment of
 * raw HTML — one flexmark HTML block or inline tag, authoring comments already removed — is read with
 * jsoup's tokenizer (the HTML5 one, so {@code <svg/onload=…>}, unquoted and entity-encoded values are read
 * as a browser reads them; the tree is not rebuilt the HTML5 way, so a tag is seen where it was written).
 *
 * <p>Three outcomes per element and attribute:
 *
 * <ul>
 *   <li>allowed, kept byte for byte: {@link #ALLOWED} elements with the attributes of {@link
 *       #allowedAttribute} (the one class is the theme's note box, {@link #NOTE_CLASS}); {@code <a
 *       href>} only to http, https, mailto, tel or the site, {@code <img src>} only from the site;
 *   <li>an error (HTML-01, the build stops): what runs code, submits data, loads something from another
 *       address or changes the page as a whole, and any element the list does not know;
 *   <li>paste debris (HTML-02, a warning): any other attribute ({@code style}, {@code class}, {@code lang},
 *       Word's {@code mso-} styles, {@code width}, …) and the presentational wrappers of {@link #UNWRAPPED}
 *       ({@code <font>}, {@code <span>}, Word's {@code <o:p>}, …), removed from the published HTML, their
 *       text kept; one warning per fragment says what was removed.
 * </ul>
 *
 * A pure function of the fragment's text: the same text gives the same problems and the same cleaned
 * text, wherever the body is and however often it is read.
 */
public final class BodyHtmlPolicy {
  /** Something in a fragment: where (an offset into the fragment's text), its rule and its message. */
  public record Problem(int offset, Rule rule, String message) {}

  /** A fragment's problems, in the order written (the HTML-02 summary last), and its text as published. */
  public record Review(List<Problem> problems, String cleaned) {}

  /** Elements a body may use, kept as written (less any attribute {@link #allowedAttribute} refuses). */
  static final Set<String> ALLOWED =
      Set.of(
          "h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code", "kbd", "samp",
          "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "sub", "sup", "abbr", "q",
          "ul", "ol", "li", "dl", "dt", "dd",
          "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
          "figure", "figcaption", "div", "a", "img");

  /** Presentational wrappers from Word, WPS and WeChat: the tags go, their content stays. */
  static final Set<String> UNWRAPPED = Set.of("span", "font", "section", "center");

  /** The theme's own note box, the one class a body may use: {@code <div class="sample-notice" role="note">}. */
  static final String NOTE_CLASS = "sample-notice";

  /** Elements that run code, embed other pages or plug-ins, or redirect the page. */
  static final Set<String> ACTIVE = Set.of("script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "meta", "noscript", "template", "portal", "param");

  /** Elements that make a form: they submit what a reader types. */
  static final Set<String> FORM =
      Set.of("form", "input", "button", "select", "textarea", "option", "optgroup", "datalist", "output", "fieldset", "legend", "label", "keygen", "isindex");

  /** The frame of a whole web page, brought by pasting a whole page. */
  static final Set<String> PAGE = Set.of("html", "head", "body", "title");

  /** Audio, video and image maps: resources of their own, often from elsewhere. */
  static final Set<String> MEDIA = Set.of("video", "audio", "source", "track", "picture", "canvas", "map", "area", "bgsound");

  /** Attributes whose value the browser fetches (or submits to) without the reader clicking. */
  static final Set<String> FETCHED =
      Set.of("src", "srcset", "poster", "background", "data", "codebase", "archive", "classid", "action", "formaction", "ping", "lowsrc", "dynsrc", "manifest", "xlink:href", "href");

  private static final Pattern EVENT_HANDLER = Pattern.compile("on[a-z]+", Pattern.CASE_INSENSITIVE);
  private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "vbscript:", "data:text/html");
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "tel");
  /** What in a {@code style} value loads another address or runs code. */
  private static final Pattern STYLE_LOADS = Pattern.compile("url\\(|image-set\\(|@import|expression\\(|behavior:|-moz-binding|src\\(");
  private static final Pattern NUMERIC_ENTITY = Pattern.compile("&#(x[0-9a-f]+|[0-9]+);?", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAMED_ENTITY = Pattern.compile("&(colon|tab|newline|lpar|rpar|sol|period);", Pattern.CASE_INSENSITIVE);
  /** End tags of the {@link #UNWRAPPED} wrappers and of namespaced Office tags ({@code </o:p>}). */
  private static final Pattern UNWRAPPED_END = Pattern.compile("</(span|font|section|center|[a-z][a-z0-9]*:[a-z0-9_.-]+)\\s*>", Pattern.CASE_INSENSITIVE);

  static final String ALLOWED_WORDS = "标题、段落、换行、强调、列表、表格、引用、代码、分隔线、链接和图片";

  private BodyHtmlPolicy() {}

  /** The problems of one raw HTML fragment and its text as it is published. */
  /** A link or image target written in raw HTML. */
  public record Target(String url, boolean image) {}

  /** The {@code href} of each {@code <a>} and the {@code src} of each {@code <img>} in a piece of raw HTML, in order. */
  public static List<Target> targets(String html) {
    if (!html.contains("href") && !html.contains("src")) {
      return List.of();
    }
    List<Target> out = new java.util.ArrayList<>();
    for (org.jsoup.nodes.Element e : org.jsoup.Jsoup.parseBodyFragment(html).select("a[href], img[src]")) {
      boolean image = e.normalName().equals("img");
      out.add(new Target(e.attr(image ? "src" : "href").strip(), image));
    }
    return out;
  }

  public static Review review(String html) {
    Walk first = new Walk(html);
    List<Problem> problems = new ArrayList<>(first.problems);
    Map<String, Integer> debris = new LinkedHashMap<>(first.debris);
    boolean mso = first.mso;
    String text = html;
    String cleaned = first.cleaned();
    // Removing debris joins the text around it, and what it joins must pass too: in an HTML block
    // "<<span>script>" would become "<script>". Each pass is shorter, and a few always suffice for a paste.
    for (int pass = 1; !cleaned.equals(text); pass++) {
      if (pass > MAX_PASSES) {
        problems.add(new Problem(first.firstDebris, Rule.HTML_01, "这段 HTML 的排版代码层层嵌套，无法安全删除。请删去这段 HTML，改用 Markdown 写。"));
        break;
      }
      text = cleaned;
      Walk again = new Walk(text);
      for (Problem p : again.problems) {
        if (p.rule() == Rule.HTML_01) {
          problems.add(new Problem(first.firstDebris, Rule.HTML_01, "删去粘贴带来的排版代码后，剩下的 HTML 拼成了不允许的内容。" + p.message()));
        }
      }
      again.debris.forEach((k, n) -> debris.merge(k, n, Integer::sum));
      mso |= again.mso;
      cleaned = again.cleaned();
    }
    if (!debris.isEmpty()) {
      problems.add(new Problem(first.firstDebris, Rule.HTML_02, debrisMessage(debris, mso)));
    }
    return new Review(List.copyOf(problems), cleaned);
  }

  private static final int MAX_PASSES = 8;
  private static final String CDATA = "<![CDATA[";

  private static String debrisMessage(Map<String, Integer> debris, boolean mso) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, Integer> d : debris.entrySet()) {
      String[] k = d.getKey().split("\u0000");
      parts.add(k[0] + " " + d.getValue() + " " + k[1] + (mso && k[0].equals("style 属性") ? "（含 Word 的 mso- 样式）" : ""));
    }
    return "已从发布的页面中删除粘贴带来的排版代码：" + String.join("、", parts)
        + "。文字内容不变，格式由网站统一；需要强调的请用 Markdown 写（如 **加粗**）。在文件中删去这些代码，这条提示就不再出现。";
  }

  /** The fragment as published: {@link #review}'s cleaned text. */
  public static String clean(String html) {
    if (html.indexOf('<') < 0) {
      return html;
    }
    return review(html).cleaned();
  }

  /**
   * The HTML-01 message for a Markdown link or image target ({@code [..](url)}, {@code ![..](url)}, a
   * reference definition, an autolink), or null when it is allowed.
   */
  public static String linkProblem(String url, boolean image) {
    String n = normalise(url.replace("\\", ""));
    if (n.startsWith("<")) {
      n = n.substring(1);
    }
    for (String scheme : SCRIPT_SCHEMES) {
      if (n.startsWith(scheme)) {
        return "链接“" + url + "”是“" + scheme + "”地址，点击时会在读者的浏览器中执行脚本。链接只能指向网页或文件（https://… 或本站的页面），请删除或改正。";
      }
    }
    String target = url.strip();
    if (target.startsWith("<") && target.endsWith(">")) {
      target = target.substring(1, target.length() - 1);
    }
    if (image) {
      return siteRelative(target) ? null : imageMessage(url);
    }
    return linkAllowed(target) ? null : linkMessage(url);
  }

  /** Whether a reader's browser would fetch {@code url} from the site's own address (no scheme, no host). */
  static boolean siteRelative(String url) {
    String n = normalise(url).replace('\\', '/');
    return !n.startsWith("//") && !SCHEME.matcher(n).find();
  }

  static boolean linkAllowed(String url) {
    String n = normalise(url).replace('\\', '/');
    if (n.startsWith("//")) {
      return true; // same scheme as the page: http or https
    }
    Matcher m = SCHEME.matcher(n);
    return !m.find() || LINK_SCHEMES.contains(m.group(1));
  }

  /** The host of an absolute address, or null. */
  static String host(String url) {
    Matcher m = HOST.matcher(normalise(url).replace('\\', '/'));
    return m.find() ? m.group(2) : null;
  }

  private static final Pattern HOST = Pattern.compile("^(?:[a-z][a-z0-9+.-]*:)?//([^/?#@]*@)?([^/?#:]+)");

  static String imageMessage(String url) {
    String host = host(url);
    String name = url.replaceFirst("[?#].*$", "").replaceFirst("^.*/", "");
    if (!name.matches("[A-Za-z0-9._-]{1,60}\\.(png|jpe?g|gif|webp|bmp|svg)")) {
      name = "图片.jpg";
    }
    String where =
        host != null
            ? "在其他网站（" + host + "）上：读者每打开一次这一页，浏览器都会去访问 " + host + "，对方由此知道谁在什么时候看了这一页，图片也可能被换掉或失效。"
            : normalise(url).startsWith("data:")
                ? "是直接写在正文里的数据（data: 地址），不是本站的图片文件。"
                : "不是本站的文件，读者的浏览器无法从本站取到它。";
    return "图片“" + shorten(url) + "”" + where + "请把图片下载下来，放在信息文件旁边，列在信息头的 attachments 里，再用相对地址引用，如 ![图片说明](" + name
        + ")。（年报叙述和栏目说明页不能带附件：请把图片放在一条信息里，再链接到那条信息。）";
  }

  static String linkMessage(String url) {
    return "链接“" + shorten(url) + "”的地址类型不能用：链接只能是 http://、https://、mailto:、tel: 或本站的地址。请改正或删除这个链接。";
  }

  private static String shorten(String url) {
    return url.length() <= 80 ? url : url.substring(0, 77) + "…";
  }

  /** The script scheme {@code text} contains once entities, whitespace and control characters are ignored, or null. */
  public static String scriptScheme(String text) {
    String n = normalise(text);
    for (String s : SCRIPT_SCHEMES) {
      if (n.contains(s)) {
        return s;
      }
    }
    return null;
  }

  /** What a browser would read: character references decoded, tabs, newlines, spaces and controls dropped, lower case. */
  public static String normalise(String text) {
    String decoded = text.indexOf('&') < 0 ? text : decodeEntities(text);
    StringBuilder out = new StringBuilder(decoded.length());
    decoded.codePoints().filter(c -> c > 0x20 && c != 0x7f && c != 0xfeff && !Character.isSpaceChar(c)).forEach(out::appendCodePoint);
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static String decodeEntities(String text) {
    String decoded =
        NAMED_ENTITY.matcher(text).replaceAll(m -> switch (m.group(1).toLowerCase(Locale.ROOT)) {
          case "colon" -> ":";
          case "lpar" -> "(";
          case "rpar" -> ")";
          case "sol" -> "/";
          case "period" -> ".";
          default -> " ";
        });
    decoded =
        NUMERIC_ENTITY.matcher(decoded).replaceAll(m -> {
          String v = m.group(1);
          try {
            int cp = v.charAt(0) == 'x' || v.charAt(0) == 'X' ? Integer.parseInt(v.substring(1), 16) : Integer.parseInt(v);
            return Character.isValidCodePoint(cp) ? Matcher.quoteReplacement(new String(Character.toChars(cp))) : " ";
          } catch (NumberFormatException e) {
            return " ";
          }
        });
    return decoded;
  }

  /** Whether {@code element} may keep attribute {@code key} (lower case). */
  static boolean allowedAttribute(String element, String key, String value) {
    switch (element) {
      case "div":
      case "p":
        return key.equals("class") && value.strip().equals(NOTE_CLASS) || key.equals("role") && value.strip().equals("note");
      case "a":
        return key.equals("href") || key.equals("title");
      case "img":
        return key.equals("src") || key.equals("alt") || key.equals("title") || key.equals("width") || key.equals("height");
      case "td":
        return key.equals("colspan") || key.equals("rowspan");
      case "th":
        return key.equals("colspan") || key.equals("rowspan") || key.equals("scope");
      case "ol":
        return key.equals("start") || key.equals("type") || key.equals("reversed");
      case "li":
        return key.equals("value");
      case "col":
      case "colgroup":
        return key.equals("span");
      case "abbr":
        return key.equals("title");
      default:
        return false;
    }
  }

  /** One fragment's review: a walk of its elements, collecting problems and the ranges to remove. */
  private static final class Walk {
    private final String text;
    private final Document doc;
    private final List<Problem> problems = new ArrayList<>();
    private final List<int[]> removed = new ArrayList<>();
    private final List<int[]> startTags = new ArrayList<>();
    /** What was removed, as the warning names it, with counts, in the order first met. */
    private final Map<String, Integer> debris = new LinkedHashMap<>();
    private boolean mso;
    private int firstDebris = -1;

    Walk(String text) {
      this.text = text;
      this.doc = Parser.xmlParser().setTrackPosition(true).parseInput(text, "");
      // The one place jsoup's tokenizer reads otherwise than a browser: it takes <![CDATA[ … ]]> as text
      // to "]]>", where a browser ends a bogus comment at the first ">" and reads what follows as HTML.
      for (int at = text.indexOf(CDATA); at >= 0; at = text.indexOf(CDATA, at + 1)) {
        error(at, "正文中的 HTML 不能含有“<![CDATA[”：浏览器和检查对它的读法不同，其中可能藏有脚本。请删除这段写法；要原样显示的文字请放在代码块（```）里。");
      }
      for (Element e : doc.children()) {
        element(e, false);
      }
      endTags();
    }

    /** The text with the removed ranges left out (overlapping ones merged). */
    String cleaned() {
      return removed.isEmpty() ? text : cut();
    }

    /** {@code refused}: an ancestor is refused already, so only the dangers inside it are named. */
    private void element(Element e, boolean refused) {
      String name = e.normalName();
      Range range = e.sourceRange();
      int tag = range.startPos();
      if (range.isTracked()) {
        startTags.add(new int[] {range.startPos(), range.endPos()});
      }
      String refusal = refusal(name);
      boolean unknown = refusal == null && !ALLOWED.contains(name) && !unwrapped(name);
      // Inside a refused element only a script is named besides it: the rest goes with the element.
      if (refusal != null && (!refused || ACTIVE.contains(name))) {
        error(tag, refusal);
      } else if (unknown && !refused) {
        error(tag, "正文中不能使用 <" + name + "> 标签：正文的 HTML 只能用" + ALLOWED_WORDS + "（见 README“正文中的 HTML”）。请删除这个标签，或改用 Markdown 写法。");
      }
      boolean goes = refused || refusal != null || unknown;
      for (Attribute a : e.attributes()) {
        attribute(name, a, tag, goes);
      }
      if (name.equals("style")) {
        scheme(tag, tag, text.length(), e.wholeText());
      }
      if (!goes && unwrapped(name) && range.isTracked()) {
        remove(tag, range.endPos(), tag, "<" + name + "> 标签", "个");
      }
      for (Element child : e.children()) {
        element(child, goes);
      }
    }

    private void attribute(String name, Attribute a, int tag, boolean goes) {
      String key = a.getKey().toLowerCase(Locale.ROOT);
      var ranges = a.sourceRange();
      int at = ranges.nameRange().isTracked() ? ranges.nameRange().startPos() : tag;
      if (EVENT_HANDLER.matcher(key).matches()) {
        error(at, "正文中的 HTML 带有事件属性“" + a.getKey() + "=”，它会在读者的浏览器中执行脚本。请删除这个属性。");
        return;
      }
      if (scheme(tag, ranges.valueRange().startPos(), ranges.valueRange().endPos(), a.getValue())) {
        return;
      }
      if (goes) {
        return; // the element itself must go
      }
      String value = a.getValue();
      if (allowedAttribute(name, key, value)) {
        if (name.equals("img") && key.equals("src") && !siteRelative(value)) {
          error(at, imageMessage(value));
        } else if (name.equals("a") && key.equals("href") && !linkAllowed(value)) {
          error(at, linkMessage(value));
        }
        return;
      }
      if (FETCHED.contains(key) && fetchesElsewhere(key, value)) {
        if (name.equals("img")) {
          error(at, imageMessage(elsewhere(key, value)));
        } else {
          String host = host(elsewhere(key, value));
          error(at, "正文中的 HTML 属性“" + a.getKey() + "=" + shorten(value) + "”会让读者的浏览器去访问" + (host == null ? "本站以外的地址" : "其他网站（" + host + "）")
              + "。请删除这个属性；图片和文件请放在本站，用相对地址引用。");
        }
        return;
      }
      if (key.equals("style") && STYLE_LOADS.matcher(normalise(value)).find()) {
        error(at, "正文中的 HTML 的 style 属性会加载其他地址或执行代码（url(…)、@import、expression(…) 等），读者的浏览器会去访问那里。请删除这个属性，正文的格式由网站统一。");
        return;
      }
      if (key.equals("style") && value.toLowerCase(Locale.ROOT).contains("mso-")) {
        mso = true;
      }
      if (ranges.nameRange().isTracked()) {
        remove(attributeStart(at, tag), attributeEnd(ranges), at, key + " 属性", "处");
      }
    }

    private static boolean fetchesElsewhere(String key, String value) {
      return elsewhere(key, value) != null;
    }

    /** The address in {@code value} that is not the site's ({@code srcset}: the first such candidate), or null. */
    private static String elsewhere(String key, String value) {
      List<String> candidates = new ArrayList<>();
      if (key.equals("srcset")) {
        for (String part : value.split(",")) {
          String[] words = part.strip().split("\\s+");
          if (!words[0].isEmpty()) {
            candidates.add(words[0]);
          }
        }
      } else {
        candidates.add(value.strip());
      }
      return candidates.stream().filter(c -> !siteRelative(c)).findFirst().orElse(null);
    }

    /** A script address in {@code value} (as a browser reads it), pointed at where its scheme is written. */
    private boolean scheme(int tag, int from, int to, String value) {
      String scheme = scriptScheme(value);
      if (scheme == null) {
        return false;
      }
      String written = from >= 0 && to >= from && to <= text.length() ? text.substring(from, to).toLowerCase(Locale.ROOT) : "";
      int literal = written.indexOf(scheme.substring(0, scheme.indexOf(':')));
      error(literal >= 0 ? from + literal : tag, "正文中的 HTML 含有“" + scheme + "”地址，它会在读者的浏览器中执行脚本。链接只能指向网页或文件（https://… 或本站的页面），请删除或改正。");
      return true;
    }

    private static String refusal(String name) {
      if (ACTIVE.contains(name)) {
        return "正文中不能使用 <" + name + "> 标签：脚本、嵌入的网页和插件会在读者的浏览器中运行，有安全风险。请删除这段 HTML；需要引用其他网页或视频时，请改用普通链接，如 [标题](https://…)。";
      }
      if (name.equals("style")) {
        return "正文中不能使用 <style> 标签：样式表作用于整个页面，可以隐藏或改写页面的任何部分。请删除这段 HTML；正文的格式用 Markdown 写（标题、列表、表格、加粗），排版由网站统一。";
      }
      if (name.equals("link")) {
        return "正文中不能使用 <link> 标签：它让读者的浏览器去加载另一个文件（样式表、字体、预取的网页），常常来自其他网站，还能改变整个页面。请删除这段 HTML。";
      }
      if (PAGE.contains(name)) {
        return "正文中不能使用 <" + name + "> 标签：它属于整个网页的框架，粘贴整份网页时才会带上。请只保留正文部分的内容，或改用 Markdown 写。";
      }
      if (FORM.contains(name)) {
        return "正文中不能使用 <" + name + "> 标签：表单会把读者填写的内容提交出去，政府网站正文中的表单可能被用来骗取个人信息。请删除这段 HTML；需要读者在线填写或提交的，请链接到正式的办事或申请页面。";
      }
      if (name.equals("svg") || name.equals("math")) {
        return "正文中不能使用 <" + name + "> 标签：<svg> 和 <math> 里可以写脚本、样式和指向其他网站的引用。请把图形另存为图片文件（PNG 或 JPG），放在信息文件旁边，用 ![图片说明](图片.png) 引用。";
      }
      if (MEDIA.contains(name)) {
        return "正文中不能使用 <" + name + "> 标签：音频、视频和图像映射不在正文允许的 HTML 之内，而且常会从其他网站加载内容。请把文件作为信息的附件，用普通链接引用，如 [视频](视频.mp4)。";
      }
      return null;
    }

    private static boolean unwrapped(String name) {
      return UNWRAPPED.contains(name) || name.indexOf(':') > 0;
    }

    /** Ends of the unwrapped wrappers: a stray end tag too (an inline fragment holds a lone {@code </span>}). */
    private void endTags() {
      Matcher m = UNWRAPPED_END.matcher(text);
      while (m.find()) {
        if (!insideStartTag(m.start())) {
          removed.add(new int[] {m.start(), m.end()});
        }
      }
    }

    /** Whether {@code at} lies inside a start tag (in an attribute value): start tags are in document order. */
    private boolean insideStartTag(int at) {
      int lo = 0;
      int hi = startTags.size() - 1;
      int last = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (startTags.get(mid)[0] < at) {
          last = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return last >= 0 && at < startTags.get(last)[1];
    }

    private int attributeStart(int name, int tag) {
      int s = name;
      while (s > tag + 1 && Character.isWhitespace(text.charAt(s - 1))) {
        s--;
      }
      return s;
    }

    private int attributeEnd(Range.AttributeRange ranges) {
      Range value = ranges.valueRange();
      int end = ranges.nameRange().endPos();
      if (value.isTracked() && value.startPos() >= end && value.endPos() <= text.length()) {
        end = value.endPos();
        char open = value.startPos() > 0 ? text.charAt(value.startPos() - 1) : 0;
        if ((open == '"' || open == '\'') && end < text.length() && text.charAt(end) == open) {
          end++;
        }
      }
      return end;
    }

    /** Removes {@code [from, to)}, written at {@code at}, counted as {@code what}. */
    private void remove(int from, int to, int at, String what, String unit) {
      removed.add(new int[] {from, to});
      debris.merge(what + "\u0000" + unit, 1, Integer::sum);
      if (firstDebris < 0 || at < firstDebris) {
        firstDebris = at;
      }
    }

    private void error(int at, String message) {
      problems.add(new Problem(Math.max(0, at), Rule.HTML_01, message));
    }

    /** The text without the removed ranges (overlapping ones merged). */
    private String cut() {
      removed.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
      StringBuilder out = new StringBuilder(text.length());
      int from = 0;
      for (int[] r : removed) {
        if (r[0] > from) {
          out.append(text, from, r[0]);
        }
        from = Math.max(from, r[1]);
      }
      if (from < text.length()) {
        out.append(text, from, text.length());
      }
      return out.toString();
    }
  }
}
