package cn.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;

/** The provider the command line names to SLF4J sets logback up as {@link QuietLogging} does through logback's own provider. */
class QuietLoggingProviderTest {
  @Test
  void sameLevelsAndAppenderAsLogbacksOwnProviderWithQuietLogging() {
    QuietLoggingProvider provider = new QuietLoggingProvider();
    provider.initialize();
    LoggerContext ours = (LoggerContext) provider.getLoggerFactory();
    LoggerContext logbacks = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
    assertTrue(ours.isStarted());
    assertEquals(logbacks.getName(), ours.getName());
    ch.qos.logback.classic.Logger root = ours.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    assertEquals(Level.WARN, root.getLevel());
    assertTrue(root.getAppender("STDERR") != null && root.getAppender("STDERR").isStarted());
    QuietLogging.LEVELS.forEach((name, level) -> assertEquals(logbacks.getLogger(name).getLevel(), ours.getLogger(name).getLevel(), name));
    assertFalse(ours.getLogger("org.jbake.app.Oven").isErrorEnabled());
    assertTrue(ours.getLogger("io.pebbletemplates").isWarnEnabled());
    assertFalse(ours.getLogger("io.pebbletemplates").isInfoEnabled());
    assertTrue(provider.getMDCAdapter() != null && provider.getMarkerFactory() != null);
    assertTrue(provider.getRequestedApiVersion().startsWith("2.0"));
  }
}
