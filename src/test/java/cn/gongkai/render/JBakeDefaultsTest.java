package cn.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link JBakeDefaults} gives the configuration JBake's own loader gives, key by key and value by value. */
class JBakeDefaultsTest {
  @Test
  void sameConfigurationAsJBakesOwnLoader(@TempDir Path out) {
    Path theme = Path.of("themes/default").toAbsolutePath();
    Set<String> types = Set.of("item", "home", "report");
    DefaultJBakeConfiguration ours = JBakeRenderer.configuration(theme, out, types);
    DefaultJBakeConfiguration jbakes = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(theme.toFile(), out.toFile(), false);
    jbakes.setTemplateFolder(theme.resolve("templates").toFile());
    jbakes.setAssetFolder(theme.resolve("assets").toFile());
    types.forEach(t -> jbakes.setProperty("template." + t + ".file", t + ".peb"));
    Map<String, String> expected = asText(jbakes);
    assertTrue(expected.size() > 50, "JBake's defaults: " + expected.size() + " keys");
    assertEquals(expected, asText(ours));
    assertEquals(jbakes.getDocumentTypes(), ours.getDocumentTypes());
    assertEquals(jbakes.getMarkdownExtensions(), ours.getMarkdownExtensions());
    assertEquals(jbakes.getDestinationFolder(), ours.getDestinationFolder());
    assertEquals(jbakes.getTemplateFileByDocType("item"), ours.getTemplateFileByDocType("item"));
  }

  /**
   * Setting or clearing a key of one configuration leaves the next one as JBake's defaults make it: a
   * composite configuration clears a key in every layer, so a shared layer of defaults lost keys (a full test
   * run once found a configuration with none of them).
   */
  @Test
  void oneConfigurationsChangesDoNotReachTheNext(@TempDir Path out) {
    Path theme = Path.of("themes/default").toAbsolutePath();
    DefaultJBakeConfiguration first = JBakeDefaults.configuration(theme, out);
    first.setProperty("site.host", "https://first.example");
    first.setProperty("render.tags", "false");
    DefaultJBakeConfiguration second = JBakeDefaults.configuration(theme, out);
    assertEquals("http://www.jbake.org", second.getSiteHost());
    assertEquals(true, second.getRenderTags());
    assertEquals("https://first.example", first.getSiteHost());
  }

  @Test
  void aThemeWithItsOwnPropertiesIsReadByJBake(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("jbake.properties"), "site.host=https://example.org\n");
    assertEquals("https://example.org", JBakeDefaults.configuration(dir, dir.resolve("out")).getSiteHost());
  }

  private static Map<String, String> asText(DefaultJBakeConfiguration c) {
    Map<String, String> m = new TreeMap<>();
    c.getKeys().forEachRemaining(k -> m.put(k, String.valueOf(c.get(k))));
    return m;
  }
}
