package cn.gongkai.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Bodies for comparing a fast HTML writer with flexmark: every Markdown file of the repository (whole, and
 * without its front matter), and generated bodies of paragraphs, headings, 落款 lines and pipe tables.
 */
final class TestBodies {
  private TestBodies() {}

  static List<String> repositoryTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String root : List.of("content", "src/test/resources", "bench")) {
      try (Stream<Path> walk = Files.walk(Path.of(root))) {
        for (Path p : (Iterable<Path>) walk.filter(f -> f.toString().endsWith(".md")).sorted()::iterator) {
          String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
          texts.add(text);
          int end = text.startsWith("---\n") ? text.indexOf("\n---\n", 3) : -1;
          if (end > 0) {
            texts.add(text.substring(end + 5));
          }
        }
      }
    }
    return texts;
  }

  /**
   * Writes bodies mostly of {@code plain} pieces, as bodies are written; one choice in {@code oddOneIn} (a
   * piece, a line's start or end, a heading's marks, a table's shape or cell) is a near miss of the syntax.
   */
  record Generator(String[] plain, String[] odd, int oddOneIn) {
    String body(Random r) {
      StringBuilder b = new StringBuilder();
      int blocks = 1 + r.nextInt(6);
      for (int i = 0; i < blocks; i++) {
        switch (r.nextInt(8)) {
          case 0, 1, 2 -> paragraph(r, b);
          case 3 -> b.append("#".repeat(odd(r) ? 7 : 1 + r.nextInt(6))).append(odd(r) ? "" : " ").append(odd(r) ? " " : "")
              .append(line(r)).append(odd(r) ? " #" : "").append('\n');
          case 4 -> b.append(line(r)).append('\n').append(r.nextBoolean() ? "===" : "---").append('\n');
          case 5 -> b.append(r.nextBoolean() ? "各村（社区）：" : r.nextBoolean() ? "东山镇人民政府" : "2022年" + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日")
              .append('\n');
          default -> table(r, b);
        }
        // mostly a blank line between blocks
        b.append(odd(r) ? "" : r.nextInt(6) == 0 ? "\n\n" : "\n");
      }
      return b.toString();
    }

    private boolean odd(Random r) {
      return r.nextInt(oddOneIn) == 0;
    }

    private String oddPiece(Random r) {
      return odd[r.nextInt(odd.length)];
    }

    private void paragraph(Random r, StringBuilder b) {
      int lines = 1 + r.nextInt(3);
      for (int i = 0; i < lines; i++) {
        b.append(odd(r) ? oddPiece(r) : "").append(line(r)).append(odd(r) ? oddPiece(r) : "").append('\n');
      }
    }

    private String line(Random r) {
      StringBuilder b = new StringBuilder();
      int pieces = 1 + r.nextInt(5);
      for (int i = 0; i < pieces; i++) {
        b.append(odd(r) ? oddPiece(r) : plain[r.nextInt(plain.length)]);
      }
      return b.toString();
    }

    private void table(Random r, StringBuilder b) {
      int columns = 1 + r.nextInt(4);
      boolean outer = !odd(r);
      row(r, b, columns, outer, odd(r));
      StringBuilder separator = new StringBuilder(outer || columns == 1 ? "|" : "");
      for (int c = 0; c < columns; c++) {
        separator.append(odd(r) ? switch (r.nextInt(8)) {
          case 0 -> "-:-";
          case 1 -> ":--";
          case 2 -> "--:";
          case 3 -> ":";
          case 4 -> "-";
          case 5 -> "-x-";
          default -> "--";
        } : switch (r.nextInt(6)) {
          case 0 -> ":---";
          case 1 -> "---:";
          case 2 -> ":---:";
          case 3 -> " --- ";
          case 4 -> ":----:";
          default -> "---";
        });
        separator.append(c < columns - 1 || outer || columns == 1 ? "|" : "");
      }
      b.append(separator).append('\n');
      int rows = r.nextInt(6);
      for (int i = 0; i < rows; i++) {
        row(r, b, odd(r) ? Math.max(1, columns - 1 + r.nextInt(3)) : columns, outer, true);
      }
    }

    private void row(Random r, StringBuilder b, int cells, boolean outer, boolean mayBeEmpty) {
      b.append(outer || cells == 1 ? "| " : "");
      for (int c = 0; c < cells; c++) {
        String cell = r.nextInt(4) == 0 ? String.valueOf(r.nextInt(1000)) : line(r).replace("|", odd(r) ? "" : "\\|");
        b.append(mayBeEmpty && odd(r) ? (r.nextBoolean() ? "" : "-") : cell);
        b.append(c < cells - 1 ? (odd(r) ? " || " : " | ") : outer || cells == 1 ? " |" : "");
      }
      b.append('\n');
    }
  }
}
