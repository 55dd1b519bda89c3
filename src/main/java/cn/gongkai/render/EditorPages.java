package cn.gongkai.render;

import cn.gongkai.diag.UserError;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * serve's editing pages, drawn from the theme's {@code templates/edit/} with the same Pebble settings as the
 * site's pages (autoescaping, strict variables) and the same components: the 年报 form imports
 * {@code components/report-table.peb}. Templates see only {@code page}, an {@link EditViews} record.
 */
public final class EditorPages {
  private final PebbleEngine engine;

  public EditorPages(Path themeDir) {
    // Templates are read again on every request: the theme may be edited while serve runs.
    engine = PebbleEngines.of(themeDir.resolve("templates"), StandardCharsets.UTF_8.name(), false);
  }

  /** {@code template} is a name under templates/edit/, without extension, e.g. {@code report}. */
  public String render(String template, Object page) throws UserError {
    StringWriter out = new StringWriter();
    try {
      engine.getTemplate("edit/" + template + ".peb").evaluate(out, Map.of("page", page));
    } catch (PebbleException | IOException e) {
      throw UserError.environment("编辑页模板 themes/default/templates/edit/" + template + ".peb 无法使用：" + e.getMessage());
    }
    return out.toString();
  }
}
