package cn.gongkai.config;

import cn.gongkai.diag.SourcePos;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * Hosts that can never be the column's real address: the names reserved for examples and tests
   * (RFC 2606, RFC 6761) and this machine. A QR code pointing there leads nowhere (CFG-02).
   */
  private static final Pattern PLACEHOLDER_HOST =
      Pattern.compile(
          "(?i)(.*\\.)?(example|test|invalid|localhost|example\\.com|example\\.net|example\\.org)|127(\\.[0-9]+){3}|0\\.0\\.0\\.0");

  private static final Pattern HOST = Pattern.compile("(?i)https?://([^/:?#]*).*");

  /** Whether {@code base_url} names a host reserved for examples or this machine, so its QR codes lead nowhere. */
  public boolean placeholderAddress() {
    return placeholderHost(baseUrl).isPresent();
  }

  /** The host of {@code url} when it is a placeholder (see {@link #placeholderAddress()}). */
  public static Optional<String> placeholderHost(String url) {
    Matcher m = HOST.matcher(url);
    if (!m.matches()) {
      return Optional.empty();
    }
    String host = m.group(1).endsWith(".") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
    return PLACEHOLDER_HOST.matcher(host).matches() ? Optional.of(host) : Optional.empty();
  }

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
