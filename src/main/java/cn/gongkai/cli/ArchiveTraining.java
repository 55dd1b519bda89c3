package cn.gongkai.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The training run of the class-data sharing archive {@code gongkai.jsa} ({@code mvn package}, see
 * pom.xml): the archive holds the classes one JVM loaded, so this JVM does what webmasters do. It copies
 * the repository's column, adds items to it with {@code new-item}, builds it into an empty folder, then
 * rebuilds it after an edit to plain text and after an edit that adds a link. Trained on the first build
 * alone (the repository's column has no items), a rebuild of 10,000 items loaded the build cache's
 * classes and spun its lambdas and method handles itself.
 *
 * <p>Usage: {@code java -XX:ArchiveClassesAtExit=gongkai.jsa -cp gongkai.jar cn.gongkai.cli.ArchiveTraining
 * <repository> <work folder>}; the work folder is emptied first. Exits non-zero when a step fails.
 */
public final class ArchiveTraining {
  /** Items added per column: enough for list pages with a second page, and for the catalogue's filters. */
  static final int ITEMS_PER_COLUMN = 12;

  static final List<String> COLUMNS = List.of("policy", "planning", "finance");

  private ArchiveTraining() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: ArchiveTraining <repository> <work folder>");
      System.exit(ExitCode.USAGE.code());
    }
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(Path.of(args[0]), Path.of(args[1]), out, err));
  }

  /** The training steps; the exit code of the first that fails, or 0. */
  static int run(Path repository, Path work, PrintWriter out, PrintWriter err) throws IOException {
    delete(work);
    Path site = work.resolve("site");
    copy(repository.resolve("content"), site.resolve("content"));
    copy(repository.resolve("themes"), site.resolve("themes"));
    String source = site.toString();
    String output = work.resolve("out").toString();
    Path first = null;
    int day = 1;
    for (String column : COLUMNS) {
      for (int i = 1; i <= ITEMS_PER_COLUMN; i++, day++) {
        String date = String.format("2022-%02d-%02d", 1 + day / 28, 1 + day % 28);
        int code = Main.run(new String[] {"new-item", "--source", source, "--column", column, "--title", "训练用示例信息" + day, "--date", date}, out, err);
        if (code != 0) {
          return code;
        }
        Path item = site.resolve("content").resolve(column).resolve(date + ".md");
        publish(item, day);
        first = first == null ? item : first;
      }
    }
    int code = Main.run(new String[] {"build", "--source", source, "--out", output}, out, err);
    if (code == 0) {
      append(first, "训练用示例补充的一句。\n");
      code = Main.run(new String[] {"build", "--source", source, "--out", output}, out, err);
    }
    if (code == 0) {
      append(first, "\n详见[本栏目](../)。\n");
      code = Main.run(new String[] {"build", "--source", source, "--out", output}, out, err);
    }
    return code;
  }

  /** The draft {@code new-item} wrote, published with a body: paragraphs, a heading and a table. */
  private static void publish(Path item, int n) throws IOException {
    String text = Files.readString(item, StandardCharsets.UTF_8);
    String draft = text.lines().filter(l -> l.startsWith("status: draft")).findFirst()
        .orElseThrow(() -> new IllegalStateException("new-item wrote no “status: draft” line: " + item));
    String placeholder = "<!-- 在这里写正文。 -->";
    if (!text.contains(placeholder)) {
      throw new IllegalStateException("new-item wrote no body placeholder " + placeholder + ": " + item);
    }
    String body = "本条为训练用示例信息第" + n + "条，正文为示例文字。\n\n## 一、基本情况\n\n示例段落。\n\n"
        + "| 项目 | 数量 | 金额（万元） |\n|---|---:|---:|\n| 第1项 | " + n + " | " + (n * 3) + ".5 |\n| 第2项 | 7 | 12.25 |\n";
    Files.writeString(item, text.replace(draft + "\n", "").replace(placeholder, body), StandardCharsets.UTF_8);
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk.sorted()::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
