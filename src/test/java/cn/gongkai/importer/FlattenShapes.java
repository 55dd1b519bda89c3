package cn.gongkai.importer;

import cn.gongkai.diag.UserError;
import cn.gongkai.importer.SourceDoc.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Flattens a rendered report page into the shapes of spec §4, each as the file a user would have (its
 * text) and as the {@link SourceDoc} a reader makes of it.
 *
 * <p>Only what a published page has is kept: the page chrome, the title, the headings and paragraphs,
 * and the official {@code <table>}s. Our page also repeats every number in phone cards ({@code
 * .table-cards}) and adds editorial elements (captions, scroll hints, editor's notes “编者注”, the
 * open-data links, the QR code); a saved county-CMS page has none of them, so they are left out. The
 * empty {@code .group-fill} cell beside a “第二十条第（X）项” title is dropped too: the CMS table has
 * that title as one cell over the whole row.
 *
 * <p>Each file is read by the real readers: {@link Sources} for the saved page, the {@code .txt} and
 * the {@code .md}; the PDF text layer by {@code PdfSource.lines}, the step after PDFBox's text
 * extraction (writing a real PDF would need a CJK font, which a build machine may lack).
 */
final class FlattenShapes {
  /** A page as blocks in reading order: a line of text, or an official table. */
  record Page(List<Object> blocks) {}

  /** {@code chrome}: the web page's own lines (header, navigation, breadcrumb, 索引号 block, footer), which a PDF of the report lacks. */
  record Text(String text, boolean chrome) {}

  record HCell(String text, boolean header, int colspan, int rowspan) {}

  /** An official table's rows as published: each cell's text, kind and merge, merged cells once where they start. */
  record Table(String id, List<List<HCell>> rows) {}

  /** One flattened shape: its name, the file's text and the document its reader makes of it. */
  record Flat(String shape, String text, SourceDoc doc) {}

  private FlattenShapes() {}

  static Page parse(String html) {
    Document d = Jsoup.parse(html);
    List<Object> blocks = new ArrayList<>();
    for (Element e :
        d.select(
            ".site-organ, .site-name, .site-nav li, nav.breadcrumb, .doc-meta > div, article.report h1, article.report section > h2,"
                + " article.report section > p:not(.editor-note), table.report-table, p.signature, footer.site-footer p")) {
      if (e.is("table")) {
        List<List<HCell>> rows = new ArrayList<>();
        for (Element tr : e.select("tr")) {
          List<HCell> cells = new ArrayList<>();
          for (Element c : tr.children()) {
            if (c.hasClass("group-fill")) {
              continue;
            }
            cells.add(new HCell(c.text(), c.is("th") || c.hasClass("note"), span(c, "colspan"), span(c, "rowspan")));
          }
          rows.add(cells);
        }
        blocks.add(new Table(e.id(), rows));
      } else if (e.is("nav")) {
        blocks.add(new Text(String.join(" > ", e.select("li").eachText()), true));
      } else if (e.parent() != null && e.parent().hasClass("doc-meta")) {
        blocks.add(new Text(e.selectFirst("dt").text() + "：" + e.selectFirst("dd").text(), true));
      } else {
        blocks.add(new Text(e.text(), e.closest("article.report") == null));
      }
    }
    return new Page(blocks);
  }

  private static int span(Element c, String attr) {
    String v = c.attr(attr);
    return v.isEmpty() ? 1 : Integer.parseInt(v);
  }

  // ------------------------------------------------------------------ shape 1: the HTML page's tables

  /**
   * Shape 1: the page as a webmaster would save it from the county CMS, read by the real {@link
   * Sources}: our cards, captions, hints, editor's notes, open-data links and QR code removed, a
   * “第二十条第（X）项” title one cell over the row ({@code colspan=4}) instead of beside an empty fill.
   */
  static Flat html(String renderedPage, String name) throws UserError {
    Document d = Jsoup.parse(renderedPage);
    d.select(".table-cards, .editor-note, .scroll-hint, caption, aside.open-data, aside.page-qr, .skip-link, .care-switch, script").remove();
    for (Element fill : d.select("td.group-fill")) {
      Element title = fill.previousElementSibling();
      title.attr("colspan", "4");
      fill.remove();
    }
    String saved = d.outerHtml();
    return new Flat("1-html", saved, Sources.read(name, saved.getBytes(StandardCharsets.UTF_8)));
  }

