package cn.gongkai.render;

import cn.gongkai.plan.OutputSink;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's renderer for one page, minus its file-system housekeeping. JBake's version looks for an
 * old draft and an old published copy, checks the file exists, creates its folders and the empty file
 * before opening it: six file-system calls per page that a fresh staging folder never needs, and on
 * this kind of disk they took more time than rendering. Folders are created once, up front.
 */
final class PageRenderer extends Renderer {
  private final JBakeConfiguration config;
  private final DelegatingTemplateEngine engine;
  private final Path out;
  private final Map<String, String> templateByType = new HashMap<>();
  private final Utf8Page page = new Utf8Page();

  private final Faults faults;
  private final OutputSink sink;

  PageRenderer(ContentStore db, JBakeConfiguration config, DelegatingTemplateEngine engine, Faults faults, OutputSink sink) {
    super(db, config, engine);
    this.faults = faults;
    this.sink = sink;
    this.config = config;
    this.engine = engine;
    this.out = config.getDestinationFolder().toPath();
  }

  @Override
  public void render(DocumentModel content) throws Exception {
    TemplateModel model = new TemplateModel();
    model.setContent(content);
    model.setRenderer(engine);
    String template = templateByType.computeIfAbsent(content.getType(), config::getTemplateByDocType);
    page.reset();
    engine.renderDocument(model, template, page);
    Path file = out.resolve(content.getUri());
    faults.beforeWrite(file);
    page.writeTo(file, sink);
  }

  /**
   * A test hook: with the system property {@value #PROPERTY} set to N, the page writes after the
   * first N fail as on a full disk ({@code FileSystemException: No space left on device}). Unset (always,
   * outside tests), nothing happens.
   */
  record Faults(int allowed, AtomicInteger written) {
    static final String PROPERTY = "gongkai.test.diskFullAfter";

    static Faults fromSystemProperty() {
      return new Faults(Integer.getInteger(PROPERTY, -1), new AtomicInteger());
    }

    void beforeWrite(Path file) throws FileSystemException {
      if (allowed >= 0 && written.incrementAndGet() > allowed) {
        throw new FileSystemException(file.toString(), null, "No space left on device");
      }
    }
  }
}
