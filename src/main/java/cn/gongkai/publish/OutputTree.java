package cn.gongkai.publish;

import cn.gongkai.cache.FileStamp;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;

/**
 * The output folder as the previous build (or anyone since) left it: every file with its stamp, and every
 * folder. One walk, whose attributes come with the directory listing, serves the whole build: which pages
 * are still as written, which files' bytes to compare, and what to delete. {@code generation} is the
 * output's {@link OutputLock#generation} read before the walk began.
 */
public record OutputTree(Map<String, FileStamp> files, Set<String> folders, long generation) {
  static OutputTree scan(Path root, long generation) throws IOException {
    if (!Files.isDirectory(root)) {
      return new OutputTree(Map.of(), Set.of(), generation);
    }
    Map<String, FileStamp> files = new HashMap<>();
    Set<String> folders = new HashSet<>();
    String prefix = root.toString() + root.getFileSystem().getSeparator();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(root)) {
          folders.add(relative(prefix, dir));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        // A symbolic link or other non-file is never ours: listed so that it is deleted like any stray file.
        files.put(relative(prefix, file), attrs.isRegularFile() ? FileStamp.of(attrs) : new FileStamp(-1, 0, 0));
        return FileVisitResult.CONTINUE;
      }
    });
    return new OutputTree(files, folders, generation);
  }

  /** The stamp of {@code name} as found, or null when there was no such file. */
  public FileStamp stamp(String name) {
    return files.get(name);
  }

  /** {@code p} below the folder whose path (with a separator) is {@code prefix}, with “/”. */
  static String relative(String prefix, Path p) {
    String s = p.toString().substring(prefix.length());
    return java.io.File.separatorChar == '/' ? s : s.replace(java.io.File.separatorChar, '/');
  }
}