  // ------------------------------------------------------------------ shape 2a: one cell per line (the seed's shape)

  /**
   * Shape 2a, like the seed {@code 000_fd1e705447a75c82.txt}: every block and every non-empty cell on its
   * own line, an empty line between; full-width （）：，； turned half-width as the seed's copy did. A
   * blank cell leaves no trace.
   */
  static Flat cellPerLine(Page page, String name, Random rnd) throws UserError {
    StringBuilder s = new StringBuilder();
    boolean halfWidth = rnd.nextBoolean();
    for (Object b : page.blocks()) {
      if (b instanceof Text t) {
        s.append(t.text().matches("(索引号|发布机构|公开范围|生成日期|公开日期|公开方式)：.*") ? "• " : "").append(t.text()).append("\n\n");
      } else {
        for (List<HCell> row : ((Table) b).rows()) {
          for (HCell c : row) {
            if (!c.text().isEmpty()) {
              s.append(c.text()).append("\n\n");
            }
          }
        }
      }
    }
    String text = halfWidth ? halfWidth(s.toString()) : s.toString();
    return new Flat("2a-cells", text, text(name, text));
  }

  static String halfWidth(String s) {
    return s.replace('（', '(').replace('）', ')').replace('：', ':').replace('，', ',').replace('；', ';');
  }

  // ------------------------------------------------------------------ shape 2b: one table row per line

  /** Shape 2b: each table row on one line, its non-empty cells separated by a tab or spaces. */
  static Flat rowPerLine(Page page, String name, Random rnd) throws UserError {
    String sep = List.of("\t", " ", "  ", "   ").get(rnd.nextInt(4));
    StringBuilder s = new StringBuilder();
    for (Object b : page.blocks()) {
      if (b instanceof Text t) {
        s.append(t.text()).append('\n');
      } else {
        for (List<HCell> row : ((Table) b).rows()) {
          s.append(String.join(sep, row.stream().map(HCell::text).filter(x -> !x.isEmpty()).toList())).append('\n');
        }
      }
    }
    return new Flat("2b-rows", s.toString(), text(name, s.toString()));
  }

  // ------------------------------------------------------------------ shape 5: glued numbers

  /**
   * Shape 5: as 2b, but the numbers of each table-三 row, and of each group of five in table 四, glued
   * with no separator (“801000081” for 80 | 1 | 0 | 0 | 0 | 0 | 81); labels keep a space before them.
   */
  static Flat glued(Page page, String name) throws UserError {
    StringBuilder s = new StringBuilder();
    for (Object b : page.blocks()) {
      if (b instanceof Text t) {
        s.append(t.text()).append('\n');
        continue;
      }
      Table table = (Table) b;
      for (List<HCell> row : table.rows()) {
        List<String> labels = new ArrayList<>();
        List<String> nums = new ArrayList<>();
        for (HCell c : row) {
          if (c.header()) {
            labels.add(c.text());
          } else if (!c.text().isEmpty()) {
            nums.add(c.text());
          }
        }
        List<String> parts = new ArrayList<>(labels.stream().filter(x -> !x.isEmpty()).toList());
        if (table.id().equals("table-3") && !nums.isEmpty()) {
          parts.add(String.join("", nums));
        } else if (table.id().equals("table-4") && !nums.isEmpty()) {
          // The one data row: groups of five cells (blank cells are gone, so group by the rendered cells).
          List<String> groups = new ArrayList<>();
          for (List<HCell> g : groupsOfFive(row)) {
            String glued = String.join("", g.stream().map(HCell::text).toList());
            if (!glued.isEmpty()) {
              groups.add(glued);
            }
          }
          parts.add(String.join(" ", groups));
        } else {
          parts.addAll(nums);
        }
        s.append(String.join(" ", parts)).append('\n');
      }
    }
    return new Flat("5-glued", s.toString(), text(name, s.toString()));
  }

