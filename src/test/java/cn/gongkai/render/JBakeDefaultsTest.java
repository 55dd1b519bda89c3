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
    Map<String, String> expected = withoutSystemProperties(asText(jbakes));
    assertTrue(expected.size() > 50, "JBake's defaults: " + expected.size() + " keys");
    assertEquals(expected, withoutSystemProperties(asText(ours)));
    // The system properties come last in both, as JBake has them. They are compared by presence only: a
    // background thread of an earlier test can set one between the two snapshots (seen once in a full run).
    assertEquals(System.getProperty("java.version"), ours.get("java.version"));
    assertEquals(System.getProperty("user.dir"), ours.get("user.dir"));
    assertEquals(jbakes.getDocumentTypes(), ours.getDocumentTypes());
    assertEquals(jbakes.getMarkdownExtensions(), ours.getMarkdownExtensions());
    assertEquals(jbakes.getDestinationFolder(), ours.getDestinationFolder());
    assertEquals(jbakes.getTemplateFileByDocType("item"), ours.getTemplateFileByDocType("item"));
  }

  @Test
  void aThemeWithItsOwnPropertiesIsReadByJBake(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("jbake.properties"), "site.host=https://example.org\n");
    assertEquals("https://example.org", JBakeDefaults.configuration(dir, dir.resolve("out")).getSiteHost());
  }

  private static Map<String, String> withoutSystemProperties(Map<String, String> m) {
    Map<String, String> left = new TreeMap<>(m);
    left.keySet().removeAll(System.getProperties().stringPropertyNames());
    return left;
  }

  private static Map<String, String> asText(DefaultJBakeConfiguration c) {
    Map<String, String> m = new TreeMap<>();
    c.getKeys().forEachRemaining(k -> m.put(k, String.valueOf(c.get(k))));
    return m;
  }
}
