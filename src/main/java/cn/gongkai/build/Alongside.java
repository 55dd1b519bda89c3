package cn.gongkai.build;

import cn.gongkai.diag.Background;
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

  private Alongside() {}

  /**
   * Runs {@code background} beside {@code foreground}. The first user error of either is thrown, as it
   * is; anything else is a bug. Never returns while {@code background} still runs, even when this thread
   * is interrupted, because the caller then removes the folder both write into.
   */
  static void run(Task background, Task foreground) throws UserError {
    FutureTask<Void> task = Background.start("gongkai-alongside", () -> {
      background.run();
      return null;
    });
    try {
      foreground.run();
      Background.join(task);
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
        break; // reported by Background.join(), or the foreground already failed
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
