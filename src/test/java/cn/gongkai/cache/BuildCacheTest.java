package cn.gongkai.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build cache only ever saves work: a bad, foreign or doubtful state means reading and rendering again. */
class BuildCacheTest {
  @TempDir Path dir;

  private Path site() throws Exception {
    Path src = TestSite.write(dir.resolve("src"), TestSite.valid2021() + "-- content/columns.yaml --\n" + TestSite.resource("fixtures/columns.yaml") + "-- content/policy/a.md --\n" + item("第一版正文。"));
    try (Stream<Path> walk = Files.walk(src)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis() - 3_600_000L));
      }
    }
    return src;
  }

  private static Path stateFile(Path src) throws Exception {
    try (Stream<Path> files = Files.list(src.resolve("target/gongkai-cache"))) {
      return files.filter(p -> p.toString().endsWith(".state")).findFirst().orElseThrow();
    }
  }

  @Test
  void anUnchangedSiteRendersNothingAgain() throws Exception {
    Path src = site();
    Path out = dir.resolve("site");
    SiteBuilder.Result first = SiteBuilder.build(src, out);
    assertEquals(first.pages(), first.rendered());
    SiteBuilder.Result second = SiteBuilder.build(src, out);
    assertEquals(0, second.rendered(), "nothing changed, nothing rendered");
    assertEquals(1, second.itemsReused(), "the item file not read again");
  }

  /** The webmaster may name the folder as "." one day and by its full path the next: the same items, none read again. */
  @Test
  void anotherSpellingOfTheSourceFolderReadsNothingAgain() throws Exception {
    Path src = site();
    Path out = dir.resolve("site");
    SiteBuilder.build(src, out);
    Path relative = Path.of("").toAbsolutePath().relativize(src);
    assertFalse(relative.isAbsolute());
    for (Path spelling : List.of(relative, dir.resolve("elsewhere/../src/."), src)) {
      SiteBuilder.Result r = SiteBuilder.build(spelling, out);
      assertEquals(1, r.itemsReused(), spelling + ": the item file not read again");
      assertEquals(0, r.rendered(), spelling + ": nothing rendered");
      assertTrue(r.checksReused(), spelling + ": the content rules not run again");
    }
    assertEquals(OutputFilesOf.fresh(src, dir.resolve("fresh")), OutputFilesOf.read(out));
  }

  @Test
  void aDamagedStateIsNoState() throws Exception {
    Path src = site();
    Path out = dir.resolve("site");
    SiteBuilder.build(src, out);
    Path state = stateFile(src);
    byte[] bytes = Files.readAllBytes(state);
    for (int i = 40; i < bytes.length; i += 97) {
      bytes[i] ^= 0x5A;
    }
    Files.write(state, bytes);
    Path a = src.resolve("content/policy/a.md");
    Files.writeString(a, item("第二版正文。"));
    SiteBuilder.build(src, out);
    assertTrue(Files.readString(out.resolve("policy/a.html")).contains("第二版正文"));
    Files.write(state, new byte[] {1, 2, 3});
    SiteBuilder.Result r = SiteBuilder.build(src, out);
    assertEquals(r.pages(), r.rendered(), "a state that cannot be read: every page rendered");
    assertEquals(OutputFilesOf.fresh(src, dir.resolve("fresh")), OutputFilesOf.read(out));
  }

  /**
   * A file changed again within the clock tick of the build that read it keeps its size and time (as on a
   * file system with coarse times): a stamp that close to the build is not trusted, so the change is seen.
   */
  @Test
  void aStampTakenTooCloseToTheFilesChangeIsNotTrusted() throws Exception {
    Path src = site();
    Path out = dir.resolve("site");
    Path a = src.resolve("content/policy/a.md");
    FileTime now = FileTime.fromMillis(System.currentTimeMillis());
    Files.setLastModifiedTime(a, now);
    SiteBuilder.build(src, out);
    long size = Files.size(a);
    Files.writeString(a, Files.readString(a).replace("第一版正文", "第三版正文"));
    Files.setLastModifiedTime(a, now);
    assertEquals(size, Files.size(a), "the same size");
    assertEquals(0, SiteBuilder.build(src, out).itemsReused(), "read again");
    assertTrue(Files.readString(out.resolve("policy/a.html")).contains("第三版正文"), "the same size and time, yet read again");
  }

  /**
   * A report narrative parsed cleanly is not parsed again while its text is the same (its links come from the
   * state); once edited it is parsed and checked again: a broken link and a script are found as in a fresh build.
   */
  @Test
  void anUnchangedNarrativeIsTakenFromTheStateAndAnEditedOneIsCheckedAgain() throws Exception {
    Path src = site();
    Path out = dir.resolve("site");
    SiteBuilder.build(src, out);
    cn.gongkai.report.AnnualReport report =
        cn.gongkai.content.ContentLoader.load(src, SiteBuilder.today(), new cn.gongkai.diag.Findings()).reports().get(0);
    cn.gongkai.report.Narrative.Section first = report.narrative().sections().get(0);
    BuildCache state = BuildCache.open(src, out);
    assertTrue(state.earlierText(report.files().markdown(), first.bodyLine(), first.markdown()) != null, "the clean section is in the state");
    assertEquals(null, state.earlierText(report.files().markdown(), first.bodyLine(), first.markdown() + "改"), "another text is not");
    assertEquals(null, state.earlierText(report.files().markdown(), first.bodyLine() + 1, first.markdown()), "nor the same text at another line");

    Path md = src.resolve("content/reports/2023.md");
    String text = Files.readString(md);
    Files.writeString(md, text + "\n详见[专栏说明](../nowhere/)。\n");
    cn.gongkai.diag.UserError broken = org.junit.jupiter.api.Assertions.assertThrows(cn.gongkai.diag.UserError.class, () -> SiteBuilder.build(src, out));
    assertTrue(broken.findings().stream().anyMatch(f -> f.rule() == cn.gongkai.diag.Rule.LINK_01), broken.findings().toString());
    Files.writeString(md, text + "\n<script>alert(1)</script>\n");
    cn.gongkai.diag.UserError script = org.junit.jupiter.api.Assertions.assertThrows(cn.gongkai.diag.UserError.class, () -> SiteBuilder.build(src, out));
    assertTrue(script.findings().stream().anyMatch(f -> f.rule() == cn.gongkai.diag.Rule.HTML_01), script.findings().toString());
    Files.writeString(md, text);
    SiteBuilder.build(src, out);
    assertEquals(OutputFilesOf.fresh(src, dir.resolve("fresh")), OutputFilesOf.read(out));
  }

  /**
   * The content rules read no item body: after a body edit their findings come from the state, and they are
   * the findings of a fresh build. Any other change they read (an item's metadata, the day) runs them again,
   * so a 索引号 made wrong is found as in a fresh build.
   */
  @Test
  void aBodyEditTakesTheChecksFromTheStateAndAMetadataEditRunsThemAgain() throws Exception {
    Path src = site();
    Path siteYaml = src.resolve("content/site.yaml");
    Files.writeString(siteYaml, Files.readString(siteYaml).replace("https://gongkai.example.gov.cn/", "https://gongkai.example/")); // a CFG-02 warning
    Path out = dir.resolve("site");
    assertFalse(SiteBuilder.build(src, out).checksReused(), "no state yet");
    Path a = src.resolve("content/policy/a.md");
    Files.writeString(a, item("第二版正文。"));
    SiteBuilder.Result bodyEdit = SiteBuilder.build(src, out);
    assertTrue(bodyEdit.checksReused(), "only a body changed");
    assertFalse(bodyEdit.findings().isEmpty(), "the test site has findings to carry over");
    assertEquals(SiteBuilder.build(src, dir.resolve("fresh-1")).findings(), bodyEdit.findings());

    Files.writeString(a, item("第二版正文。").replace("index_no: 123456789X/2024-101", "index_no: 123456789X-2024-101"));
    cn.gongkai.diag.UserError wrong = assertThrows(cn.gongkai.diag.UserError.class, () -> SiteBuilder.build(src, out));
    assertTrue(wrong.findings().stream().anyMatch(f -> f.rule() == cn.gongkai.diag.Rule.META_01 && f.pos().file().equals("content/policy/a.md")), wrong.findings().toString());

    Files.writeString(a, item("第三版正文。"));
    assertTrue(SiteBuilder.build(src, out).checksReused(), "the metadata is again that of the last build");
    SiteBuilder.Result nextDay = SiteBuilder.build(src, out, SiteBuilder.today().plusDays(1));
    assertFalse(nextDay.checksReused(), "another day: the rules run again");
    assertEquals(SiteBuilder.build(src, dir.resolve("fresh-2"), SiteBuilder.today().plusDays(1)).findings(), nextDay.findings());
  }

  /** A reused item's key for the content rules is the one the earlier build saved: it must be what hashing the item again gives. */
  @Test
  void aReusedItemsSavedKeyIsTheKeyOfTheItemReadAgain() throws Exception {
    Path src = site();
    Path out = dir.resolve("site");
    SiteBuilder.build(src, out);
    SiteBuilder.build(src, out); // the state now holds keys written back from reused entries too
    java.time.LocalDate today = SiteBuilder.today();
    BuildCache withState = BuildCache.open(src, out);
    cn.gongkai.diag.Findings found = new cn.gongkai.diag.Findings();
    cn.gongkai.content.Content reusing = cn.gongkai.content.ContentLoader.load(src, today, found, withState, cn.gongkai.yaml.ParsedTrees.NONE);
    assertEquals(1, withState.reusedCount());
    BuildCache without = BuildCache.open(src, dir.resolve("never-built"));
    cn.gongkai.diag.Findings foundAgain = new cn.gongkai.diag.Findings();
    cn.gongkai.content.Content readAgain = cn.gongkai.content.ContentLoader.load(src, today, foundAgain);
    assertEquals(without.checksKey(readAgain, foundAgain.all(), today), withState.checksKey(reusing, found.all(), today));
    Files.writeString(src.resolve("content/policy/a.md"), item("第一版正文。").replace("测试通知", "测试公告"));
    cn.gongkai.diag.Findings edited = new cn.gongkai.diag.Findings();
    assertFalse(without.checksKey(cn.gongkai.content.ContentLoader.load(src, today, edited), edited.all(), today) == withState.checksKey(reusing, found.all(), today), "a title edit changes it");
  }

  /**
   * {@link BuildCache#addItem} is the key of an item for the content rules: it must take every part of the
   * record but the body. A part added to these records must be added there too (then to this list).
   */
  @Test
  void theChecksKeyCoversEveryPartOfAnItem() {
    assertEquals(
        List.of("file", "path", "slug", "column", "title", "meta", "summary", "attachments", "draft", "body", "bodyLine", "positions"),
        names(cn.gongkai.items.Item.class));
    assertEquals(List.of("indexNo", "publisher", "generated", "published", "scope", "channel", "docNo", "validity", "positions"), names(cn.gongkai.meta.DisclosureMeta.class));
    assertEquals(List.of("indexNo", "publisher", "published"), names(cn.gongkai.meta.DisclosureMeta.Positions.class));
    assertEquals(List.of("name", "path", "size"), names(cn.gongkai.items.Item.Attachment.class));
    assertEquals(List.of("file", "column"), names(cn.gongkai.items.Item.Positions.class));
    assertEquals(List.of("file", "line", "column"), names(cn.gongkai.diag.SourcePos.class));
    assertEquals(List.of("rule", "level", "pos", "message", "subject", "row", "note", "waivable", "toVerify"), names(cn.gongkai.diag.Finding.class));
  }

  private static List<String> names(Class<?> record) {
    return java.util.Arrays.stream(record.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();
  }

  private static String item(String body) {
    return "---\ntitle: 测试通知（示例）\nindex_no: 123456789X/2024-101\npublisher: 示例镇\ngenerated: 2024-02-01\n"
        + "published: 2024-02-01\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n" + body + "\n";
  }

  /** The output files of a folder, and of a fresh build, as one text for comparing. */
  static final class OutputFilesOf {
    static String read(Path root) throws Exception {
      StringBuilder s = new StringBuilder();
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
          s.append(root.relativize(p)).append('\n').append(new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8)).append('\n');
        }
      }
      return s.toString();
    }

    static String fresh(Path src, Path out) throws Exception {
      SiteBuilder.build(src, out);
      return read(out);
    }
  }
}
