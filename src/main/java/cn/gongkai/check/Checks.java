package cn.gongkai.check;

import cn.gongkai.content.Content;
import cn.gongkai.diag.Findings;

/**
 * The content rules, run on what was read: the site's configuration, every annual report (then the
 * report's {@code acknowledged} entries applied to what they found), every item. Rules on bodies run
 * where the bodies are parsed ({@link HtmlRule}), and on links once the pages are planned ({@link
 * LinkRule}).
 */
public final class Checks {
  private Checks() {}

  public static void run(Content content, Findings findings) {
    ConfigRules.run(content.site(), findings);
    IndexNumbers indexNumbers = new IndexNumbers();
    new ReportRules(content.site(), findings).run(content.reports(), indexNumbers);
    ItemRules.run(content.site(), content.items(), indexNumbers, findings);
  }
}
