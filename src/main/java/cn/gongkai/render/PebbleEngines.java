package cn.gongkai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.nio.file.Path;

/**
 * The one Pebble setup every page is drawn with, the site's and serve's editing pages alike: autoescaping,
 * strict variables, newline trimming and the {@code title} filter.
 */
final class PebbleEngines {
  private PebbleEngines() {}

  /** {@code cache} false reads each template again on every use (serve: the theme may be edited meanwhile). */
  static PebbleEngine of(Path templates, String charset, boolean cache) {
    FileLoader loader = new FileLoader(templates.toAbsolutePath().normalize().toString());
    loader.setCharset(charset);
    return new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .strictVariables(true)
        .newLineTrimming(true)
        .cacheActive(cache)
        .extension(new TitleText())
        .build();
  }
}
