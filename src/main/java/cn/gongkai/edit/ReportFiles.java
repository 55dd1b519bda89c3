package cn.gongkai.edit;

import cn.gongkai.diag.Environment;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.report.ReportLoader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The two files of one year's report, {@code content/reports/<year>.yaml} and {@code .md}, and nothing
 * else: the year is checked (1990..2100) and neither the folder nor a file may be a symbolic link, so no
 * form can read or write outside {@code content/reports/}. Writes are atomic per file (temporary file in
 * the same folder, fsync, rename); when the second rename fails the first file is put back.
 */
final class ReportFiles {
  static final int FIRST_YEAR = 1990;
  static final int LAST_YEAR = 2100;

  /** Moves a written temporary file onto its target; a seam so that a test can make a write fail. */
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  static final Mover ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

  final Path source;
  final int year;
  final Path folder;
  final Path yaml;
  final Path markdown;

  private ReportFiles(Path source, int year) {
    this.source = source;
    this.year = year;
    this.folder = ReportLoader.folder(source);
    this.yaml = folder.resolve(year + ".yaml");
    this.markdown = folder.resolve(year + ".md");
  }

  static ReportFiles of(Path source, int year) throws UserError {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw UserError.refused("年度 " + year + " 不合理：年报的年度应为 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间的四位数年份，没有读写任何文件。");
    }
    ReportFiles f = new ReportFiles(source, year);
    for (Path p : List.of(source.resolve("content"), f.folder, f.yaml, f.markdown)) {
      if (Files.isSymbolicLink(p)) {
        throw UserError.refused(f.shown(p) + " 是符号链接：表单只读写 content/reports/ 下的年报文件本身，没有读写任何文件。");
      }
    }
    return f;
  }

  String shown(Path p) {
    return SourcePos.display(source, p);
  }

  /** The two files as read at one moment: their texts ({@code ""} for a file not there) and which are there. */
  record Disk(ReportTexts texts, boolean yaml, boolean markdown) {
    boolean any() {
      return yaml || markdown;
    }

    /** sha-256 of both files (each marked present or absent); {@code ""} when neither is there. */
    String fingerprint() {
      if (!any()) {
        return "";
      }
      try {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        digest(d, yaml, texts.yaml());
        digest(d, markdown, texts.markdown());
        return HexFormat.of().formatHex(d.digest());
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
      }
    }

    private static void digest(MessageDigest d, boolean present, String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      d.update(ByteBuffer.allocate(8).putLong(present ? bytes.length : -1).array());
      d.update(bytes);
    }
  }

  Disk read() throws UserError {
    return new Disk(new ReportTexts(read(yaml), read(markdown)), exists(yaml), exists(markdown));
  }

  private static boolean exists(Path p) {
    return Files.exists(p, LinkOption.NOFOLLOW_LINKS);
  }

  private String read(Path p) throws UserError {
    if (!exists(p)) {
      return "";
    }
    if (!Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
      throw UserError.refused(shown(p) + " 不是普通文件，表单无法读取，没有读写任何文件。");
    }
    try {
      return new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserError.environment("无法读取 " + shown(p) + "：" + Environment.reason(e) + "。请确认这个文件可以打开，然后再试一次。");
    }
  }

  /** Writes both files, each atomically; on failure the old files stay (the yaml is put back if the md could not be). */
  void write(ReportTexts texts, ReportTexts old, boolean yamlExisted, Mover mover) throws UserError {
    Path tempYaml = null;
    Path tempMd = null;
    try {
      Files.createDirectories(folder);
      tempYaml = temp(texts.yaml());
      tempMd = temp(texts.markdown());
      mover.move(tempYaml, yaml);
      tempYaml = null;
      try {
        mover.move(tempMd, markdown);
        tempMd = null;
        syncFolder();
      } catch (IOException e) {
        restoreYaml(old, yamlExisted);
        throw e;
      }
    } catch (IOException e) {
      throw UserError.environment("无法保存 " + shown(yaml) + " 和 " + shown(markdown) + "：" + Environment.reason(e)
          + "。原有文件没有改动；请确认这个文件夹可以写入、磁盘还有空间，然后再保存一次。");
    } finally {
      deleteQuietly(tempYaml);
      deleteQuietly(tempMd);
    }
  }

  private void restoreYaml(ReportTexts old, boolean existed) throws IOException {
    if (!existed) {
      Files.deleteIfExists(yaml);
      return;
    }
    Path back = temp(old.yaml());
    try {
      ATOMIC.move(back, yaml);
    } finally {
      deleteQuietly(back);
    }
  }

  private Path temp(String text) throws IOException {
    Path t = Files.createTempFile(folder, "." + year + "-", ".tmp");
    try (FileChannel ch = FileChannel.open(t, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      ByteBuffer buf = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    } catch (IOException e) {
      deleteQuietly(t);
      throw e;
    }
    return t;
  }

  /** The renames themselves on disk too, where the system allows a folder to be synced (Linux does, Windows not). */
  private void syncFolder() {
    try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // not possible here: both files are written and renamed all the same
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // a leftover hidden temporary file is harmless; the error that matters is already being reported
    }
  }
}