  private static List<List<HCell>> groupsOfFive(List<HCell> row) {
    List<List<HCell>> out = new ArrayList<>();
    for (int i = 0; i < row.size(); i += 5) {
      out.add(row.subList(i, Math.min(row.size(), i + 5)));
    }
    return out;
  }

  // ------------------------------------------------------------------ shape 3: a PDF's text layer

  /**
   * Shape 3, a PDF's text layer (the report alone, without the web page's chrome): paragraphs wrapped at 36 characters; table columns aligned with runs of
   * spaces (a blank cell is only spaces); header words wrapped over two lines; a long row label wrapped
   * so that its rest comes on the line after the numbers (or, for three pieces, the numbers stand on the
   * middle piece); the group labels (（三）不予公开 …) on a line of their own inside their group; the
   * vertical “三、本年度办理结果” one character per line between rows; a page footer “-3-” inside table 三.
   */
  static Flat pdf(Page page, String name, Random rnd) {
    List<String> out = new ArrayList<>();
    for (Object b : page.blocks()) {
      if (b instanceof Text t) {
        String text = t.text();
        if (t.chrome()) {
          continue;
        }
        if (text.length() > 40 && !text.contains("：")) {
          wrap(out, "    " + text, 36);
        } else {
          out.add(text);
        }
        continue;
      }
      Table table = (Table) b;
      switch (table.id()) {
        case "table-2" -> pdfTable2(out, table);
        case "table-3" -> pdfTable3(out, table, rnd);
        default -> pdfTable4(out, table);
      }
    }
    String text = String.join("\n", out) + "\n";
    return new Flat("3-pdf", text, new SourceDoc(name, Kind.PDF, PdfSource.lines(text)));
  }

  private static final int LABEL = 34;
  private static final int NUM = 9;

  private static void pdfTable2(List<String> out, Table table) {
    for (List<HCell> row : table.rows()) {
      if (row.size() == 1) {
        out.add(row.get(0).text());
      } else if (row.stream().allMatch(HCell::header)) {
        StringBuilder a = new StringBuilder(pad(row.get(0).text(), LABEL - 16));
        StringBuilder c = new StringBuilder(" ".repeat(LABEL - 16));
        for (HCell h : row.subList(1, row.size())) {
          String[] two = splitWord(h.text(), 4);
          a.append("  ").append(padLeft(two[0], 14 * h.colspan() - 2));
          c.append("  ").append(padLeft(two[1], 14 * h.colspan() - 2));
        }
        out.add(a.toString().stripTrailing());
        if (!c.toString().isBlank()) {
          out.add(c.toString().stripTrailing());
        }
      } else {
        StringBuilder a = new StringBuilder(pad(row.get(0).text(), LABEL - 16));
        for (HCell h : row.subList(1, row.size())) {
          a.append("  ").append(padLeft(h.text(), 14 * h.colspan() - 2));
        }
        out.add(a.toString().stripTrailing());
      }
    }
  }

