package cn.gongkai.render;

import java.io.Writer;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngines;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's delegating engine (the template engine is chosen by the template's extension from JBake's
 * registry), without the copy of the whole configuration JBake hands every page's model: our templates
 * read only the view model, and at tens of thousands of pages that copy was a measurable part of
 * rendering.
 */
final class ExtensionTemplateEngine extends DelegatingTemplateEngine {
  private final TemplateEngines engines;

  ExtensionTemplateEngine(ContentStore db, JBakeConfiguration config) {
    super(db, config);
    this.engines = new TemplateEngines(config, db);
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
    AbstractTemplateEngine engine = engines.getEngine(FileUtil.fileExt(templateName));
    if (engine == null) {
      throw new RenderingException("no template engine for " + templateName);
    }
    engine.renderDocument(model, templateName, writer);
  }
}
