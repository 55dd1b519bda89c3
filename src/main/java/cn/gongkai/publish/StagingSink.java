package cn.gongkai.publish;

import cn.gongkai.cache.FileStamp;
import cn.gongkai.plan.OutputSink;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a build's files go, in the staging folder. Over a previous build a file whose bytes equal the
 * previous build's file is not written (it stays as it is in the output, same inode and mtime), nor is a
 * page the caller {@link #keep}s without rendering; every other file is written. The names of all files the
 * build produced are kept (the publish step deletes the rest), with the stamp of each file written.
 */
final class StagingSink implements OutputSink {
  private final Path staging;
  private final String stagingPrefix;
  private final Path previous;
  private final OutputTree tree;
  private final Set<String> produced;
  private final Map<String, FileStamp> written = new ConcurrentHashMap<>();

  /** {@code previous} is the output folder holding the previous build, or null for a build into an empty place. */
  StagingSink(Path staging, Path previous, OutputTree tree) {
    this.staging = staging;
    this.stagingPrefix = staging.toString() + staging.getFileSystem().getSeparator();
    this.previous = previous;
    this.tree = tree;
    // Sized for the previous build's files: grown from 16, it was resized about ten times in a rebuild at 10,000 items.
    this.produced = ConcurrentHashMap.newKeySet(Math.max(16, tree.files().size()));
  }

  boolean overPrevious() {
    return previous != null;
  }

  Set<String> produced() {
    return produced;
  }

  Map<String, FileStamp> written() {
    return written;
  }

  @Override
  public boolean writesEverything() {
    return previous == null;
  }

  @Override
  public void write(Path target, byte[] bytes, int offset, int length) throws IOException {
    String name = name(target);
    if (previous != null) {
      FileStamp old = tree.stamp(name);
      if (old != null && old.size() == length && Arrays.equals(Files.readAllBytes(previous.resolve(name)), 0, length, bytes, offset, offset + length)) {
        return;
      }
      // Folders are not made up front over a previous build: only the few changed files need one.
      Files.createDirectories(target.getParent());
    }
    OutputSink.DIRECT.write(target, bytes, offset, length);
    written.put(name, FileStamp.of(target));
  }

  @Override
  public void copy(Path from, Path target) throws IOException {
    String name = name(target);
    if (previous != null) {
      FileStamp old = tree.stamp(name);
      if (old != null && old.size() == Files.size(from) && Files.mismatch(previous.resolve(name), from) == -1) {
        return;
      }
      Files.createDirectories(target.getParent());
    }
    OutputSink.DIRECT.copy(from, target);
    written.put(name, FileStamp.of(target));
  }

  @Override
  public void keep(String output) {
    produced.add(output);
  }

  private String name(Path target) {
    // Called for every file of the site: plain string work when the target is given as staging/<name>.
    String t = target.toString();
    String name = t.startsWith(stagingPrefix) && !t.contains("..")
        ? OutputTree.relative(stagingPrefix, target)
        : staging.relativize(target.toAbsolutePath().normalize()).toString().replace('\\', '/');
    produced.add(name);
    return name;
  }
}
