package cn.gongkai.build;

import cn.gongkai.diag.UserError;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Runs one task on a thread of its own while another runs on this one, and returns when both have ended. */
final class Alongside {
  /** A step of the build that may stop with a user error. */
  interface Task {
    void run() throws UserError;
  }

  /** A step that gives a result and may stop with a user error. */
  interface Work<T> {
    T get() throws UserError;
  }

  private Alongside() {}

  /** Starts {@code work} on a thread of its own (a step that only reads); {@link #join} waits for its result. */
  static <T> FutureTask<T> start(String name, Work<T> work) {
    FutureTask<T> task = new FutureTask<>(work::get);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  /** The result of {@code task}; its user error thrown as it is. */
  static <T> T join(FutureTask<T> task) throws UserError {
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

  /**
   * Runs {@code background} beside {@code foreground}. The first user error of either is thrown, as it
   * is; anything else is a bug. Never returns while {@code background} still runs, even when this thread
   * is interrupted, because the caller then removes the folder both write into.
   */
  static void run(Task background, Task foreground) throws UserError {
    FutureTask<Void> task =
        new FutureTask<>(() -> {
          background.run();
          return null;
        });
    Thread thread = new Thread(task, "gongkai-alongside");
    thread.setDaemon(true);
    thread.start();
    try {
      foreground.run();
      join(task);
    } finally {
      awaitQuietly(task);
    }
  }

  private static void awaitQuietly(FutureTask<Void> task) {
    boolean interrupted = false;
    while (true) {
      try {
        task.get();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (ExecutionException | CancellationException e) {
        break; // reported by join(), or the foreground already failed
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
