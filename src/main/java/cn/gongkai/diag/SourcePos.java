package cn.gongkai.diag;

import java.nio.file.Path;

/** A place in a source file, as a webmaster would look it up: path relative to the site source, 1-based line and column. */
public record SourcePos(String file, int line, int column) {

  public static SourcePos file(String file) {
    return new SourcePos(file, 0, 0);
  }

  public static SourcePos of(Path sourceRoot, Path file, int line, int column) {
    return new SourcePos(display(sourceRoot, file), line, column);
  }

  /** The path shown in messages: relative to the site source, with forward slashes. */
  public static String display(Path sourceRoot, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path root = sourceRoot.toAbsolutePath().normalize();
    Path shown = abs.startsWith(root) ? root.relativize(abs) : abs;
    return shown.toString().replace('\\', '/');
  }

  @Override
  public String toString() {
    if (line <= 0) {
      return file;
    }
    return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
  }
}
