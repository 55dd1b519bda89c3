package cn.gongkai.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code title} filter: a title escaped for HTML, with each number kept on one line with the unit after
 * it (“2022年”, “〔2023〕1号”), so that a narrow screen never shows “2022” at a line's end and “年” on the next.
 */
final class TitleText extends AbstractExtension {
  private static final Pattern NUMBER_AND_UNIT = Pattern.compile("〔?[0-9]+〕?[0-9]*[年月日号件项期]?");

  @Override
  public Map<String, Filter> getFilters() {
    return Map.of("title", new TitleFilter());
  }

  static String html(String title) {
    StringBuilder out = new StringBuilder();
    Matcher m = NUMBER_AND_UNIT.matcher(title);
    int last = 0;
    while (m.find()) {
      out.append(escape(title.substring(last, m.start())));
      out.append("<span class=\"nw\">").append(escape(m.group())).append("</span>");
      last = m.end();
    }
    return out.append(escape(title.substring(last))).toString();
  }

  /**
   * As jsoup's {@code Entities.escape} writes text (its base entities, UTF-8): {@code & < > " '} and the
   * no-break space by name, other control characters than tab, line feed and carriage return and lone
   * surrogates as hexadecimal references, everything else as it is. Written out: jsoup reads its entity
   * tables on first use, about 20 ms of CPU in the one page a rebuild after a text edit draws, at the end of
   * the build ({@code TitleTextTest} compares the two on every character).
   */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i)); // a character beyond U+FFFF, as it is
        continue;
      }
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        case '\u00a0' -> out.append("&nbsp;");
        default -> {
          if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || Character.isSurrogate(c)) {
            out.append("&#x").append(Integer.toHexString(c)).append(';');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  private static final class TitleFilter implements Filter {
    @Override
    public List<String> getArgumentNames() {
      return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
      return input == null ? null : new SafeString(html(input.toString()));
    }
  }
}
