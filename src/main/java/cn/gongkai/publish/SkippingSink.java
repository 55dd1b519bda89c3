package cn.gongkai.publish;

import cn.gongkai.plan.OutputSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sink of a build over a previous one: a file whose bytes equal the previous build's file is not written
 * (it stays as it is in the output, same inode and mtime); every other file is written into staging. The
 * names of all files the build produced, written or not, are kept: the publish step deletes the rest.
 */
final class SkippingSink implements OutputSink {
  private final Path staging;
  private final Path previous;
  private final Set<String> produced = ConcurrentHashMap.newKeySet();

  SkippingSink(Path staging, Path previous) {
    this.staging = staging;
    this.previous = previous;
  }

  Set<String> produced() {
    return produced;
  }

  @Override
  public void write(Path target, byte[] bytes, int offset, int length) throws IOException {
    Path old = previous.resolve(name(target));
    if (!(Files.isRegularFile(old) && Files.size(old) == length && Arrays.equals(Files.readAllBytes(old), 0, length, bytes, offset, offset + length))) {
      // Folders are not made up front over a previous build: only the few changed files need one.
      Files.createDirectories(target.getParent());
      OutputSink.DIRECT.write(target, bytes, offset, length);
    }
  }

  @Override
  public void copy(Path from, Path target) throws IOException {
    Path old = previous.resolve(name(target));
    if (!(Files.isRegularFile(old) && Files.size(old) == Files.size(from) && Files.mismatch(old, from) == -1)) {
      Files.createDirectories(target.getParent());
      OutputSink.DIRECT.copy(from, target);
    }
  }

  private String name(Path target) {
    String name = staging.relativize(target.toAbsolutePath().normalize()).toString().replace('\\', '/');
    produced.add(name);
    return name;
  }
}
