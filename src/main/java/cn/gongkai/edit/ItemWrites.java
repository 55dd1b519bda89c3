package cn.gongkai.edit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The files of one save, each written whole to a temporary file in its folder and then given its name in
 * one step, never over an existing file; {@link #undo} removes what this save wrote so far.
 */
final class ItemWrites {
  private final List<Path> written = new ArrayList<>();
  private final List<Path> createdFolders = new ArrayList<>();

  /** Creates {@code folder} (and missing parents) if needed, remembering what it created. */
  void folder(Path folder) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path p = folder; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
      missing.add(0, p);
    }
    for (Path p : missing) {
      Files.createDirectory(p);
      createdFolders.add(0, p);
    }
  }

  void write(Path target, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), ".gongkai-", ".tmp");
    try {
      try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
          out.write(buffer);
        }
        out.force(true);
      }
      place(tmp, target);
      written.add(target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /**
   * Gives the complete temporary file its name. A rename (even ATOMIC_MOVE) silently replaces a file that
   * appeared meanwhile; a hard link is made in one step and only when the name is free. Where the file
   * system has no hard links, the name is checked and the file moved atomically.
   */
  private static void place(Path tmp, Path target) throws IOException {
    try {
      Files.createLink(target, tmp);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    }
  }

  List<Path> written() {
    return List.copyOf(written);
  }

  /** Removes every file this save wrote and every folder it created, newest first; best effort. */
  void undo() {
    for (int i = written.size() - 1; i >= 0; i--) {
      deleteQuietly(written.get(i));
    }
    written.clear();
    createdFolders.forEach(ItemWrites::deleteQuietly);
    createdFolders.clear();
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      // Best effort: the save already failed, and its message names the first cause.
    }
  }
}
