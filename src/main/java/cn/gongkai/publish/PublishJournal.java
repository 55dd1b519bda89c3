package cn.gongkai.publish;

import cn.gongkai.diag.Parallel;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The publish step over a previous build, as a list of operations written down before any is carried out:
 * remove what the new build no longer has, then move in each file whose bytes changed. Unchanged files are
 * not touched (same inode, same mtime), so {@code git status} and rsync-style deploys see only real changes.
 *
 * <p>The journal ({@code .<out>.journal} beside the output) is written through a temporary file and a rename,
 * so it is either whole or absent. A build killed while it is carried out leaves it behind with the staging
 * folder; the next build carries out the rest before anything else ({@link #resume}). Every operation can be
 * repeated: a file already moved is no longer in staging, a file already deleted is gone.
 */
final class PublishJournal {
  private static final String PUT = "put ";
  private static final String DELETE = "delete ";
  private static final String END = "end";

  /** Test hook: a pause after each operation, so that a test can kill a build in the middle of publishing. */
  static final String PAUSE_PROPERTY = "gongkai.test.publishPauseMs";

  private final List<String> operations;

  private PublishJournal(List<String> operations) {
    this.operations = operations;
  }

  static Path path(Path out) {
    return out.resolveSibling("." + out.getFileName() + ".journal");
  }

  /**
   * What turns {@code out} (as {@code tree} found it) into the new build: deletions (files, then whole
   * folders) first, then the changed files. {@code produced} names every file the build made, including those
   * its sink left out because they are unchanged; {@code different} those the sink wrote because their bytes
   * differ. Anything else in staging (the theme's assets, copied there whole) is compared with the output.
   */
  static PublishJournal plan(Path staging, Path out, OutputTree tree, Set<String> produced, Set<String> different) throws IOException {
    Set<String> stagedFiles = files(staging);
    Set<String> kept = new java.util.HashSet<>(produced);
    kept.addAll(stagedFiles);
    Set<String> keptFolders = new java.util.HashSet<>();
    for (String name : kept) {
      // Parents from the nearest up, stopping at one already known: each folder is looked at about once.
      for (int slash = name.lastIndexOf('/'); slash > 0 && keptFolders.add(name.substring(0, slash)); slash = name.lastIndexOf('/', slash - 1)) {
        // the condition does the work
      }
    }
    List<String> ops = new ArrayList<>();
    // Only the topmost gone folder is deleted; a folder's parents are shorter, so they are seen first.
    List<String> byLength = new ArrayList<>(tree.folders());
    byLength.sort(java.util.Comparator.comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()));
    Set<String> gone = new TreeSet<>();
    for (String folder : byLength) {
      if (!keptFolders.contains(folder) && !underAny(gone, folder)) {
        gone.add(folder);
      }
    }
    List<String> goneFolders = new ArrayList<>(gone);
    List<String> goneFiles = new ArrayList<>();
    for (String file : tree.files().keySet()) {
      if (!kept.contains(file) && !underAny(gone, file)) {
        goneFiles.add(file);
      }
    }
    java.util.Collections.sort(goneFiles);
    goneFiles.forEach(f -> ops.add(DELETE + f));
    goneFolders.forEach(g -> ops.add(DELETE + g));
    List<String> changed;
    try {
      List<String> staged = new ArrayList<>(stagedFiles);
      List<Boolean> put = Parallel.map(staged, file -> different.contains(file) || tree.stamp(file) == null || !sameBytes(staging.resolve(file), out.resolve(file)));
      changed = new ArrayList<>();
      for (int i = 0; i < staged.size(); i++) {
        if (put.get(i)) {
          changed.add(staged.get(i));
        }
      }
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
    changed.forEach(file -> ops.add(PUT + file));
    return new PublishJournal(ops);
  }

  /** Whether {@code file} lies in one of the folders of {@code gone} (checks each of its parent folders). */
  private static boolean underAny(Set<String> gone, String file) {
    if (gone.isEmpty()) {
      return false;
    }
    for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
      if (gone.contains(file.substring(0, slash))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the journal moves {@code name} into the output. */
  boolean puts(String name) {
    if (puts == null) {
      Set<String> names = new java.util.HashSet<>();
      operations.stream().filter(op -> op.startsWith(PUT)).forEach(op -> names.add(op.substring(PUT.length())));
      puts = names;
    }
    return puts.contains(name);
  }

  private Set<String> puts;

  int changes() {
    return operations.size();
  }

  /** Writes the journal whole (temporary file, fsync, rename), so that a crash leaves all of it or none. */
  void write(Path journal) throws IOException {
    Path temp = journal.resolveSibling(journal.getFileName() + ".tmp");
    List<String> lines = new ArrayList<>(operations);
    lines.add(END);
    Files.write(temp, lines, StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    move(temp, journal);
  }

  /** Carries out every operation; each one again is harmless. */
  void apply(Path staging, Path out) throws IOException {
    long pause = Long.getLong(PAUSE_PROPERTY, 0L);
    for (String op : operations) {
      if (pause > 0) {
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", e);
        }
      }
      if (op.startsWith(DELETE)) {
        Path target = out.resolve(op.substring(DELETE.length()));
        if (Files.isDirectory(target)) {
          Folders.delete(target);
        } else {
          Files.deleteIfExists(target);
        }
      } else {
        String file = op.substring(PUT.length());
        Path from = staging.resolve(file);
        if (Files.exists(from)) {
          Path to = out.resolve(file);
          Files.createDirectories(to.getParent());
          move(from, to);
        }
      }
    }
  }

  /**
   * After a build killed while publishing: the journal it left, carried out to the end from the staging
   * folder beside it. Nothing to do without a journal (a build killed before publishing changed nothing).
   * A journal that does not end with its last line is no journal (never the case with {@link #write}).
   */
  static boolean resume(Path staging, Path out) throws IOException {
    Path journal = path(out);
    Files.deleteIfExists(journal.resolveSibling(journal.getFileName() + ".tmp"));
    if (!Files.isRegularFile(journal)) {
      return false;
    }
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    if (!lines.isEmpty() && lines.get(lines.size() - 1).equals(END)) {
      new PublishJournal(lines.subList(0, lines.size() - 1)).apply(staging, out);
    }
    Files.delete(journal);
    return true;
  }

  private static boolean sameBytes(Path a, Path b) {
    try {
      return Files.isRegularFile(b) && Files.size(a) == Files.size(b) && Files.mismatch(a, b) == -1;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Every regular file under {@code root}, as a path with “/”, sorted. */
  private static Set<String> files(Path root) throws IOException {
    Set<String> out = new TreeSet<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(p -> out.add(relative(root, p)));
    }
    return out;
  }

  private static String relative(Path root, Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
