package cn.gongkai.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting whole folders: build staging, the previous output, serve's private output. */
public final class Folders {
  private Folders() {}

  /** Deletes {@code root} and everything below it; nothing happens when it does not exist. */
  public static void delete(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** As {@link #delete}, for leftovers that are harmless if they stay (the next run removes them). */
  public static void deleteQuietly(Path root) {
    try {
      delete(root);
    } catch (IOException e) {
      // A hidden or temporary folder left behind is harmless.
    }
  }
}
