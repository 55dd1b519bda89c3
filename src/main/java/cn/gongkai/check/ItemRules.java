package cn.gongkai.check;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.diag.China;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.items.Item;
import cn.gongkai.meta.DisclosureMeta;
import cn.gongkai.plan.UrlScheme;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Rules for items: META-01 (format and uniqueness across items and reports) and clashing page names (NAME-01). */
final class ItemRules {

  private ItemRules() {}

  static void run(SiteConfig site, List<Item> items, IndexNumbers indexNumbers, Findings findings) {
    Map<String, Item> byUrl = new HashMap<>();
    for (Item item : items) {
      DisclosureMeta m = item.meta();
      if (!m.indexNo().isEmpty()) {
        int year = m.published() == null ? China.today().getYear() : m.published().getYear();
        IndexNumberRule.problems(m.indexNo(), site.unitCode(), m.published(), year)
            .forEach(msg -> findings.add(Rule.META_01, m.positions().indexNo(), msg));
        indexNumbers.claim(m.indexNo(), m.positions().indexNo())
            .ifPresent(other -> findings.add(Rule.META_01, m.positions().indexNo(), IndexNumberRule.duplicate(m.indexNo(), other)));
      }
      if (item.slug().equals("page") || item.slug().equals("index")) {
        findings.add(Rule.NAME_01, item.positions().file(), "文件名“" + item.slug() + ".md”是网站保留的名称，请换一个。");
      }
      Item clash = byUrl.putIfAbsent(UrlScheme.item(item), item);
      if (clash != null) {
        findings.add(Rule.NAME_01, item.positions().file(), "与 " + clash.file() + " 同在栏目“" + item.column() + "”且文件名相同，两者的网址会冲突，请改名。");
      }
    }
  }
}
