package cn.gongkai.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.CoreConstants;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * logback for SLF4J, configured by {@link QuietLogging} directly: what logback's own provider does,
 * without its context initializer, which looks for configurators and files and times itself with the
 * first string concatenation of the JVM (logback is compiled with invokedynamic concatenation, and
 * linking the first one took about 20 ms of CPU in every build). {@link Main#main} names it in the
 * {@code slf4j.provider} property; without it (tests, other entry points) logback's provider finds
 * {@link QuietLogging} as a service, with the same result ({@code QuietLoggingTest}).
 */
public final class QuietLoggingProvider implements SLF4JServiceProvider {
  /** The SLF4J API this provider is written for (as logback 1.5's). */
  private static final String API_VERSION = "2.0.99";

  private final LoggerContext context = new LoggerContext();
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final LogbackMDCAdapter mdc = new LogbackMDCAdapter();

  /** Names this provider to SLF4J for this JVM, unless one is named already; before any logger is made. */
  static void select() {
    if (System.getProperty("slf4j.provider") == null) {
      System.setProperty("slf4j.provider", QuietLoggingProvider.class.getName());
      // SLF4J says on standard error which provider it was told to load; that is not for the webmaster.
      if (System.getProperty("slf4j.internal.verbosity") == null) {
        System.setProperty("slf4j.internal.verbosity", "WARN");
      }
    }
  }

  @Override
  public void initialize() {
    context.setName(CoreConstants.DEFAULT_CONTEXT_NAME);
    context.setMDCAdapter(mdc);
    QuietLogging configurator = new QuietLogging();
    configurator.setContext(context);
    configurator.configure(context);
    context.start();
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return context;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return API_VERSION;
  }
}
