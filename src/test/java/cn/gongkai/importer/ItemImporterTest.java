package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.build.SiteBuilder;
import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saved pages of a county CMS (synthetic, marked 示例, in import/items/) imported into a small site, then built. */
class ItemImporterTest {
  static final Path PAGES = TestSite.REPO.resolve("src/test/resources/import/items");
  static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  static Path site(Path dir) {
    return TestSite.write(
        dir,
        TestSite.valid2021()
            + "-- content/columns.yaml --\n"
            + "- id: statutory\n  title: 法定主动公开内容\n  children:\n"
            + "    - id: policy\n      title: 政策文件\n"
            + "    - id: finance\n      title: 财政资金\n"
            + "- id: reports\n  title: 政府信息公开年报\n");
  }

  static Map<String, ItemImportSummary.Row> byPage(ItemImportSummary s) {
    return s.rows().stream().collect(Collectors.toMap(r -> Path.of(r.page()).getFileName().toString(), Function.identity()));
  }

  @Test
  void printsTheSummary(@TempDir Path dir) throws Exception {
    Path src = site(dir.resolve("s"));
    ItemImportSummary s = ItemImporter.importPages(List.of(PAGES), "policy", src, null);
    System.out.println(s.table());
    for (ItemImportSummary.Row r : s.rows()) {
      if (!r.written().isEmpty()) {
        System.out.println("==== " + r.written());
        System.out.println(Files.readString(src.resolve(r.written())));
      }
    }
  }
}
