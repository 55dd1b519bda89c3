package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.cache.YamlTrees;
import cn.gongkai.content.Content;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.ItemLoader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The content read with the YAML trees of an earlier build ({@link YamlTrees}) is the content read afresh: the
 * same configuration, columns, reports and items with every position, and the same findings, on every case
 * of the bad-input corpus (whose texts include YAML that does not parse, which is never kept) and on the
 * repository's own site.
 */
class YamlTreesReuseTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

  @Test
  void everyCaseOfTheBadInputCorpusReadsTheSameWithTheTreesOfAnEarlierBuild(@TempDir Path tmp) throws Exception {
    int reused = 0;
    List<String> names = InvalidInputTest.cases().toList();
    for (String name : names) {
      Path site = tmp.resolve(name);
      InvalidInputTest.Case.read(name).writeSite(site);
      reused += compare(name, site);
    }
    assertTrue(reused > names.size(), "trees were taken from the earlier build: " + reused + " in " + names.size() + " cases");
  }

  @Test
  void theRepositorysSiteReadsTheSameWithTheTreesOfAnEarlierBuild(@TempDir Path tmp) throws Exception {
    Path site = TestSite.copyOfRepoSite(tmp.resolve("site"));
    assertTrue(compare("content/", site) >= 3, "site.yaml, columns.yaml and the reports");
  }

  /** Reads {@code site} afresh and saves its trees, then reads it with them; returns how many were taken. */
  private static int compare(String name, Path site) {
    String fresh = read(site, YamlTrees.open(site), true);
    YamlTrees earlier = YamlTrees.open(site);
    String again = read(site, earlier, false);
    assertEquals(fresh, again, name);
    return earlier.reusedCount();
  }

  /** The content and findings as one text (a failed read: its findings). */
  private static String read(Path site, YamlTrees trees, boolean save) {
    Findings findings = new Findings();
    String content;
    try {
      Content c = ContentLoader.load(site, TODAY, findings, ItemLoader.Reuse.NONE, trees);
      content = c.toString();
    } catch (UserError e) {
      content = "UserError " + e.kind() + " " + e.getMessage() + " " + e.findings();
    }
    if (save) {
      trees.save();
    }
    return content + "\n" + findings.all();
  }
}
