package cn.gongkai.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import org.jsoup.nodes.Entities;
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

  private static String escape(String s) {
    return Entities.escape(s);
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
