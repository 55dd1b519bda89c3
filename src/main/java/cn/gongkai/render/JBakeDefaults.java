package cn.gongkai.render;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.PropertiesConfiguration;
import org.apache.commons.configuration2.SystemConfiguration;
import org.apache.commons.configuration2.convert.DefaultListDelimiterHandler;
import org.apache.commons.configuration2.ex.ConfigurationException;
import org.jbake.app.configuration.ConfigUtil;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * JBake's configuration for a theme, made as JBake's {@link ConfigUtil} makes it (its {@code
 * default.properties}, lists split at commas, then the system properties), without the configuration
 * builders it goes through: their setup (builders, parameter proxies, reflection) took about 70 ms of CPU
 * in every build, before the first page. A theme with its own {@code jbake.properties} or {@code
 * custom.properties} gets JBake's own loader, which reads them.
 */
final class JBakeDefaults {
  private JBakeDefaults() {}

  static DefaultJBakeConfiguration configuration(Path theme, Path out) {
    if (Files.exists(theme.resolve("jbake.properties")) || Files.exists(theme.resolve("custom.properties"))) {
      return new JBakeConfigurationFactory().createDefaultJbakeConfiguration(theme.toFile(), out.toFile(), false);
    }
    CompositeConfiguration composite = new CompositeConfiguration();
    composite.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
    // Read for each configuration: a composite sets a key by clearing it in every layer first, so a shared
    // layer lost each key any configuration set (JBakeDefaultsTest). Reading the file again took less CPU
    // than cloning a parsed copy (async-profiler, 23 against 35 ms in a build); a build makes two (the
    // theme's warm-up, the pages).
    composite.addConfiguration(read());
    composite.addConfiguration(new SystemConfiguration());
    DefaultJBakeConfiguration config = new DefaultJBakeConfiguration(theme.toFile(), composite);
    config.setDestinationFolder(out.toFile());
    config.setClearCache(false);
    return config;
  }

  private static PropertiesConfiguration read() {
    PropertiesConfiguration p = new PropertiesConfiguration();
    p.setListDelimiterHandler(new DefaultListDelimiterHandler(','));
    p.setIncludesAllowed(false);
    try (Reader in = new InputStreamReader(ConfigUtil.class.getClassLoader().getResourceAsStream("default.properties"), StandardCharsets.UTF_8)) {
      p.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("JBake's default.properties could not be read", e);
    } catch (ConfigurationException e) {
      throw new IllegalStateException("JBake's default.properties could not be read", e);
    }
    return p;
  }
}
