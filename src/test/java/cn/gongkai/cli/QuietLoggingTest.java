package cn.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import java.util.List;
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

  @Test
  void aLineIsWhatLogbacksPatternWrites() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    QuietLogging.Line line = new QuietLogging.Line();
    line.setContext(context);
    line.start();
    ch.qos.logback.classic.PatternLayout pattern = new ch.qos.logback.classic.PatternLayout();
    pattern.setContext(context);
    pattern.setPattern("%level %logger{20}: %msg%n");
    pattern.start();
    List<ch.qos.logback.classic.spi.LoggingEvent> events =
        List.of(
            new ch.qos.logback.classic.spi.LoggingEvent("x", context.getLogger("io.pebbletemplates.pebble.PebbleEngine"), Level.WARN, "模板 {} 有误", null, new Object[] {"item.peb"}),
            new ch.qos.logback.classic.spi.LoggingEvent("x", context.getLogger("a"), Level.ERROR, "坏了", new IllegalStateException("原因", new RuntimeException("更深")), null),
            new ch.qos.logback.classic.spi.LoggingEvent("x", context.getLogger("org.apache.commons.configuration2.PropertiesConfiguration"), Level.WARN, "no {} here", null, new Object[] {null}));
    for (ch.qos.logback.classic.spi.LoggingEvent e : events) {
      assertEquals(pattern.doLayout(e), line.doLayout(e));
    }
    assertTrue(line.doLayout(events.get(0)).startsWith("WARN i.p.p.PebbleEngine: 模板 item.peb 有误"), line.doLayout(events.get(0)));
  }
}