  private static void pdfTable3(List<String> out, Table table, Random rnd) {
    out.add("（本列数据的勾稽关系为：第一项加第二项之和，          申请人情况");
    out.add("等于第三项加第四项之和）                                   法人或其他组织");
    out.add(" ".repeat(LABEL) + "    自然人  商业企业  科研机构  社会公益组织  法律服务机构    其他    总计");
    List<List<HCell>> data = table.rows().subList(3, table.rows().size());
    String vertical = "三、本年度办理结果";
    int footerAt = 3 + rnd.nextInt(data.size() - 4);
    int resultIndex = -1;
    List<String> groupLabel = new ArrayList<>();
    int groupRows = 0;
    int groupPos = 0;
    for (int r = 0; r < data.size(); r++) {
      List<HCell> row = data.get(r);
      List<HCell> labels = row.stream().filter(HCell::header).toList();
      List<HCell> nums = row.stream().filter(c -> !c.header()).toList();
      String label = labels.get(labels.size() - 1).text();
      boolean inResults = false;
      for (HCell l : labels) {
        if (l.text().equals(vertical)) {
          resultIndex = 0;
        } else if (l.rowspan() > 1) {
          groupLabel = new ArrayList<>(List.of(l.text()));
          groupRows = l.rowspan();
          groupPos = 0;
        }
      }
      if (resultIndex >= 0 && !label.startsWith("四、")) {
        inResults = true;
      }
      if (inResults && resultIndex % 2 == 1 && resultIndex / 2 < vertical.length()) {
        out.add(String.valueOf(vertical.charAt(resultIndex / 2)));
      }
      if (groupRows > 0 && groupPos == (groupRows - 1) / 2 && !groupLabel.isEmpty()) {
        out.add("      " + groupLabel.get(0));
        groupLabel.clear();
      }
      StringBuilder numbers = new StringBuilder();
      for (HCell n : nums) {
        numbers.append(padLeft(n.text(), NUM));
      }
      List<String> pieces = pieces(label, 14);
      int at = pieces.size() >= 3 && rnd.nextBoolean() ? 1 : 0;
      for (int i = 0; i < pieces.size(); i++) {
        String indent = inResults ? "  " : "";
        out.add(i == at ? (pad(indent + pieces.get(i), LABEL) + numbers).stripTrailing() : indent + pieces.get(i));
      }
      if (r == footerAt) {
        out.add("");
        out.add(" ".repeat(40) + "-3-");
        out.add("");
      }
      if (inResults) {
        resultIndex++;
      }
      if (groupRows > 0 && ++groupPos >= groupRows) {
        groupRows = 0;
      }
    }
  }

  private static void pdfTable4(List<String> out, Table table) {
    out.add("                 行政复议                                            行政诉讼");
    out.add(" ".repeat(44) + "未经复议直接起诉                       复议后起诉");
    StringBuilder a = new StringBuilder();
    StringBuilder b = new StringBuilder();
    for (int g = 0; g < 3; g++) {
      for (String h : List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")) {
        String[] two = splitWord(h, 2);
        a.append(padLeft(two[0], 7));
        b.append(padLeft(two[1], 7));
      }
    }
    out.add(a.toString().stripTrailing());
    out.add(b.toString().stripTrailing());
    List<HCell> data = table.rows().get(table.rows().size() - 1);
    StringBuilder n = new StringBuilder();
    for (HCell c : data) {
      n.append(padLeft(c.text(), 7));
    }
    out.add(n.toString().stripTrailing());
  }

  /** A label cut into pieces of at most {@code max} characters, the last never shorter than 3. */
  static List<String> pieces(String label, int max) {
    List<String> out = new ArrayList<>();
    String rest = label;
    while (rest.length() > max) {
      int cut = max;
      if (rest.length() - cut < 3) {
        cut = rest.length() - 3;
      }
      out.add(rest.substring(0, cut));
      rest = rest.substring(cut);
    }
    out.add(rest);
    return out;
  }

  private static String[] splitWord(String word, int first) {
    return word.length() > first ? new String[] {word.substring(0, first), word.substring(first)} : new String[] {word, ""};
  }

  private static void wrap(List<String> out, String text, int width) {
    for (int i = 0; i < text.length(); i += width) {
      out.add(text.substring(i, Math.min(text.length(), i + width)));
    }
  }

