package cn.gongkai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.FileLoader;
import java.nio.file.Path;

/**
 * The one Pebble setup every page is drawn with, the site's and serve's editing pages alike: autoescaping
 * (with {@link HtmlEscaping}), strict variables, newline trimming and the {@code title} filter.
 */
final class PebbleEngines {
  private PebbleEngines() {}

  /** The engine of the last templates folder built with, while none of its files changed (see {@link #shared}). */
  private static volatile Shared last;

  private record Shared(String key, PebbleEngine engine) {}

  /**
   * One caching engine per templates folder as it is now: the same engine (its templates compiled once) for
   * every worker and build while no template file changed; a changed, added or removed file makes a new
   * one. The render workers share it, so each template is compiled once, not once per worker.
   */
  static PebbleEngine shared(Path templates, String charset) {
    String key = templates.toAbsolutePath().normalize() + "|" + charset + "|" + stamps(templates);
    Shared s = last;
    if (s != null && s.key().equals(key)) {
      return s.engine();
    }
    synchronized (PebbleEngines.class) {
      if (last == null || !last.key().equals(key)) {
        last = new Shared(key, of(templates, charset, true));
      }
      return last.engine();
    }
  }

  /** Every file below {@code templates} with its size and time: what tells a changed theme. */
  private static String stamps(Path templates) {
    StringBuilder s = new StringBuilder();
    try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(templates)) {
      for (Path p : (Iterable<Path>) walk.filter(java.nio.file.Files::isRegularFile).sorted()::iterator) {
        var a = java.nio.file.Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
        s.append(p).append(':').append(a.size()).append(':').append(a.lastModifiedTime().toMillis()).append(':').append(a.fileKey()).append(';');
      }
    } catch (java.io.IOException | java.io.UncheckedIOException e) {
      s.append(System.nanoTime()); // unreadable: never the same key
    }
    return s.toString();
  }

  /** {@code cache} false reads each template again on every use (serve: the theme may be edited meanwhile). */
  static PebbleEngine of(Path templates, String charset, boolean cache) {
    FileLoader loader = new FileLoader(templates.toAbsolutePath().normalize().toString());
    loader.setCharset(charset);
    return new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        .addEscapingStrategy("html", HtmlEscaping::escape)
        .strictVariables(true)
        .newLineTrimming(true)
        .cacheActive(cache)
        .extension(new TitleText())
        .build();
  }
}
