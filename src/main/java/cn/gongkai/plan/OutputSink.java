package cn.gongkai.plan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a build's files go. Every writer of the output (pages, open data, site files, attachments) hands its
 * bytes here with the file's place in the staging folder; the publish stage's sink leaves out a file whose
 * bytes equal the previous build's, so a one-file edit writes a few files, not the whole site.
 */
public interface OutputSink {
  /** The file {@code target} (in the staging folder, its folder already made) is to hold these bytes. */
  void write(Path target, byte[] bytes, int offset, int length) throws IOException;

  /** The file {@code target} is to be a copy of {@code from} (an attachment). */
  void copy(Path from, Path target) throws IOException;

  /**
   * The file {@code output} (its name below the output root) is the previous build's, as it is in the output:
   * a page its caller knows is unchanged and did not render. Only a sink over a previous build can be told this.
   */
  default void keep(String output) {
    throw new IllegalStateException("nothing to keep in an empty output: " + output);
  }

  /** Whether every file is written (into an empty place): its folders can then be made up front. */
  default boolean writesEverything() {
    return true;
  }

  default void writeString(Path target, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    write(target, bytes, 0, bytes.length);
  }

  /** Writes every file as given: a build into a fresh folder, and the tests of single writers. */
  OutputSink DIRECT = new OutputSink() {
    @Override
    public void write(Path target, byte[] bytes, int offset, int length) throws IOException {
      try (var out = Files.newOutputStream(target)) {
        out.write(bytes, offset, length);
      }
    }

    @Override
    public void copy(Path from, Path target) throws IOException {
      Files.copy(from, target);
    }
  };
}
