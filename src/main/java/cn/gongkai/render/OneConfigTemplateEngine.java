package cn.gongkai.render;

import java.io.Writer;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.FileUtil;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.DelegatingTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.TemplateEngines;
import org.jbake.template.model.TemplateModel;

/**
 * JBake's delegating engine (template engine chosen by the template's extension from JBake's
 * registry), except that the configuration map handed to templates is built once per bake instead of
 * once per page: at tens of thousands of pages that copy was a measurable part of rendering.
 */
final class OneConfigTemplateEngine extends DelegatingTemplateEngine {
  private final TemplateEngines engines;
  private final Map<String, Object> configMap;

  OneConfigTemplateEngine(ContentStore db, JBakeConfiguration config, Map<String, Object> configMap) {
    super(db, config);
    this.engines = new TemplateEngines(config, db);
    this.configMap = configMap;
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
    model.setVersion(config.getVersion());
    model.setConfig(configMap);
    AbstractTemplateEngine engine = engines.getEngine(FileUtil.fileExt(templateName));
    if (engine == null) {
      throw new RenderingException("no template engine for " + templateName);
    }
    engine.renderDocument(model, templateName, writer);
  }
}
