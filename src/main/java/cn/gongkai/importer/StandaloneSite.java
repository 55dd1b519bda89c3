package cn.gongkai.importer;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.diag.SourcePos;

/**
 * The site a report is checked against when there is no {@code content/site.yaml} (import with {@code
 * --out} elsewhere, audit of files from many townships): the report's own organ and publisher, and the
 * unit code its own 索引号 starts with, so META-01 checks the number's form but cannot say it is another
 * unit's. The address is a placeholder: nothing is published from it.
 */
public final class StandaloneSite {
  private StandaloneSite() {}

  public static SiteConfig of(String organ, String publisher, String indexNo) {
    String unitCode = indexNo == null || !indexNo.contains("/") ? "" : indexNo.substring(0, indexNo.indexOf('/'));
    String name = organ == null ? "" : organ;
    String shownPublisher = publisher == null || publisher.isBlank() ? name : publisher;
    return new SiteConfig(
        name,
        name,
        shownPublisher,
        unitCode,
        "https://audit.invalid/",
        new SiteConfig.Footer("", "", "", "", "", "", "", ""),
        new SiteConfig.Written(SourcePos.file(""), SourcePos.file(""), "https://audit.invalid/"));
  }
}
