package cn.gongkai.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import java.util.Map;

/**
 * The program's logging, set up in code: the webmaster reads our own messages, and library chatter stays
 * out of the terminal. Only warnings and errors of libraries reach standard error; JBake's and the import
 * libraries' own loggers are off (import reads damaged and odd files on purpose and says what matters in its
 * own message). logback finds this class as a service ({@code META-INF/services}) before it looks for a
 * {@code logback.xml}: reading an XML configuration was about 4 % of the CPU samples of a rebuild at 10,000
 * items.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class QuietLogging extends ContextAwareBase implements Configurator {
  /** The loggers set apart from the root's WARN. */
  static final Map<String, Level> LEVELS =
      Map.of(
          "org.jbake", Level.OFF,
          "com.orientechnologies", Level.ERROR,
          "org.apache.commons.beanutils", Level.WARN,
          "org.apache.pdfbox", Level.OFF,
          "org.apache.fontbox", Level.OFF,
          "org.apache.poi", Level.OFF);

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    // logback's own status messages (about itself) are not for the webmaster either.
    context.getStatusManager().add(new NopStatusListener());
    LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
    encoder.setContext(context);
    Line line = new Line();
    line.setContext(context);
    line.start();
    encoder.setLayout(line);
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.WARN);
    root.addAppender(stderr);
    LEVELS.forEach((name, level) -> context.getLogger(name).setLevel(level));
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * One line per event, as the pattern {@code %level %logger{20}: %msg%n} writes it, with the stack trace
   * of an exception after it. Written out: starting logback's pattern parser was most of the set-up's CPU.
   */
  static final class Line extends LayoutBase<ILoggingEvent> {
    private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(20);

    @Override
    public String doLayout(ILoggingEvent event) {
      StringBuilder b = new StringBuilder(128);
      b.append(event.getLevel()).append(' ').append(abbreviator.abbreviate(event.getLoggerName())).append(": ").append(event.getFormattedMessage());
      b.append(CoreConstants.LINE_SEPARATOR);
      if (event.getThrowableProxy() != null) {
        b.append(ThrowableProxyUtil.asString(event.getThrowableProxy()));
      }
      return b.toString();
    }
  }
}
