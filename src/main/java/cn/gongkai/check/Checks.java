package cn.gongkai.check;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.content.Content;
import cn.gongkai.diag.Findings;
import cn.gongkai.report.AnnualReport;
import java.util.List;

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

  /**
   * The annual-report rules alone, on reports read outside a site's content (import, audit): every
   * rule of {@link #run}, cross-year rules between consecutive years of {@code reports}, then their
   * acknowledgements applied.
   */
  public static void reports(SiteConfig site, List<AnnualReport> reports, Findings findings) {
    new ReportRules(site, findings).run(reports, new IndexNumbers());
  }
}
