package cn.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The logging the program runs with is {@link QuietLogging}'s, found as logback's service. */
class QuietLoggingTest {
  @Test
  void librariesWarnOnlyAndJBakeAndTheImportLibrariesAreSilent() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    assertEquals(Level.WARN, context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel());
    assertTrue(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR") != null);
    QuietLogging.LEVELS.forEach((name, level) -> assertEquals(level, context.getLogger(name).getLevel(), name));
    assertFalse(LoggerFactory.getLogger("org.jbake.app.Oven").isErrorEnabled());
    assertFalse(LoggerFactory.getLogger("org.apache.pdfbox.pdmodel").isErrorEnabled());
    assertFalse(LoggerFactory.getLogger("io.pebbletemplates").isInfoEnabled());
    assertTrue(LoggerFactory.getLogger("io.pebbletemplates").isWarnEnabled());
  }
}
