package cn.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data archive's training run does every step it says: a failing step would leave the archive
 * without the classes of the steps after it, and {@code mvn package} goes on regardless.
 */
class ArchiveTrainingTest {
  @Test
  void addsItemsBuildsAndRebuildsAfterTwoEdits(@TempDir Path work) throws Exception {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = ArchiveTraining.run(TestSite.REPO, work, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(0, code, out + "\n" + err);
    String printed = out.toString();
    assertEquals(ArchiveTraining.COLUMNS.size() * ArchiveTraining.ITEMS_PER_COLUMN, printed.split("（草稿）", -1).length - 1, printed);
    assertEquals(3, printed.split("已生成 \\d+ 个页面", -1).length - 1, "three builds: " + printed);
    Path firstPage = work.resolve("out/policy/2022-01-02.html");
    String page = Files.readString(firstPage);
    assertTrue(page.contains("训练用示例信息1") && page.contains("<table"), "the item is published with its table");
    assertTrue(page.contains("训练用示例补充的一句。") && page.contains("本栏目</a>"), "both edits reached the page");
    // The content in the repository is not touched.
    assertTrue(Files.notExists(TestSite.REPO.resolve("content/policy/2022-01-02.md")));
  }
}
