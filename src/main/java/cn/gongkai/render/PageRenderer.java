package cn.gongkai.render;

import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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
  private final Charset encoding;
  private final Map<String, String> templateByType = new HashMap<>();
  private final StringBuilder page = new StringBuilder(1 << 16);
  private final Writer pageWriter = new PageWriter();

  PageRenderer(ContentStore db, JBakeConfiguration config, DelegatingTemplateEngine engine) {
    super(db, config, engine);
    this.config = config;
    this.engine = engine;
    this.out = config.getDestinationFolder().toPath();
    this.encoding = Charset.forName(config.getRenderEncoding());
  }

  @Override
  public void render(DocumentModel content) throws Exception {
    TemplateModel model = new TemplateModel();
    model.setContent(content);
    model.setRenderer(engine);
    String template = templateByType.computeIfAbsent(content.getType(), config::getTemplateByDocType);
    // The page is made in memory and written with one call: encoding a whole String is much faster
    // than encoding the template's many small writes one by one, and the file is opened only once
    // the page is complete.
    page.setLength(0);
    engine.renderDocument(model, template, pageWriter);
    Files.write(out.resolve(content.getUri()), page.toString().getBytes(encoding));
  }

  /** A Writer on {@link #page}, without the locking of {@link java.io.StringWriter}. */
  private final class PageWriter extends Writer {
    @Override
    public void write(char[] chars, int off, int len) {
      page.append(chars, off, len);
    }

    @Override
    public void write(String s, int off, int len) {
      page.append(s, off, off + len);
    }

    @Override
    public void write(int c) {
      page.append((char) c);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
