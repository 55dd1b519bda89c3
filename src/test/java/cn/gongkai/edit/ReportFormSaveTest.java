package cn.gongkai.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** save: both files written atomically, never over a file changed since the form was loaded. */
class ReportFormSaveTest {
  @TempDir Path site;
  Path yaml;
  Path md;

  @BeforeEach
  void copySite() throws Exception {
    ReportFormRoundTripTest.copySite(site);
    yaml = site.resolve("content/reports/2022.yaml");
    md = site.resolve("content/reports/2022.md");
  }

  @Test
  void aSaveWritesExactlyTheTexts() throws Exception {
    ReportForm form = ReportForms.load(site, 2022).with("active.penalty.decisions", "4").with("section.5", "新的第五部分。");
    SaveResult result = ReportForms.save(site, form);
    ReportTexts texts = ((SaveResult.Saved) result).texts();
    assertEquals(ReportForms.texts(site, form), texts);
    assertEquals(texts.yaml(), Files.readString(yaml));
    assertEquals(texts.markdown(), Files.readString(md));
    assertTrue(texts.yaml().contains("  penalty:             {previous: 0, change: 0, decisions: 4}      # 行政处罚\n"), texts.yaml());
    assertTrue(texts.yaml().startsWith("# 来源："), "the webmaster's comment lines stay");
    assertTrue(texts.yaml().contains("acknowledged:\n  - rule: FMT-01\n"), "acknowledged stays");
    ReportForm again = ReportForms.load(site, 2022);
    assertNotEquals(form.base(), again.base());
    assertEquals("4", again.value("active.penalty.decisions"));
    assertNoTemporaryFiles();
  }

  @Test
  void aNewYearIsSavedAndThenHasABase() throws Exception {
    ReportForm form = ReportFormTest.typedTable3(ReportForms.load(site, 2023));
    assertTrue(ReportForms.save(site, form) instanceof SaveResult.Saved);
    Path folder = site.resolve("content/reports");
    assertEquals(ReportForms.texts(site, form).yaml(), Files.readString(folder.resolve("2023.yaml")));
    assertFalse(ReportForms.load(site, 2023).base().isEmpty());
    assertTrue(ReportForms.save(site, form) instanceof SaveResult.Conflict, "the form's base is still that of no files");
  }

  @Test
  void aFileEditedInAnotherProgramSinceLoadingIsNotOverwritten() throws Exception {
    ReportForm form = ReportForms.load(site, 2022).with("active.penalty.decisions", "4");
    String edited = Files.readString(yaml).replace("signed_on: 2023-01-20", "signed_on: 2023-01-19");
    Files.writeString(yaml, edited);
    String mdBefore = Files.readString(md);

    SaveResult.Conflict conflict = (SaveResult.Conflict) ReportForms.save(site, form);
    assertEquals(edited, conflict.onDisk().yaml());
    assertEquals(mdBefore, conflict.onDisk().markdown());
    assertTrue(conflict.typed().yaml().contains("decisions: 4}"), "what was typed comes back too");
    assertEquals(edited, Files.readString(yaml), "nothing written");
    assertEquals(mdBefore, Files.readString(md));
  }

  @Test
  void aNewYearsFormDoesNotOverwriteFilesThatAppearedMeanwhile() throws Exception {
    ReportForm form = ReportForms.load(site, 2023);
    Path other = Files.writeString(site.resolve("content/reports/2023.md"), "## 一、总体情况\n\n别处写的。\n");
    SaveResult.Conflict conflict = (SaveResult.Conflict) ReportForms.save(site, form);
    assertEquals("", conflict.onDisk().yaml());
    assertEquals("## 一、总体情况\n\n别处写的。\n", Files.readString(other));
    assertFalse(Files.exists(site.resolve("content/reports/2023.yaml")));
  }

  @Test
  void aFailedWriteLeavesTheOldFiles() throws Exception {
    String yamlBefore = Files.readString(yaml);
    String mdBefore = Files.readString(md);
    ReportForm form = ReportForms.load(site, 2022).with("active.penalty.decisions", "4").with("section.1", "改过的。");
    ReportFiles.Mover failsOnTheNarrative = (from, to) -> {
      if (to.getFileName().toString().endsWith(".md")) {
        throw new IOException("磁盘已满");
      }
      ReportFiles.ATOMIC.move(from, to);
    };
    UserError e = assertThrows(UserError.class, () -> ReportForms.save(site, form, failsOnTheNarrative));
    assertEquals(UserError.Kind.ENVIRONMENT, e.kind());
    assertTrue(e.getMessage().contains("原有文件没有改动"), e.getMessage());
    assertEquals(yamlBefore, Files.readString(yaml), "the yaml already moved is put back");
    assertEquals(mdBefore, Files.readString(md));
    assertNoTemporaryFiles();
  }

  @Test
  void savesOfOneSourceAreOneAtATime() throws Exception {
    ReportForm base = ReportForms.load(site, 2022);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<SaveResult>> saves = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        ReportForm form = base.with("active.penalty.decisions", String.valueOf(i + 1));
        saves.add(() -> ReportForms.save(site, form));
      }
      int saved = 0;
      for (Future<SaveResult> f : pool.invokeAll(saves)) {
        saved += f.get() instanceof SaveResult.Saved ? 1 : 0;
      }
      assertEquals(1, saved, "the first save changes the files: every other form's base is then stale");
    } finally {
      pool.shutdownNow();
    }
    assertNoTemporaryFiles();
  }

  private void assertNoTemporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(site.resolve("content/reports"))) {
      List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
      assertEquals(List.of(), names);
    }
  }
}
