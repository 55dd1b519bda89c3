package cn.gongkai.assets;

import cn.gongkai.yaml.Num;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Trend} as an inline SVG bar chart, drawn at build time: one bar per year with its value
 * written above it, years under the x axis, round ticks from 0 and the unit on the y axis. A gap year
 * has no bar but a dashed outline and its word (空白 / 待核对 / 无此项), never a 0 bar. Black on white,
 * no meaning in colour, so it prints; 320 user units wide with 12-unit text, so at 320 px or more on a
 * phone every label is at least 12 px. No script, font or any external reference: it is inlined into
 * the page, where CSS may cap its width through the {@code trend-chart} class.
 */
public final class TrendChart {
  static final int WIDTH = 320;
  static final int FONT = 12;
  private static final int PLOT_HEIGHT = 120;
  /** Line height of a gap's word written one character a line. */
  private static final int LINE = FONT + 2;
  private static final int RIGHT = 6;
  private static final int UNIT_LINE = 20;
  private static final String BAR_FILL = "#333";
  private static final String GRID = "#888";

  private TrendChart() {}

  /** The chart; its {@code <title>} and {@code <desc>} ids are {@code idPrefix + t.id() + "-title"/"-desc"}. */
  public static String svg(Trend t, String idPrefix) {
    Layout l = Layout.of(t);
    String id = idPrefix + t.id();
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"trend-chart\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(n(l.height())).append("\" width=\"100%\" role=\"img\" aria-labelledby=\"")
        .append(attr(id + "-title")).append(' ').append(attr(id + "-desc")).append("\">");
    s.append("<title id=\"").append(attr(id + "-title")).append("\">").append(text(t.title())).append("</title>");
    s.append("<desc id=\"").append(attr(id + "-desc")).append("\">").append(text(desc(t))).append("</desc>");
    s.append("<g font-family=\"sans-serif\" font-size=\"").append(FONT).append("\" fill=\"#000\">");
    axis(s, t, l);
    for (int i = 0; i < t.points().size(); i++) {
      year(s, t.points().get(i), l, i);
    }
    s.append("</g></svg>");
    return s.toString();
  }

  /** The numbers in words: “2019年 3 件；2020年 空白（原表空白）；2021年 5 件。” */
  static String desc(Trend t) {
    if (t.points().isEmpty()) {
      return "没有年报数据。";
    }
    List<String> parts = new ArrayList<>();
    for (TrendPoint p : t.points()) {
      String what = p.isGap() ? p.word() + "（" + shortReason(p) + "）" : Num.plain(p.value()) + " " + t.unit();
      parts.add(p.year() + "年 " + what);
    }
    return String.join("；", parts) + "。";
  }

  private static String shortReason(TrendPoint p) {
    if (p.gap().equals(TrendPoint.TO_VERIFY)) {
      return "数字尚未核对";
    }
    int comma = p.gap().indexOf('，');
    return comma < 0 ? p.gap() : p.gap().substring(0, comma);
  }

  // ---- drawing

  private static void axis(StringBuilder s, Trend t, Layout l) {
    s.append("<text x=\"2\" y=\"14\">单位：").append(text(t.unit())).append("</text>");
    for (BigDecimal tick = BigDecimal.ZERO; tick.compareTo(l.top()) <= 0; tick = tick.add(l.step())) {
      double y = l.y(tick);
      if (tick.signum() > 0) {
        s.append("<line x1=\"").append(n(l.left())).append("\" y1=\"").append(n(y)).append("\" x2=\"").append(WIDTH - RIGHT)
            .append("\" y2=\"").append(n(y)).append("\" stroke=\"").append(GRID).append("\" stroke-width=\"0.75\" stroke-dasharray=\"2 2\"/>");
      }
      s.append("<text class=\"tick\" x=\"").append(n(l.left() - 4)).append("\" y=\"").append(n(y + 4))
          .append("\" text-anchor=\"end\">").append(Num.plain(tick)).append("</text>");
    }
    s.append("<line x1=\"").append(n(l.left())).append("\" y1=\"").append(n(l.plotTop())).append("\" x2=\"").append(n(l.left()))
        .append("\" y2=\"").append(n(l.base())).append("\" stroke=\"#000\"/>");
    s.append("<line x1=\"").append(n(l.left())).append("\" y1=\"").append(n(l.base())).append("\" x2=\"").append(WIDTH - RIGHT)
        .append("\" y2=\"").append(n(l.base())).append("\" stroke=\"#000\"/>");
  }

  /** One year: its bar and value, or its dashed placeholder and word; then the year under the axis. */
  private static void year(StringBuilder s, TrendPoint p, Layout l, int i) {
    double cx = l.center(i);
    s.append("<g class=\"trend-year\">");
    if (p.isGap()) {
      gap(s, p, l, cx);
    } else {
      bar(s, p.value(), l, cx);
    }
    String label = p.year() + "年";
    double y = l.base() + (l.yearsTurned() ? 10 : FONT + 4);
    double x = l.yearsTurned() ? cx + 3 : cx;
    s.append("<text class=\"year\" x=\"").append(n(x)).append("\" y=\"").append(n(y)).append('"');
    if (l.yearsTurned()) {
      s.append(" text-anchor=\"end\" transform=\"rotate(-45 ").append(n(x)).append(' ').append(n(y)).append(")\"");
    } else {
      s.append(" text-anchor=\"middle\"");
    }
    s.append('>').append(label).append("</text></g>");
  }

  /** A bar; 0 (or a value too small to see) still shows a 2-unit mark on the baseline. */
  private static void bar(StringBuilder s, BigDecimal value, Layout l, double cx) {
    double h = Math.max(2, l.base() - l.y(value.max(BigDecimal.ZERO)));
    double top = l.base() - h;
    s.append("<rect class=\"bar\" x=\"").append(n(cx - l.barWidth() / 2)).append("\" y=\"").append(n(top))
        .append("\" width=\"").append(n(l.barWidth())).append("\" height=\"").append(n(h)).append("\" fill=\"").append(BAR_FILL).append("\"/>");
    // Turned upright, the baseline sits 4 units right of the centre so the digits are centred on the bar.
    double x = l.valuesTurned() ? cx + 4 : cx;
    s.append("<text class=\"value\" x=\"").append(n(x)).append("\" y=\"").append(n(top - 4)).append('"');
    if (l.valuesTurned()) {
      s.append(" transform=\"rotate(-90 ").append(n(x)).append(' ').append(n(top - 4)).append(")\"");
    } else {
      s.append(" text-anchor=\"middle\"");
    }
    s.append('>').append(Num.plain(value)).append("</text>");
  }

  /**
   * A dashed outline the plot's full height where the bar would be — no height that could be read as a
   * value — with the word in its middle, one character a line when the outline is too narrow for it.
   */
  private static void gap(StringBuilder s, TrendPoint p, Layout l, double cx) {
    s.append("<rect class=\"gap\" x=\"").append(n(cx - l.barWidth() / 2)).append("\" y=\"").append(n(l.plotTop()))
        .append("\" width=\"").append(n(l.barWidth())).append("\" height=\"").append(PLOT_HEIGHT)
        .append("\" fill=\"#fff\" stroke=\"#000\" stroke-dasharray=\"3 2\"/>");
    String word = p.word();
    double middle = l.plotTop() + PLOT_HEIGHT / 2.0;
    s.append("<text class=\"gap-word\" text-anchor=\"middle\"");
    if (width(word) + 2 <= l.barWidth()) {
      s.append(" x=\"").append(n(cx)).append("\" y=\"").append(n(middle + 4)).append("\">").append(word);
    } else {
      double first = middle - (word.length() * LINE) / 2.0 + FONT - 1;
      s.append('>');
      for (int k = 0; k < word.length(); k++) {
        s.append("<tspan x=\"").append(n(cx)).append("\" y=\"").append(n(first + k * LINE)).append("\">")
            .append(word.charAt(k)).append("</tspan>");
      }
    }
    s.append("</text>");
  }

  // ---- geometry

  /** Where everything goes, worked out once from the trend's values and number of years. */
  record Layout(BigDecimal top, BigDecimal step, double left, double plotTop, double slot, boolean valuesTurned, boolean yearsTurned) {
    static Layout of(Trend t) {
      List<BigDecimal> values = t.points().stream().filter(p -> !p.isGap()).map(TrendPoint::value).toList();
      BigDecimal max = values.stream().reduce(BigDecimal.ZERO, BigDecimal::max);
      boolean integers = values.stream().allMatch(v -> v.stripTrailingZeros().scale() <= 0);
      BigDecimal step = niceStep(max, integers);
      BigDecimal top = max.signum() <= 0 ? step.multiply(BigDecimal.valueOf(5)) : step.multiply(max.divide(step, 0, RoundingMode.CEILING));
      double left = Math.max(24, width(Num.plain(top)) + 8);
      double slot = (WIDTH - RIGHT - left) / Math.max(1, t.points().size());
      double widest = values.stream().mapToDouble(v -> width(Num.plain(v))).max().orElse(0);
      boolean valuesTurned = widest + 2 > slot;
      boolean yearsTurned = width("2019年") + 4 > slot;
      double plotTop = UNIT_LINE + (valuesTurned ? widest + 8 : FONT + 6);
      return new Layout(top, step, left, plotTop, slot, valuesTurned, yearsTurned);
    }

    double base() {
      return plotTop + PLOT_HEIGHT;
    }

    double height() {
      return base() + (yearsTurned ? 10 + (width("2019年") + FONT) * 0.71 + 4 : FONT + 10);
    }

    double y(BigDecimal v) {
      return base() - v.doubleValue() / top.doubleValue() * PLOT_HEIGHT;
    }

    double center(int i) {
      return left + slot * (i + 0.5);
    }

    double barWidth() {
      return Math.min(40, slot * 0.6);
    }
  }

  /** The smallest of 1, 2, 5 × 10ⁿ that covers {@code max} in at most five intervals (whole numbers for counts). */
  static BigDecimal niceStep(BigDecimal max, boolean integers) {
    if (max.signum() <= 0) {
      return BigDecimal.ONE;
    }
    int magnitude = max.precision() - max.scale() - 1;
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(integers ? 0 : magnitude - 1);
    while (true) {
      for (int m : new int[] {1, 2, 5}) {
        BigDecimal step = unit.multiply(BigDecimal.valueOf(m));
        if (max.divide(step, 0, RoundingMode.CEILING).compareTo(BigDecimal.valueOf(5)) <= 0) {
          return step;
        }
      }
      unit = unit.scaleByPowerOfTen(1);
    }
  }

  /** Text width in user units: CJK characters one em, digits and Latin about 0.6 em. */
  static double width(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += s.charAt(i) < 0x2E80 ? 0.6 : 1;
    }
    return w * FONT;
  }

  /** A coordinate to one decimal, without a trailing “.0”: stable text for the same chart. */
  static String n(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  static String text(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static String attr(String s) {
    return text(s).replace("\"", "&quot;");
  }
}
