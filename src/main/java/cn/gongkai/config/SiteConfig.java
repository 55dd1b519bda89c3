package cn.gongkai.config;

import cn.gongkai.diag.SourcePos;
import java.util.List;

/**
 * {@code content/site.yaml}: who publishes the column and where it lives. {@code baseUrl} always ends
 * with “/”; {@code written} keeps what the webmaster wrote, for the checks' messages.
 */
public record SiteConfig(
    String name,
    String organ,
    String publisher,
    String unitCode,
    String baseUrl,
    Footer footer,
    Written written) {

  /** The values checks speak about, as written, and where. */
  public record Written(SourcePos unitCode, SourcePos baseUrl, String baseUrlText) {}

  /** Footer lines in the order government sites show them; absent ones are omitted. */
  public record Footer(
      String sponsor,
      String phone,
      String supervisionPhone,
      String address,
      String siteCode,
      String icp,
      String policeRecord,
      String note) {

    /** Label/value pairs that are present, in display order. */
    public List<String[]> lines() {
      List<String[]> all =
          List.of(
              new String[] {"主办单位", sponsor},
              new String[] {"联系电话", phone},
              new String[] {"监督电话", supervisionPhone},
              new String[] {"地址", address},
              new String[] {"网站标识码", siteCode},
              new String[] {"ICP备案号", icp},
              new String[] {"公安机关备案号", policeRecord});
      return all.stream().filter(l -> l[1] != null && !l[1].isBlank()).toList();
    }
  }
}
