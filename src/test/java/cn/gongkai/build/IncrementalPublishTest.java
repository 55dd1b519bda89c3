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
   * output equals a fresh build into an empty folder, file for file.
   */
  @Test
  void afterAnySequenceOfEditsTheOutputIsAFreshBuild() throws Exception {
    long seed = Long.getLong("incremental.seed", 20261201L);
    int sequences = 3;
    int steps = 12;
    int builds = 0;
    for (int s = 0; s < sequences; s++) {
      Random random = new Random(seed + s);
      Path src = TestSite.write(dir.resolve("src-" + s), TestSite.valid2021() + "-- content/columns.yaml --\n" + TestSite.resource("fixtures/columns.yaml"));
      Path out = dir.resolve("site-" + s);
      List<String> items = new ArrayList<>();
      int next = 1;
      SiteBuilder.build(src, out);
      for (int step = 0; step < steps; step++) {
        String what = edit(random, src, items, next);
        if (what.startsWith("add")) {
          next++;
        }
        SiteBuilder.build(src, out);
        builds++;
        Path fresh = dir.resolve("fresh-" + s + "-" + step);
        SiteBuilder.build(src, fresh);
        assertNull(OutputFiles.difference(OutputFiles.read(fresh), OutputFiles.read(out)), "seed " + (seed + s) + " step " + step + " (" + what + ")");
      }
    }
    System.out.println("增量生成随机编辑测试：基础种子 " + seed + "，" + sequences + " 组，共 " + builds + " 次增量生成，每次与全新生成逐字节相同。");
  }

  /** One random change: add, edit, rename or delete an item, or change a figure of the report. */
  private static String edit(Random random, Path src, List<String> items, int next) throws Exception {
    int kind = items.isEmpty() ? 0 : random.nextInt(5);
    Path folder = src.resolve("content/policy");
    Files.createDirectories(folder);
    switch (kind) {
      case 0 -> {
        String name = "notice-" + next;
        Files.writeString(folder.resolve(name + ".md"), item(next, "第一版正文。"));
        items.add(name);
        return "add " + name;
      }
      case 1 -> {
        String name = items.get(random.nextInt(items.size()));
        Files.writeString(folder.resolve(name + ".md"), item(Integer.parseInt(name.replaceAll("\\D", "")), "改过的正文 " + random.nextInt(1000) + "。"));
        return "edit " + name;
      }
      case 2 -> {
        int i = random.nextInt(items.size());
        String name = items.get(i);
        String renamed = name + "-r";
        Files.move(folder.resolve(name + ".md"), folder.resolve(renamed + ".md"));
        items.set(i, renamed);
        return "rename " + name;
      }
      case 3 -> {
        String name = items.remove(random.nextInt(items.size()));
        Files.delete(folder.resolve(name + ".md"));
        return "delete " + name;
      }
      default -> {
        Path yaml = src.resolve("content/reports/2023.yaml");
        int n = random.nextInt(20);
        String text = Files.readString(yaml).replaceFirst("penalty: \\d+", "penalty: " + n);
        Files.writeString(yaml, text);
        return "report penalty " + n;
      }
    }
  }

  private static String item(int n, String body) {
    return "---\ntitle: 测试通知" + n + "（示例）\nindex_no: 123456789X/2024-" + (100 + n) + "\npublisher: 示例镇\ngenerated: 2024-02-01\n"
        + "published: 2024-02-01\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n" + body + "\n";
  }
}
