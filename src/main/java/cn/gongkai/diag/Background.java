package cn.gongkai.diag;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A step run on a thread of its own while the caller goes on, and its result taken later with the step's
 * user error thrown as it is: any stage that overlaps reading with other work (the reports beside the item
 * files, the item walk beside the configuration, the build cache beside the reading, the output's walk beside
 * the checks) starts and joins it this way.
 */
public final class Background {
  /** A step that gives a result and may stop with a user error. */
  public interface Work<T> {
    T get() throws UserError;
  }

  private Background() {}

  /** Starts {@code work} on a daemon thread named {@code name}; {@link #join} waits for its result. */
  public static <T> FutureTask<T> start(String name, Work<T> work) {
    FutureTask<T> task = new FutureTask<>(work::get);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** The result of {@code task}; its user error thrown as it is, anything else as the bug it is. */
  public static <T> T join(FutureTask<T> task) throws UserError {
    try {
      return task.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UserError u) {
        throw u;
      }
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
