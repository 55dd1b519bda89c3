package cn.gongkai.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jbake.app.ContentStore;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.AbstractTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * JBake template engine on Pebble 4.1 (JBake's own is built on Pebble 3.1, which has known CVEs).
 * Registered for {@code .peb} in {@code META-INF/org.jbake.parser.TemplateEngines.properties}.
 * Autoescaping is on and variables are strict; templates see only {@code page}, the view model.
 */
public final class GongkaiTemplateEngine extends AbstractTemplateEngine {
  private final PebbleEngine engine;

  public GongkaiTemplateEngine(JBakeConfiguration config, ContentStore db) {
    super(config, db);
    engine = PebbleEngines.shared(config.getTemplateFolder().toPath(), config.getTemplateEncoding());
  }

  @Override
  public void renderDocument(TemplateModel model, String templateName, Writer writer) throws RenderingException {
    try {
      Object view = model.getContent().get(JBakeRenderer.VIEW);
      if (!(view instanceof java.util.function.Supplier<?> supplier)) {
        throw new IllegalStateException("document " + model.getContent().getUri() + " has no view model");
      }
      PebbleTemplate template = engine.getTemplate(templateName);
      template.evaluate(writer, Map.of("page", supplier.get()));
    } catch (PebbleException | IOException | IllegalStateException e) {
      throw new RenderingException(e);
    }
  }
}
