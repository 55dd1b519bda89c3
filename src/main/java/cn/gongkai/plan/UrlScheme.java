package cn.gongkai.plan;

import java.util.List;

import cn.gongkai.items.Item;
import cn.gongkai.report.AnnualReport;
import java.nio.charset.StandardCharsets;

/**
 * Where everything is published, as paths below the site root: a folder ({@code policy/}, shown by its
 * {@code index.html}) or a file ({@code policy/notice-1.html}). Item pages are files beside their
 * column's folder, as on county government sites, since creating a folder per page was a large part of
 * a big build. One encoder makes every path an address.
 */
public final class UrlScheme {
  public static final String HOME = "";
  public static final String CATALOGUE = "catalogue/";
  public static final String QR_INDEX = "qr/";
  public static final String NOT_FOUND = "404.html";
  public static final String SEARCH_INDEX = CATALOGUE + "search.json";
  public static final String SITEMAP = "sitemap.xml";
  public static final String FEED = "feed.xml";
  public static final String ROBOTS = "robots.txt";
  public static final String SEARCH_SCRIPT = "js/search.js";
  /** Every year's tables in one file each (written only when the site has a report). */
  public static final String REPORTS_ALL_CSV = "reports/all.csv";

  public static final String REPORTS_ALL_JSON = "reports/all.json";

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlScheme() {}

  public static String column(String id) {
    return id + "/";
  }

  /** The {@code page}-th page of a list whose first page is {@code base}. */
  public static String paged(String base, int page) {
    return page == 1 ? base : base + "page/" + page + "/";
  }

  public static String catalogueOfColumn(String id) {
    return CATALOGUE + "column/" + id + "/";
  }

  public static String catalogueOfYear(int year) {
    return CATALOGUE + "year/" + year + "/";
  }

  /** {@code policy/notice-1.html}. */
  public static String item(Item item) {
    // One builder of the final size: this runs three times per item in every build (links, pages, catalogue),
    // and the two concatenations it was took about 8 MB of the 113 MB a rebuild at 10,000 items allocated.
    String column = item.column();
    String slug = item.slug();
    return new StringBuilder(column.length() + slug.length() + 6).append(column).append('/').append(slug).append(".html").toString();
  }

  /** The folder an item's page is in; links in its body are relative to it. */
  public static String itemFolder(Item item) {
    return column(item.column());
  }

  /** {@code policy/notice-1/}: the item's attachments. */
  public static String attachmentFolder(Item item) {
    return itemFolder(item) + item.slug() + "/";
  }

  public static String attachment(Item item, String name) {
    return attachmentFolder(item) + name;
  }

  public static String report(AnnualReport report) {
    return report(report.year());
  }

  public static String report(int year) {
    return "reports/" + year + "/";
  }

  /** {@code reports/2022.json}, {@code reports/2022.csv}. */
  public static String reportData(int year, String extension) {
    return "reports/" + year + "." + extension;
  }

  /** The file a page is written to: a folder's {@code index.html}, or the file itself. */
  public static String outputFile(String path) {
    return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
  }

  /** The folder {@code path} is in, or is: {@code policy/a.html} → {@code policy/}. */
  public static String folderOf(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** The public address of {@code path}: {@code base_url} followed by the encoded path. */
  public static String canonical(String baseUrl, String path) {
    String encoded = encode(path);
    return new StringBuilder(baseUrl.length() + encoded.length()).append(baseUrl).append(encoded).toString();
  }

  /**
   * {@code path} as it is written in an address: UTF-8, with every byte other than the characters a
   * path may hold as they are (RFC 3986: letters, digits, {@code -._~!$&'()*+,;=:@/}) percent-encoded.
   * Chinese file names and spaces work on every server this way.
   */
  public static String encode(String path) {
    int plainPrefix = 0;
    while (plainPrefix < path.length() && path.charAt(plainPrefix) < 0x80 && isPathCharacter(path.charAt(plainPrefix))) {
      plainPrefix++;
    }
    if (plainPrefix == path.length()) {
      return path; // (most paths: no bytes to make)
    }
    StringBuilder out = null;
    byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int c = bytes[i] & 0xff;
      boolean plain = c < 0x80 && isPathCharacter((char) c);
      if (plain && out == null) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(bytes.length * 3).append(path, 0, i);
      }
      if (plain) {
        out.append((char) c);
      } else {
        out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
      }
    }
    return out == null ? path : out.toString();
  }

  private static boolean isPathCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~!$&'()*+,;=:@/".indexOf(c) >= 0;
  }

  /** The files around the pages: sitemap, feed, robots.txt and the catalogue's search index. */
  public static final List<String> SITE_FILES = List.of(SITEMAP, FEED, ROBOTS, SEARCH_INDEX);

  /** The reports' open data files: each year's JSON and CSV, then all years' in one of each. */
  public static List<String> openData(List<Integer> years) {
    List<String> names = new java.util.ArrayList<>();
    for (int y : years) {
      names.add(reportData(y, "json"));
      names.add(reportData(y, "csv"));
    }
    if (!years.isEmpty()) {
      names.add(REPORTS_ALL_JSON);
      names.add(REPORTS_ALL_CSV);
    }
    return names;
  }
}
