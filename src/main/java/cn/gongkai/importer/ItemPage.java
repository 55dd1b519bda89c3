package cn.gongkai.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * A saved page of a county CMS, read as a browser would (its declared charset, GBK and GB2312 read as
 * GB18030, their superset), split into the metadata block (label/value pairs in a table, a list, or
 * “label：value” in one element), the title and the article's content container.
 */
final class ItemPage {
  /** Front-matter key (or {@code topic}, kept as a comment) → the labels county CMS pages use for it. */
  static final Map<String, List<String>> LABELS = new LinkedHashMap<>();

  static {
    LABELS.put("title", List.of("名称", "标题", "信息名称", "文件名称", "文章标题"));
    LABELS.put("index_no", List.of("索引号", "信息索引号", "索引编号"));
    LABELS.put("publisher", List.of("发布机构", "发文机关", "发布单位", "发文单位", "发文机构", "发布部门"));
    LABELS.put("generated", List.of("成文日期", "生成日期", "产生日期", "形成日期", "制发日期", "发文日期"));
    LABELS.put("published", List.of("发布日期", "公开日期", "发布时间", "公开时间", "发表日期", "发表时间"));
    LABELS.put("doc_no", List.of("文号", "发文字号", "文件编号", "发文文号"));
    LABELS.put("validity", List.of("有效性", "是否有效", "时效性"));
    LABELS.put("topic", List.of("主题分类", "组配分类", "信息分类", "体裁分类"));
    LABELS.put("scope", List.of("公开范围"));
    LABELS.put("channel", List.of("公开方式", "公开形式"));
    LABELS.put("summary", List.of("内容概述"));
  }

  private static final String SPACE = "[\\s\\u3000\\u00a0]";
  /** Every label, spaces allowed between its characters (“索 引 号”, “文　　号”), longest first. */
  private static final Pattern LABEL;
  private static final Map<String, String> KEY_OF = new LinkedHashMap<>();

  static {
    List<String> all = new ArrayList<>();
    LABELS.forEach((key, labels) -> labels.forEach(l -> {
      all.add(l);
      KEY_OF.put(l, key);
    }));
    all.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder alt = new StringBuilder();
    for (String l : all) {
      if (alt.length() > 0) {
        alt.append('|');
      }
      alt.append(String.join(SPACE + "*", l.codePoints().mapToObj(Character::toString).map(Pattern::quote).toList()));
    }
    // At the start of a text or after a separator; a colon after it, or nothing more in this text.
    LABEL = Pattern.compile("(?:^|(?<=[\\s\\u3000\\u00a0|｜;；,，】\\]]))(" + alt + ")" + SPACE + "*(?:[：:]|$)");
  }

