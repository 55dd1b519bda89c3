package cn.gongkai.content;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.data.IndexNumberRule;
import cn.gongkai.data.IndexNumbers;
import cn.gongkai.diag.Findings;
import java.time.LocalDate;
import java.util.List;

/** Rules for items: META-01 (format and uniqueness across items and reports) and slug clashes. */
public final class ItemChecks {
  private ItemChecks() {}

  public static void run(SiteConfig site, List<Item> items, IndexNumbers indexNumbers, Findings findings) {
    java.util.Map<String, Item> byUrl = new java.util.HashMap<>();
    for (Item item : items) {
      if (!item.indexNo().isEmpty()) {
        int year = item.published() == null ? LocalDate.now().getYear() : item.published().getYear();
        IndexNumberRule.problems(item.indexNo(), site.unitCode(), item.published(), year)
            .forEach(msg -> findings.error("META-01", item.positions().indexNo(), msg));
        indexNumbers.claim(item.indexNo(), item.positions().indexNo(), item.file())
            .ifPresent(other -> findings.error("META-01", item.positions().indexNo(), IndexNumberRule.duplicate(item.indexNo(), other)));
      }
      if (item.slug().equals("page") || item.slug().equals("index")) {
        findings.error("NAME-01", item.positions().file(), "文件名“" + item.slug() + ".md”是网站保留的名称，请换一个。");
      }
      Item clash = byUrl.putIfAbsent(item.url(), item);
      if (clash != null) {
        findings.error("NAME-01", item.positions().file(), "与 " + clash.file() + " 同在栏目“" + item.column() + "”且文件名相同，两者的网址会冲突，请改名。");
      }
    }
  }
}
