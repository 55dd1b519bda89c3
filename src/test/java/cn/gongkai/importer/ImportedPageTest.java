package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.gongkai.TestSite;
import cn.gongkai.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An imported report builds into a page identical in its figures to the original: the 东山镇 column
 * with its 2022 report replaced by the import of the published page (plus the acknowledgements the
 * webmaster wrote for the typed version) renders tables 二, 三 and 四 exactly as the committed site does.
 */
class ImportedPageTest {
  @Test
  void theImportedSeedRendersTheSameTablesAsTheTypedReport(@TempDir Path dir) throws Exception {
    TestSite.copyTree(TestSite.REPO.resolve("content"), dir.resolve("content"));
    TestSite.copyTree(TestSite.REPO.resolve("themes"), dir.resolve("themes"));
    Path typed = dir.resolve("content/reports/2022.yaml");
    String typedYaml = Files.readString(typed);
    Files.delete(typed);
    Files.delete(dir.resolve("content/reports/2022.md"));

    assertEquals(0, run("import", ImportCommandTest.SEED.toString(), "--source", dir.toString()));
    String acknowledged = typedYaml.substring(typedYaml.indexOf("acknowledged:"), typedYaml.indexOf("\nactive:"));
    Files.writeString(typed, Files.readString(typed) + "\n" + acknowledged + "\n");
    assertEquals(0, run("build", "--source", dir.toString()));

    Document imported = Jsoup.parse(dir.resolve("site/reports/2022/index.html").toFile(), "UTF-8");
    Document original = Jsoup.parse(TestSite.REPO.resolve("site/reports/2022/index.html").toFile(), "UTF-8");
    for (String id : new String[] {"table-2", "table-3", "table-4"}) {
      Element a = imported.getElementById(id);
      Element b = original.getElementById(id);
      assertEquals(b.outerHtml(), a.outerHtml(), id);
    }
  }

  private static int run(String... args) {
    StringWriter out = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(out));
    if (code != 0) {
      System.out.println(out);
    }
    return code;
  }
}
