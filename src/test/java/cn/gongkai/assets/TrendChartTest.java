package cn.gongkai.assets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.yaml.Num;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * {@link TrendChart#svg}: each chart of the four synthetic years ({@link TrendsTest}) parsed as XML and
 * read back — every bar's label is the data, every gap year has no bar but its word, the accessible name
 * and description are there, nothing is fetched or run, and the same trend gives the same text.
 */
class TrendChartTest {
  static final String PREFIX = "trend-";

  @Test
  void barsAndGapsSayWhatTheDataSays() throws Exception {
    for (Trend t : Trends.of(TrendsTest.reports())) {
      Element svg = parse(TrendChart.svg(t, PREFIX));
      List<Element> years = children(svg, "g", "trend-year");
      assertEquals(t.points().size(), years.size(), t.id());
      for (int i = 0; i < years.size(); i++) {
        TrendPoint p = t.points().get(i);
        Element g = years.get(i);
        String where = t.id() + " " + p.year();
        assertEquals(p.year() + "年", only(g, "text", "year").getTextContent(), where);
        if (p.isGap()) {
          assertTrue(children(g, "rect", "bar").isEmpty(), where + ": a gap has no bar");
          assertFalse(only(g, "rect", "gap").getAttribute("stroke-dasharray").isEmpty(), where + ": dashed outline");
          assertEquals(expectedWord(p), only(g, "text", "gap-word").getTextContent(), where);
          assertTrue(children(g, "text", "value").isEmpty(), where);
        } else {
          Element bar = only(g, "rect", "bar");
          assertTrue(Double.parseDouble(bar.getAttribute("height")) > 0, where + ": visible, even at 0");
          assertEquals(Num.plain(p.value()), only(g, "text", "value").getTextContent(), where);
          assertTrue(children(g, "rect", "gap").isEmpty(), where);
        }
      }
    }
  }

  @Test
  void barHeightsAreProportionalToTheValues() throws Exception {
    Trend licensing = trend("licensing"); // 7, 9, 12, 20 → axis 0..20 in steps of 5
    Element svg = parse(TrendChart.svg(licensing, PREFIX));
    List<Element> bars = new ArrayList<>();
    children(svg, "g", "trend-year").forEach(g -> bars.add(only(g, "rect", "bar")));
    double tallest = Double.parseDouble(bars.get(3).getAttribute("height"));
    int[] values = {7, 9, 12, 20};
    for (int i = 0; i < 4; i++) {
      assertEquals(values[i] / 20.0, Double.parseDouble(bars.get(i).getAttribute("height")) / tallest, 0.01, "bar " + i);
    }
    assertEquals(List.of("0", "5", "10", "15", "20"), texts(svg, "tick"));
  }

  @Test
  void titleAndDescNameTheChart_andDescListsEveryYear() throws Exception {
    for (Trend t : Trends.of(TrendsTest.reports())) {
      Element svg = parse(TrendChart.svg(t, PREFIX));
      assertEquals("img", svg.getAttribute("role"));
      Element title = only(svg, "title", null);
      Element desc = only(svg, "desc", null);
      assertEquals(t.title(), title.getTextContent());
      assertEquals(PREFIX + t.id() + "-title " + PREFIX + t.id() + "-desc", svg.getAttribute("aria-labelledby"));
      assertEquals(PREFIX + t.id() + "-title", title.getAttribute("id"));
      assertEquals(PREFIX + t.id() + "-desc", desc.getAttribute("id"));
      for (TrendPoint p : t.points()) {
        String said = p.isGap() ? p.year() + "年 " + expectedWord(p) + "（" : p.year() + "年 " + Num.plain(p.value()) + " 件";
        assertTrue(desc.getTextContent().contains(said), t.id() + ": " + desc.getTextContent() + " lacks " + said);
      }
    }
    assertEquals("2019年 5 件；2020年 空白（原表空白）；2021年 7 件；2022年 2 件。", TrendChart.desc(trend("received")));
    assertEquals(
        "2019年 1 件；2020年 待核对（数字尚未核对）；2021年 1 件；2022年 空白（原表空白）。", TrendChart.desc(trend("litigation")));
    assertEquals(
        "2019年 无此项（该年采用2019年试行格式）；2020年 无此项（该年采用2019年试行格式）；2021年 0 件；2022年 空白（原表空白）。",
        TrendChart.desc(trend("regulations_in_force")));
  }

  @Test
  void idsAreUniqueOnAPageOfEveryChart() throws Exception {
    Set<String> ids = new HashSet<>();
    for (Trend t : Trends.of(TrendsTest.reports())) {
      NodeList all = parse(TrendChart.svg(t, PREFIX)).getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        String id = ((Element) all.item(i)).getAttribute("id");
        assertTrue(id.isEmpty() || ids.add(id), "id " + id + " twice");
      }
    }
    assertEquals(2 * TrendsTest.ORDER.size(), ids.size());
  }

  @Test
  void nothingFetchedOrRun() throws Exception {
    for (Trend t : Trends.of(TrendsTest.reports())) {
      String svg = TrendChart.svg(t, PREFIX);
      assertFalse(svg.startsWith("<?xml"), "inlined: no XML declaration");
      assertTrue(svg.startsWith("<svg "), svg);
      for (String banned : List.of("href", "xlink", "<script", "<image", "<foreignObject", "url(", "@import", "<style")) {
        assertFalse(svg.contains(banned), t.id() + " contains " + banned);
      }
      NodeList all = parse(svg).getOwnerDocument().getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        NamedNodeMap attrs = all.item(i).getAttributes();
        for (int k = 0; k < attrs.getLength(); k++) {
          String name = attrs.item(k).getNodeName();
          assertFalse(name.startsWith("on") || name.contains("href"), t.id() + ": attribute " + name);
        }
      }
    }
  }

  @Test
  void sameTrendSameText() {
    for (Trend t : Trends.of(TrendsTest.reports())) {
      assertEquals(TrendChart.svg(t, PREFIX), TrendChart.svg(t, PREFIX));
    }
    assertEquals(TrendChart.svg(Trends.of(TrendsTest.reports()).get(0), PREFIX), TrendChart.svg(Trends.of(TrendsTest.reports()).get(0), PREFIX));
  }

  @Test
  void allZeroStillHasAnAxisAndVisibleZeroMarks() throws Exception {
    Trend coercionLike = synthetic("zero", List.of(0, 0, 0));
    Element svg = parse(TrendChart.svg(coercionLike, PREFIX));
    assertEquals(List.of("0", "1", "2", "3", "4", "5"), texts(svg, "tick"));
    for (Element g : children(svg, "g", "trend-year")) {
      assertTrue(Double.parseDouble(only(g, "rect", "bar").getAttribute("height")) >= 2);
      assertEquals("0", only(g, "text", "value").getTextContent());
    }
    Element allGaps = parse(TrendChart.svg(synthetic("gaps", List.of(TrendPoint.BLANK, TrendsTest.FORMAT_GAP)), PREFIX));
    assertEquals(List.of("0", "1", "2", "3", "4", "5"), texts(allGaps, "tick"), "only gaps: the same empty axis");
  }

  @Test
  void readableAt320PixelsWithTenYears() throws Exception {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      values.add(i == 4 ? TrendPoint.TO_VERIFY : (Object) (i * 137 + 3));
    }
    Trend ten = synthetic("ten", values);
    String text = TrendChart.svg(ten, PREFIX);
    Element svg = parse(text);
    String[] box = svg.getAttribute("viewBox").split(" ");
    assertEquals("320", box[2], "320 units wide: a 12-unit font is 12 px on a 320 px phone");
    assertEquals("100%", svg.getAttribute("width"));
    assertTrue(svg.getAttribute("class").contains("trend-chart"));
    Matcher sizes = Pattern.compile("font-size=\"([0-9.]+)\"").matcher(text);
    int found = 0;
    while (sizes.find()) {
      found++;
      assertTrue(Double.parseDouble(sizes.group(1)) >= 12, sizes.group());
    }
    assertTrue(found > 0);
    double width = Double.parseDouble(box[2]);
    double height = Double.parseDouble(box[3]);
    NodeList all = svg.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      for (String a : List.of("x", "x1", "x2")) {
        if (e.hasAttribute(a)) {
          double v = Double.parseDouble(e.getAttribute(a));
          assertTrue(v >= 0 && v <= width, e.getTagName() + " " + a + "=" + v);
        }
      }
      for (String a : List.of("y", "y1", "y2")) {
        if (e.hasAttribute(a)) {
          double v = Double.parseDouble(e.getAttribute(a));
          assertTrue(v >= 0 && v <= height, e.getTagName() + " " + a + "=" + v);
        }
      }
    }
    List<Element> years = children(svg, "g", "trend-year");
    assertEquals(10, years.size());
    assertEquals("待核对", only(years.get(4), "text", "gap-word").getTextContent());
    assertEquals("1236", only(years.get(9), "text", "value").getTextContent());
  }

  @Test
  void decimalsWithoutTrailingZeros_andRoundTicks() throws Exception {
    Trend t = synthetic("fees", List.of(new BigDecimal("0.0920"), new BigDecimal("1.50"), new BigDecimal("3")));
    Element svg = parse(TrendChart.svg(t, PREFIX));
    List<String> labels = new ArrayList<>();
    children(svg, "g", "trend-year").forEach(g -> labels.add(only(g, "text", "value").getTextContent()));
    assertEquals(List.of("0.092", "1.5", "3"), labels);
    assertEquals(List.of("0", "1", "2", "3"), texts(svg, "tick"));
    // the smallest of 1, 2, 5 × 10ⁿ covering the largest value in at most five intervals
    assertEquals("0.02", step("0.092", false));
    assertEquals("2", step("7", true));
    assertEquals("5", step("12", true));
    assertEquals("1", step("1", true));
    assertEquals("1", step("5", true));
    assertEquals("20", step("100", true));
    assertEquals("500", step("1236", true));
  }

  @Test
  void noYearsStillAValidChart() throws Exception {
    Element svg = parse(TrendChart.svg(synthetic("none", List.of()), PREFIX));
    assertEquals("没有年报数据。", only(svg, "desc", null).getTextContent());
    assertTrue(children(svg, "g", "trend-year").isEmpty());
  }

  @Test
  void everyChartInlinedInAPageIsValidHtml() throws Exception {
    StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>年报</title></head><body>");
    for (Trend t : Trends.of(TrendsTest.reports())) {
      page.append("<figure><figcaption>").append(t.title()).append("</figcaption>").append(TrendChart.svg(t, PREFIX)).append("</figure>");
    }
    page.append(TrendChart.svg(synthetic("ten", List.of(1, 22, 333, 4444, TrendPoint.BLANK, 6, 7, 8, 9, 10)), PREFIX));
    page.append("</body></html>");
    assertEquals(List.of(), validate(page.toString()));
    assertFalse(validate(page.toString().replace("<rect class=\"bar\"", "<rect bogus=\"1\" class=\"bar\"")).isEmpty(), "the checker checks SVG");
  }

  // ---- helpers

  /** Problems the Nu HTML Checker (validator.w3.org/nu's engine) finds in {@code html}. */
  static List<String> validate(String html) throws Exception {
    List<String> problems = new ArrayList<>();
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            problems.add("warning " + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void error(SAXParseException e) {
            problems.add("error " + e.getColumnNumber() + " " + e.getMessage());
          }

          @Override
          public void fatalError(SAXParseException e) {
            problems.add("fatal " + e.getColumnNumber() + " " + e.getMessage());
          }
        };
    SimpleDocumentValidator validator = new SimpleDocumentValidator();
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, true, false);
    InputSource input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    input.setEncoding("UTF-8");
    validator.checkHtmlInputSource(input);
    return problems;
  }

  static String step(String max, boolean integers) {
    return Num.plain(TrendChart.niceStep(new BigDecimal(max), integers));
  }

  /** Spelled out here, not read from {@link TrendPoint#word}, so a changed word fails the test. */
  static String expectedWord(TrendPoint p) {
    if (p.gap().equals(TrendPoint.BLANK)) {
      return "空白";
    }
    return p.gap().equals(TrendPoint.TO_VERIFY) ? "待核对" : "无此项";
  }

  static Trend trend(String id) {
    return Trends.of(TrendsTest.reports()).stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }

  /** A trend over years from 2015 on: an Integer or BigDecimal is a value, a String a gap's reason. */
  static Trend synthetic(String id, List<?> values) {
    List<TrendPoint> points = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      int year = 2015 + i;
      if (v instanceof String reason) {
        points.add(new TrendPoint(year, null, reason));
      } else {
        points.add(new TrendPoint(year, v instanceof BigDecimal d ? d : BigDecimal.valueOf((Integer) v), ""));
      }
    }
    return new Trend(id, "测试", "测试图" + id, "件", points, TrendNote.of(points));
  }

  static Element parse(String svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", d.getDocumentElement().getTagName());
    return d.getDocumentElement();
  }

  /** Descendants named {@code tag} whose class is {@code cls} (any class when null). */
  static List<Element> children(Element in, String tag, String cls) {
    List<Element> out = new ArrayList<>();
    NodeList list = in.getElementsByTagName(tag);
    for (int i = 0; i < list.getLength(); i++) {
      Element e = (Element) list.item(i);
      if (cls == null || e.getAttribute("class").equals(cls)) {
        out.add(e);
      }
    }
    return out;
  }

  static Element only(Element in, String tag, String cls) {
    List<Element> found = children(in, tag, cls);
    assertEquals(1, found.size(), tag + "." + cls);
    return found.get(0);
  }

  static List<String> texts(Element in, String cls) {
    return children(in, "text", cls).stream().map(Element::getTextContent).toList();
  }
}
