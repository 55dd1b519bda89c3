package cn.gongkai.render;

import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Renders pages through JBake: writes one stub document per page into a private JBake source tree, so
 * JBake crawls, stores and renders them with the theme's Pebble templates and copies the theme's
 * assets. The stubs carry only type and view id; everything a template shows comes from the view model.
 * Content files never reach JBake directly, which avoids its traps (percent-encoded Chinese file names,
 * rendered drafts, no YAML front matter).
 */
public final class JBakeRenderer {
  /** JBake keeps static state and deadlocks when two bakes overlap: one bake at a time per JVM. */
  private static final Object BAKE_LOCK = new Object();

  private static final List<String> TYPES = List.of("home", "column", "item", "report", "catalogue", "notfound", "qrindex", "poster");

  private JBakeRenderer() {}

  public static void render(Path themeDir, List<PageSpec> pages, Path out) throws UserError {
    themeDir = themeDir.toAbsolutePath().normalize();
    out = out.toAbsolutePath().normalize();
    Path templates = themeDir.resolve("templates");
    if (!Files.isDirectory(templates)) {
      throw UserError.content("找不到模板目录 " + templates + "。请确认 themes/default/templates 存在。");
    }
    synchronized (BAKE_LOCK) {
      installLogBridge();
      Path jbakeSource = null;
      try {
        jbakeSource = Files.createTempDirectory("gongkai-jbake-");
        writeSource(jbakeSource, pages);
        Map<String, PageView> views = new LinkedHashMap<>();
        pages.forEach(p -> views.put(p.outputPath(), p.view()));
        DefaultJBakeConfiguration config =
            new JBakeConfigurationFactory().createDefaultJbakeConfiguration(jbakeSource.toFile(), out.toFile(), false);
        config.setTemplateFolder(templates.toFile());
        config.setAssetFolder(themeDir.resolve("assets").toFile());
        config.setDatabaseStore("memory");
        RenderContext.open(views);
        Oven oven = new Oven(config);
        oven.bake();
        if (!oven.getErrors().isEmpty()) {
          // A template error is ours, not the webmaster's: report it plainly with its cause.
          throw new IllegalStateException("JBake rendering failed: " + oven.getErrors());
        }
      } catch (IOException e) {
        throw UserError.content("无法写入临时目录：" + e.getMessage());
      } finally {
        RenderContext.close();
        deleteTree(jbakeSource);
      }
    }
  }

  private static void writeSource(Path root, List<PageSpec> pages) throws IOException {
    StringBuilder props = new StringBuilder();
    for (String type : TYPES) {
      props.append("template.").append(type).append(".file=").append(type).append(".peb\n");
    }
    for (String off : List.of("index", "feed", "archive", "tags", "sitemap", "tagsindex", "error404")) {
      props.append("render.").append(off).append("=false\n");
    }
    Files.writeString(root.resolve("jbake.properties"), props.toString(), StandardCharsets.UTF_8);
    Path content = Files.createDirectories(root.resolve("content"));
    for (PageSpec page : pages) {
      if (!TYPES.contains(page.type())) {
        throw new IllegalArgumentException("unknown page type " + page.type());
      }
      Path stub = content.resolve(page.outputPath());
      Files.createDirectories(stub.getParent());
      String header = "type=" + page.type() + "\nstatus=published\nview=" + page.outputPath() + "\n~~~~~~\n";
      Files.writeString(stub, header, StandardCharsets.UTF_8);
    }
  }

  private static boolean bridged;

  /** OrientDB logs through java.util.logging; route it to logback, which keeps it quiet. */
  private static void installLogBridge() {
    if (!bridged) {
      SLF4JBridgeHandler.removeHandlersForRootLogger();
      SLF4JBridgeHandler.install();
      bridged = true;
    }
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
