package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build over a previous build changes only what differs: unchanged files keep their inode and mtime, removed
 * outputs go, and after any sequence of edits, additions, renames and deletions the output is byte for byte a
 * fresh build of the same sources.
 */
class IncrementalPublishTest {
  @TempDir Path dir;

  /** The file's identity (its inode on Linux and macOS; null where the system has none to give, as on Windows) and mtime. */
  record Stamp(Object fileKey, FileTime modified) {}

  static Map<String, Stamp> stamps(Path root) throws Exception {
    Map<String, Stamp> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        var attributes = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
        out.put(root.relativize(p).toString(), new Stamp(attributes.fileKey(), attributes.lastModifiedTime()));
      }
    }
    return out;
  }

  @Test
  void aOneFileEditRewritesOnlyTheFilesWhoseBytesChange() throws Exception {
    Path src = dir.resolve("src");
    TestSite.copyOfRepoSite(src);
    Path out = dir.resolve("site");
    SiteBuilder.build(src, out);
    Map<String, byte[]> before = OutputFiles.read(out);
    Map<String, Stamp> stampsBefore = stamps(out);
    Thread.sleep(20); // a rewritten file would get a later mtime

    Path intro = src.resolve("content/system/index.md");
    Files.writeString(intro, Files.readString(intro) + "\n新增的一段测试文字。\n");
    SiteBuilder.build(src, out);

    Map<String, byte[]> after = OutputFiles.read(out);
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, byte[]> e : after.entrySet()) {
      boolean same = before.containsKey(e.getKey()) && java.util.Arrays.equals(before.get(e.getKey()), e.getValue());
      if (same) {
        assertEquals(stampsBefore.get(e.getKey()), stamps(out).get(e.getKey()), e.getKey() + ": unchanged bytes, so not touched");
      } else {
        changed.add(e.getKey());
      }
    }
    assertTrue(changed.contains("system/index.html"), changed.toString());
    assertTrue(changed.size() < 5, "only what the edit changes is written: " + changed);
    assertFalse(Files.exists(dir.resolve(".site.journal")) || Files.exists(dir.resolve(".site.building")), "nothing left beside the site");
    Path fresh = dir.resolve("fresh");
    SiteBuilder.build(src, fresh);
    assertNull(OutputFiles.difference(OutputFiles.read(fresh), after));
  }

  /**
   * Random edit sequences on a small site (seeded: {@code -Dincremental.seed=N}): after every build, the
   * output equals a fresh build into an empty folder, file for file. Every file's modification time is set
   * well in the past, as on a webmaster's machine, so the build cache trusts unchanged files and reuses
   * what it read and rendered: the edits are chosen to reach what a page shows through another file (a
   * neighbour's title, a linked item's new column, the theme, a hand-edited output file).
   */
  @Test
  void afterAnySequenceOfEditsTheOutputIsAFreshBuild() throws Exception {
    long seed = Long.getLong("incremental.seed", 20261201L);
    int sequences = 4;
    int steps = 15;
    int builds = 0;
    int rendered = 0;
    int pages = 0;
    int bodyEdits = 0;
    int checksReused = 0;
    for (int s = 0; s < sequences; s++) {
      Random random = new Random(seed + s);
      String columns = TestSite.resource("fixtures/columns.yaml") + "- id: notice\n  title: 通知公告\n  description: 通知公告。\n";
      Path src = TestSite.write(dir.resolve("src-" + s), TestSite.valid2021() + "-- content/columns.yaml --\n" + columns);
      Clock clock = new Clock(src);
      clock.ageAll();
      Path out = dir.resolve("site-" + s);
      List<String> items = new ArrayList<>();
      int next = 1;
      SiteBuilder.build(src, out);
      for (int step = 0; step < steps; step++) {
        String what = edit(random, src, out, items, next, clock);
        if (what.startsWith("add")) {
          next++;
        }
        SiteBuilder.Result r = SiteBuilder.build(src, out);
        builds++;
        if (what.startsWith("edit body")) {
          // The item's own page only: its title, date and column (all that lists and neighbours show) are as they were.
          assertEquals(1, r.rendered(), "seed " + (seed + s) + " step " + step + " (" + what + ")");
          assertTrue(r.checksReused(), "a body edit takes the content rules' findings from the state: seed " + (seed + s) + " step " + step);
          bodyEdits++;
        }
        rendered += r.rendered();
        pages += r.pages();
        Path fresh = dir.resolve("fresh-" + s + "-" + step);
        SiteBuilder.Result f = SiteBuilder.build(src, fresh);
        assertNull(OutputFiles.difference(OutputFiles.read(fresh), OutputFiles.read(out)), "seed " + (seed + s) + " step " + step + " (" + what + ")");
        assertEquals(f.findings(), r.findings(), "the same findings as a fresh build: seed " + (seed + s) + " step " + step + " (" + what + ")");
        checksReused += r.checksReused() ? 1 : 0;
      }
    }
    System.out.println("增量生成随机编辑测试：基础种子 " + seed + "，" + sequences + " 组，共 " + builds + " 次增量生成，每次与全新生成逐字节相同；"
        + "重新渲染 " + rendered + " 个页面（共 " + pages + " 个），" + checksReused + " 次沿用上次的内容检查结果。");
    assertTrue(bodyEdits > 0, "the sequences include body edits");
  }

  /**
   * A page shows where its links point: when a linked item moves to another column (its own file edited, the
   * linking one not), the linking page is rendered again, though nothing it depends on directly changed.
   */
  @Test
  void aPageFollowsTheItemItLinksTo() throws Exception {
    String columns = TestSite.resource("fixtures/columns.yaml")
        + "- id: notice\n  title: 通知公告\n  description: 通知公告。\n- id: other\n  title: 其他信息\n  description: 其他信息。\n";
    Path src = TestSite.write(dir.resolve("src"), TestSite.valid2021() + "-- content/columns.yaml --\n" + columns
        + "-- content/notice/a.md --\n" + item(1, "notice", "正文，见[另一条](../policy/b.md)。", "2024-02-03")
        + "-- content/policy/b.md --\n" + item(2, "policy", "正文。", "2024-02-02")
        + "-- content/policy/c.md --\n" + item(3, "policy", "正文。", "2024-02-01"));
    Clock clock = new Clock(src);
    clock.ageAll();
    Path out = dir.resolve("site");
    SiteBuilder.build(src, out);
    assertTrue(Files.readString(out.resolve("notice/a.html")).contains("href=\"../policy/b.html\""));
    Path b = src.resolve("content/policy/b.md");
    Files.writeString(b, Files.readString(b).replace("column: policy", "column: other"));
    clock.touched(b);
    SiteBuilder.Result r = SiteBuilder.build(src, out);
    assertTrue(Files.readString(out.resolve("notice/a.html")).contains("href=\"../other/b.html\""));
    assertTrue(r.rendered() < r.pages(), "the cache was used: " + r.rendered() + " of " + r.pages());
    Path fresh = dir.resolve("fresh");
    SiteBuilder.build(src, fresh);
    assertNull(OutputFiles.difference(OutputFiles.read(fresh), OutputFiles.read(out)));
  }

  /** Sets modification times: every file well in the past, and each edited file a time of its own (as a clock that moves on). */
  static final class Clock {
    private final Path src;
    private long next = System.currentTimeMillis() - 86_400_000L;

    Clock(Path src) {
      this.src = src;
    }

    void ageAll() throws Exception {
      try (Stream<Path> walk = Files.walk(src)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          touched(p);
        }
      }
    }

    void touched(Path p) throws Exception {
      next += 1000;
      Files.setLastModifiedTime(p, FileTime.fromMillis(next));
    }
  }

  /** One random change to the sources (or to the output, as a hand edit would), its files given past times. */
  private static String edit(Random random, Path src, Path out, List<String> items, int next, Clock clock) throws Exception {
    int kind = items.isEmpty() ? 0 : random.nextInt(12);
    switch (kind) {
      case 0 -> {
        String name = "notice-" + next;
        Path file = src.resolve("content/policy/" + name + ".md");
        Files.createDirectories(file.getParent());
        // Each new item links to an earlier one, whose page address can change under it.
        String link = items.isEmpty() ? "" : "见[上一条](" + items.get(items.size() - 1) + ".md)。";
        Files.writeString(file, item(next, "policy", "第一版正文。" + link, "2024-02-0" + (1 + random.nextInt(9))));
        clock.touched(file);
        items.add(name);
        return "add " + name;
      }
      case 1, 2 -> {
        Path file = pick(random, src, items);
        Files.writeString(file, Files.readString(file).replaceFirst("正文[^\n]*?。", "改过的正文 " + random.nextInt(1000) + "。"));
        clock.touched(file);
        return "edit body of " + file.getFileName();
      }
      case 3 -> {
        Path file = pick(random, src, items);
        Files.writeString(file, Files.readString(file).replaceFirst("title: [^\n]*", "title: 改名的通知" + random.nextInt(1000) + "（示例）"));
        clock.touched(file);
        return "retitle " + file.getFileName();
      }
      case 4 -> {
        Path file = pick(random, src, items);
        String to = Files.readString(file).contains("column: policy") ? "notice" : "policy";
        Files.writeString(file, Files.readString(file).replaceFirst("column: \\w+", "column: " + to));
        clock.touched(file);
        return "move " + file.getFileName() + " to " + to;
      }
      case 5 -> {
        int i = random.nextInt(items.size());
        String name = items.get(i);
        Path file = src.resolve("content/policy/" + name + ".md");
        String renamed = name + "-r";
        Files.move(file, file.resolveSibling(renamed + ".md"));
        // Links to it are written as the webmaster would: to the new name.
        for (Path other : itemFiles(src)) {
          Files.writeString(other, Files.readString(other).replace("(" + name + ".md)", "(" + renamed + ".md)"));
          clock.touched(other);
        }
        items.set(i, renamed);
        return "rename " + name;
      }
      case 6 -> {
        String name = items.remove(random.nextInt(items.size()));
        Files.delete(src.resolve("content/policy/" + name + ".md"));
        for (Path other : itemFiles(src)) {
          String text = Files.readString(other);
          if (text.contains("(" + name + ".md)")) {
            Files.writeString(other, text.replaceAll("见\\[上一条\\]\\(" + java.util.regex.Pattern.quote(name) + "\\.md\\)。", ""));
            clock.touched(other);
          }
        }
        return "delete " + name;
      }
      case 7 -> {
        Path yaml = src.resolve("content/reports/2023.yaml");
        int n = random.nextInt(20);
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("penalty: \\d+", "penalty: " + n));
        clock.touched(yaml);
        return "report penalty " + n;
      }
      case 8 -> {
        Path css = src.resolve("themes/default/assets/css");
        Path file;
        try (Stream<Path> walk = Files.walk(css)) {
          file = walk.filter(Files::isRegularFile).sorted().findFirst().orElseThrow();
        }
        Files.writeString(file, Files.readString(file) + "\n/* " + random.nextInt(1000) + " */\n");
        Path layout = src.resolve("themes/default/templates/layout.peb");
        Files.writeString(layout, Files.readString(layout).replace("</body>", "<!-- " + random.nextInt(1000) + " -->\n</body>"));
        clock.touched(file);
        clock.touched(layout);
        return "theme";
      }
      case 9 -> {
        // A report narrative's text (its parsed body can come from the build cache).
        Path md = src.resolve("content/reports/2023.md");
        Files.writeString(md, Files.readString(md) + "\n本段为测试修改的文字（示例）" + random.nextInt(1000) + "。\n");
        clock.touched(md);
        return "report narrative";
      }
      case 10 -> {
        Path intro = src.resolve("content/policy/index.md");
        String text = Files.exists(intro) ? Files.readString(intro) : "---\nupdated: 2024-01-05\n---\n本栏目发布本镇政府信息公开工作制度（示例）。\n";
        Files.createDirectories(intro.getParent());
        Files.writeString(intro, text + "\n栏目说明新增一段（示例）" + random.nextInt(1000) + "。\n");
        clock.touched(intro);
        return "column introduction";
      }
      default -> {
        // A hand edit in the output (or an old copy put back): the next build must make it a fresh build again.
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(out)) {
          walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
        }
        Path page = pages.get(random.nextInt(pages.size()));
        Files.writeString(page, Files.readString(page).replace("</body>", "<p>hand edit</p></body>"));
        return "hand edit of " + out.relativize(page);
      }
    }
  }

  private static Path pick(Random random, Path src, List<String> items) {
    return src.resolve("content/policy/" + items.get(random.nextInt(items.size())) + ".md");
  }

  private static List<Path> itemFiles(Path src) throws Exception {
    try (Stream<Path> walk = Files.walk(src.resolve("content/policy"))) {
      return walk.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("index.md")).sorted().toList();
    }
  }

  private static String item(int n, String column, String body, String date) {
    return "---\ntitle: 测试通知" + n + "（示例）\nindex_no: 123456789X/2024-" + (100 + n) + "\npublisher: 示例镇\ngenerated: " + date + "\n"
        + "published: " + date + "\nscope: 全部公开\nchannel: 政府网站\ncolumn: " + column + "\n---\n\n" + body + "\n";
  }
}