  private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(https?://\\S+)", Pattern.CASE_INSENSITIVE);
  /** Navigation, share buttons, QR codes, footers: never the article (by tag, or a word of class or id). */
  private static final Set<String> CHROME_TAGS = Set.of("nav", "header", "footer", "aside", "script", "style", "noscript", "form", "iframe", "button", "select", "input", "textarea", "object", "embed", "svg", "template", "head", "title");
  private static final Pattern CHROME_CLASS =
      Pattern.compile("(?:^|[\\s_-])(nav|navbar|menu|footer|foot|header|share|bdshare|qrcode|erweima|ewm|print|crumb|crumbs|breadcrumb|position|location|copyright|sidebar|related|pager|pagination|toolbar)(?:$|[\\s_-])", Pattern.CASE_INSENSITIVE);
  private static final Pattern JUNK =
      Pattern.compile("扫一扫|分享到|打印本页|【打印|关闭窗口|【关闭|字体[：:]|字号[：:]|上一篇|下一篇|浏览次数|访问量|点击数|阅读次数|返回顶部|加入收藏|我要纠错|当前位置|您现在的位置|您的位置");
  static final Set<String> BLOCK_TAGS =
      Set.of("p", "div", "section", "article", "main", "center", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "figure", "figcaption");
  private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "pre", "blockquote", "figcaption");

  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0\\u200b\\ufeff]+");
  private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
  private static final Pattern LEADING_COLONS = Pattern.compile("^[：:\\s]+");
  private static final Pattern BARE = Pattern.compile("[\\s\\u3000\\u00a0：:]");
  /** Metadata is in short texts; a longer one is a paragraph of the body (and costly to search). */
  private static final int PAIR_TEXT_LIMIT = 400;

  /** Where a label is a search field's or a menu's, never a pair of this page. */
  private static final Set<String> NO_PAIRS = Set.of("script", "style", "noscript", "title", "head", "option", "select", "form", "nav", "footer", "button", "textarea");
  /** A metadata value is short; a longer “value” is text that happened to follow a label word. */
  private static final int VALUE_LIMIT = 120;

  /** One label found: its key, the value read for it, and the element that holds label and value. */
  record Pair(String key, String label, String value, Element anchor, int covered) {}

  final Document doc;
  /** The page's address as saved ({@code saved from url}, canonical link, og:url), or empty. */
  final String baseUrl;
  final List<Pair> pairs = new ArrayList<>();
  /** The first value of each key. */
  final Map<String, String> meta = new LinkedHashMap<>();
  /** The metadata block and the page's chrome: left out of the body. */
  final Set<Element> excluded = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
  String title = "";
  Element content;

  private ItemPage(Document doc, String baseUrl) {
    this.doc = doc;
    this.baseUrl = baseUrl;
  }

  /** {@code html}: the page's text, decoded as the report importer decodes a saved page ({@link HtmlSource#decode}). */
  static ItemPage parse(String html) {
    Document doc = Jsoup.parse(html);
    ItemPage page = new ItemPage(doc, baseUrl(doc, html));
    page.readPairs();
    page.excludeChrome();
    page.excludeMetadata();
    page.findTitle();
    page.findContent();
    return page;
  }

  private static String baseUrl(Document doc, String html) {
    Matcher m = SAVED_FROM.matcher(html.substring(0, Math.min(html.length(), 4096)));
    if (m.find()) {
      return m.group(1);
    }
    for (String css : List.of("link[rel=canonical]", "meta[property=og:url]", "base[href]")) {
      Element e = doc.selectFirst(css);
      if (e != null) {
        String url = e.hasAttr("href") ? e.attr("href") : e.attr("content");
        if (url.startsWith("http://") || url.startsWith("https://")) {
          return url;
        }
      }
    }
    return "";
  }

  /** Text with its runs of white space (full-width and no-break included) as one space, stripped. */
  static String clean(String s) {
    return CONTROL.matcher(SPACES.matcher(s).replaceAll(" ")).replaceAll("").strip();
  }

  private static String stripColons(String s) {
    return LEADING_COLONS.matcher(clean(s)).replaceFirst("").strip();
  }

  private void readPairs() {
    for (TextNode t : allTexts()) {
      if (inside(t, NO_PAIRS)) {
        continue;
      }
      String text = clean(t.text());
      if (text.length() > PAIR_TEXT_LIMIT) {
        continue;
      }
      Matcher m = LABEL.matcher(text);
      List<int[]> found = new ArrayList<>();
      while (m.find()) {
        found.add(new int[] {m.start(1), m.end(1), m.end()});
      }
      for (int i = 0; i < found.size(); i++) {
        int[] f = found.get(i);
        String label = text.substring(f[0], f[1]).replaceAll(SPACE, "");
        String key = KEY_OF.get(label);
        String value = stripColons(text.substring(f[2], i + 1 < found.size() ? found.get(i + 1)[0] : text.length()));
        Element anchor = t.parent() != null ? t.parent() : doc.body();
        if (value.isEmpty() && i == found.size() - 1) {
          // The label alone: its value follows it, or follows the element that holds only the label
          // (<b> in <td>: the next cell), climbing while the holder has nothing else in it.
          Node from = t;
          while (true) {
            value = following(from);
            Element holder = from.parent() instanceof Element e ? e : null;
            if (!value.isEmpty() || holder == null || holder == doc.body() || !bare(holder.text()).equals(bare(text))) {
              if (value.isEmpty() && from instanceof Element cell && Set.of("td", "th").contains(cell.normalName())) {
                value = below(cell); // labels in a header row, values in the row under it
              }
              anchor = holder == null || holder == doc.body() ? anchor : holder;
              break;
            }
            from = holder;
          }
        }
        if (value.length() > (key.equals("summary") ? 400 : VALUE_LIMIT)) {
          value = "";
        }
        pairs.add(new Pair(key, label, value, anchor, label.length() + value.length() + 1));
        if (!value.isEmpty()) {
          meta.putIfAbsent(key, value);
        }
      }
    }
  }

  /** The text after {@code start} among its siblings, up to the next label; a label-only cell's next cell. */
  private String following(Node start) {
    StringBuilder value = new StringBuilder();
    for (Node n = start.nextSibling(); n != null; n = n.nextSibling()) {
      String text = n instanceof TextNode t ? t.text() : n instanceof Element e ? e.text() : "";
      String stripped = stripColons(text);
      if (stripped.isEmpty()) {
        continue;
      }
      Matcher m = LABEL.matcher(clean(text));
      if (m.find()) {
        if (m.start(1) > 0) {
          value.append(clean(text).substring(0, m.start(1)));
        }
        break;
      }
      value.append(' ').append(text);
      if (n instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
        break; // one cell, one list item: the next one is another pair
      }
    }
    return stripColons(value.toString());
  }

  /** The cell under {@code cell} in the next row, when that row holds values (no label). */
  private static String below(Element cell) {
    Element row = cell.parent();
    Element table = cell.closest("table");
    if (table == null || table.select("tr").size() > 4) {
      return ""; // a longer table is data in the body, with 文号 or 发布日期 as a column's header
    }
    Element next = row == null ? null : row.nextElementSibling();
    if (next == null || !next.normalName().equals("tr") || LABEL.matcher(clean(next.text())).find()) {
      return "";
    }
    int column = cell.elementSiblingIndex();
    return column < next.childrenSize() ? stripColons(next.child(column).text()) : "";
  }

  private static boolean inside(Node n, Set<String> tags) {
    for (Node p = n.parentNode(); p != null; p = p.parentNode()) {
      if (p instanceof Element e && tags.contains(e.normalName())) {
        return true;
      }
    }
    return false;
  }

  private void excludeChrome() {
    for (Element e : doc.body().getAllElements()) {
      if (CHROME_TAGS.contains(e.normalName()) || CHROME_CLASS.matcher(e.className() + " " + e.id()).find()) {
        excluded.add(e);
      }
    }
    // “扫一扫”, “【打印本页】”: the widest element around such a text that is still short.
    for (TextNode t : allTexts()) {
      if (t.text().length() < 200 && JUNK.matcher(t.text()).find()) {
        Element widest = null;
        for (Element up = t.parent(); up != null && up != doc.body(); up = up.parent()) {
          if (clean(up.text()).length() >= 80) {
            break;
          }
          widest = up;
        }
        if (widest != null) {
          excluded.add(widest);
        }
      }
    }
  }

  private List<TextNode> allTexts() {
    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode t && !t.isBlank()) {
        texts.add(t);
      }
    }, doc.body());
    return texts;
  }

  /** Each pair's block, widened while what it holds is mostly label/value text (a whole metadata table). */
  private void excludeMetadata() {
    for (Pair p : pairs) {
      if (p.value().isEmpty()) {
        continue; // a column header of a table in the body (文号, 发布日期), not a pair
      }
      Element block = p.anchor();
      while (block != null && !BLOCK_TAGS.contains(block.normalName()) && block != doc.body()) {
        block = block.parent();
      }
      if (block == null || block == doc.body()) {
        block = p.anchor();
      }
      Element widest = clean(block.text()).length() <= 2 * p.covered() + 20 ? block : null;
      for (Element up = block.parent(); up != null && up != doc.body(); up = up.parent()) {
        int covered = 0;
        for (Pair q : pairs) {
          if (!q.value().isEmpty() && (q.anchor() == up || q.anchor().parents().contains(up))) {
            covered += q.covered();
          }
        }
        if (clean(up.text()).length() <= covered * 1.5 + 20) {
          widest = up;
        } else {
          break;
        }
      }
      if (widest != null) {
        excluded.add(widest);
      }
    }
  }

  private void findTitle() {
    String labelled = meta.getOrDefault("title", "");
    if (!labelled.isEmpty()) {
      title = labelled;
      return;
    }
    for (String css : List.of("h1", ".title, .article-title, .con-title, #title, .bt, .tit", "h2", "h3")) {
      for (Element e : doc.body().select(css)) {
        String text = clean(e.text());
        if (!text.isEmpty() && text.length() <= 120 && !isExcluded(e)) {
          title = text;
          return;
        }
      }
    }
    Element head = doc.selectFirst("title");
    if (head != null) {
      // “名称_县人民政府门户网站” or “名称 - 网站”: the part before the site's name.
      title = clean(head.text()).split("\\s*[_|｜]\\s*|\\s+[-—–]\\s+")[0].strip();
    }
  }

  boolean isExcluded(Element e) {
    for (Element p = e; p != null; p = p.parent()) {
      if (excluded.contains(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The element holding most paragraph text: a paragraph's text counts for its parent, half for its
   * grandparent; a container's own text counts for itself, half for its parent (readability's scoring).
   */
  private void findContent() {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element e : doc.body().getAllElements()) {
      if (isExcluded(e)) {
        continue;
      }
      int own = 0;
      for (TextNode t : e.textNodes()) {
        own += clean(t.text()).length();
      }
      if (own == 0) {
        continue;
      }
      if (PARAGRAPH_TAGS.contains(e.normalName())) {
        add(score, blockParent(e), own);
        Element gp = blockParent(e) == null ? null : blockParent(blockParent(e));
        add(score, gp, own / 2.0);
      } else {
        Element block = BLOCK_TAGS.contains(e.normalName()) ? e : blockParent(e);
        if (block != null && PARAGRAPH_TAGS.contains(block.normalName())) {
          add(score, blockParent(block), own);
          continue;
        }
        add(score, block, own);
        add(score, block == null ? null : blockParent(block), own / 2.0);
      }
    }
    content = score.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    // A data table's cells are part of the article, not the article: the article is what holds the table.
    for (Element table = content == null ? null : content.closest("table"); table != null && isDataTable(table); table = content.closest("table")) {
      content = blockParent(table);
    }
  }

  /** Rows of two or more cells and no table inside: data, kept as a table (else a layout table, read as blocks). */
  static boolean isDataTable(Element table) {
    List<Element> rows = table.select("tr").stream().filter(tr -> tr.closest("table") == table).toList();
    int widest = rows.stream().mapToInt(tr -> tr.select("> td, > th").size()).max().orElse(0);
    return rows.size() >= 2 && widest >= 2 && table.select("table table").isEmpty() && table.select("table").size() == 1;
  }

  private Element blockParent(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == doc.body() || BLOCK_TAGS.contains(p.normalName()) && !Set.of("tbody", "thead", "tfoot", "tr").contains(p.normalName())) {
        return p == doc.body() ? doc.body() : p;
      }
    }
    return doc.body();
  }

  private static void add(Map<Element, Double> score, Element e, double n) {
    if (e != null) {
      score.merge(e, n, Double::sum);
    }
  }

  /** How many different values a label of {@code key} has: more than two dates is a list page. */
  long occurrences(String key) {
    return pairs.stream().filter(p -> p.key().equals(key) && !p.value().isEmpty()).map(Pair::value).distinct().count();
  }

  private static String bare(String s) {
    return BARE.matcher(s).replaceAll("");
  }
}