  /** Display width: CJK and full-width characters count two. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) > 0x2e80 ? 2 : 1;
    }
    return w;
  }

  private static String pad(String s, int w) {
    return s + " ".repeat(Math.max(2, w - width(s)));
  }

  private static String padLeft(String s, int w) {
    return " ".repeat(Math.max(2, w - width(s))) + s;
  }

  // ------------------------------------------------------------------ shape 4: pipe tables from a PDF-to-Markdown converter

  /**
   * Shape 4, as a PDF-to-Markdown converter writes it (from the report's PDF, so without the web
   * page's chrome): each table as a pipe table over its full grid
   * (a merged cell's text where it starts, the cells it covers empty, so labels sit in their own cells
   * and blank cells stay as empty cells), header words broken over two rows (“商业企” / “业”), and now and
   * then a row label on a row of its own with the numbers on the next row.
   */
  static Flat pipes(Page page, String name, Random rnd) throws UserError {
    StringBuilder s = new StringBuilder();
    for (Object b : page.blocks()) {
      if (b instanceof Text t) {
        if (!t.chrome()) {
          s.append(t.text()).append("\n\n");
        }
        continue;
      }
      Table table = (Table) b;
      String[][] grid = grid(table);
      int head = table.id().equals("table-2") ? 0 : 3; // table 二 has a header row per group instead
      boolean first = true;
      for (int r = 0; r < grid.length; r++) {
        String[] row = grid[r];
        boolean headerRow = r < head || (table.id().equals("table-2") && row[0].equals("信息内容"));
        boolean lastHeader = headerRow && (r == head - 1 || table.id().equals("table-2"));
        if (lastHeader) {
          String[] top = row.clone();
          String[] bottom = new String[row.length];
          Arrays.fill(bottom, "");
          for (int c = 0; c < row.length; c++) {
            if (row[c].length() >= 4 && !row[c].equals("信息内容")) {
              top[c] = row[c].substring(0, 3);
              bottom[c] = row[c].substring(3);
            }
          }
          first = pipeRow(s, top, first);
          pipeRow(s, bottom, false);
          continue;
        }
        boolean numbers = !headerRow && Arrays.stream(row).anyMatch(x -> x.matches("[+-]?[0-9.]+"));
        boolean noBlank = table.id().equals("table-3") && numbers && Arrays.stream(row, 3, row.length).noneMatch(String::isEmpty);
        if (noBlank && rnd.nextInt(8) == 0) {
          String[] labels = row.clone();
          String[] values = row.clone();
          for (int c = 0; c < row.length; c++) {
            if (c < 3) {
              values[c] = "";
            } else {
              labels[c] = "";
            }
          }
          first = pipeRow(s, labels, first);
          pipeRow(s, values, false);
        } else {
          first = pipeRow(s, row, first);
        }
      }
      s.append('\n');
    }
    return new Flat("4-pipes", s.toString(), text(name, s.toString()));
  }

  private static boolean pipeRow(StringBuilder s, String[] cells, boolean first) {
    s.append("| ").append(String.join(" | ", cells)).append(" |\n");
    if (first) {
      s.append("|").append("---|".repeat(cells.length)).append('\n');
    }
    return false;
  }

  /** The table's full grid: each merged cell's text where it starts, the positions it covers empty. */
  static String[][] grid(Table table) {
    int cols = 0;
    for (HCell c : table.rows().get(table.rows().size() - 1)) {
      cols += c.colspan();
    }
    List<String[]> rows = new ArrayList<>();
    List<int[]> covered = new ArrayList<>();
    for (int r = 0; r < table.rows().size(); r++) {
      while (rows.size() <= r) {
        rows.add(filled(cols));
        covered.add(new int[cols]);
      }
      int c = 0;
      for (HCell cell : table.rows().get(r)) {
        while (c < cols && covered.get(r)[c] == 1) {
          c++;
        }
        for (int dr = 0; dr < cell.rowspan(); dr++) {
          while (rows.size() <= r + dr) {
            rows.add(filled(cols));
            covered.add(new int[cols]);
          }
          for (int dc = 0; dc < cell.colspan() && c + dc < cols; dc++) {
            covered.get(r + dr)[c + dc] = 1;
          }
        }
        if (c < cols) {
          rows.get(r)[c] = cell.text();
        }
        c += cell.colspan();
      }
    }
    return rows.subList(0, table.rows().size()).toArray(new String[0][]);
  }

  private static String[] filled(int n) {
    String[] a = new String[n];
    Arrays.fill(a, "");
    return a;
  }

  // ------------------------------------------------------------------ text → SourceDoc, by the real readers

  /** A text file ({@code .txt}, or {@code .md} for the pipe tables) as the real {@link Sources} reads it. */
  static SourceDoc text(String name, String text) throws UserError {
    return Sources.read(name, text.getBytes(StandardCharsets.UTF_8));
  }
}
