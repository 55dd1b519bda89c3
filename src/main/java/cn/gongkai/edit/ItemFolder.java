package cn.gongkai.edit;

import cn.gongkai.diag.Environment;
import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The folder an item is saved in, {@code content/<column>/}, confined to {@code content/}: the column id
 * must be a single plain folder name (whatever columns.yaml says) and the resolved folder a direct child
 * of {@code content/} that is no symbolic link.
 */
final class ItemFolder {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private ItemFolder() {}

  /** {@code content/<column>/}, or empty when {@code column} would lead anywhere else. */
  static Optional<Path> of(Path source, String column) {
    if (!isPlainId(column)) {
      return Optional.empty();
    }
    Path content = source.resolve("content").toAbsolutePath().normalize();
    Path folder;
    try {
      folder = content.resolve(column).normalize();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
    boolean inside = folder.startsWith(content) && content.equals(folder.getParent());
    return inside && !Files.isSymbolicLink(folder) ? Optional.of(folder) : Optional.empty();
  }

  /** A column id that can only name a folder directly in {@code content/}: lower-case letters, digits, hyphens. */
  static boolean isPlainId(String column) {
    return ID.matcher(column).matches();
  }

  /** {@code <date>.md}, or {@code <date>-2.md}, {@code -3} … when taken (new-item's rule). */
  static Path nextFile(Path folder, String date) {
    Path file = folder.resolve(date + ".md");
    for (int n = 2; Files.exists(file, LinkOption.NOFOLLOW_LINKS); n++) {
      file = folder.resolve(date + "-" + n + ".md");
    }
    return file;
  }

  /** The names of the files and folders already in {@code folder} (none when it does not exist yet). */
  static List<String> existingNames(Path folder) throws UserError {
    if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw UserError.environment("无法读取文件夹 " + folder + "：" + Environment.reason(e) + "。请确认这个文件夹可以打开，然后再试一次。");
    }
  }
}
