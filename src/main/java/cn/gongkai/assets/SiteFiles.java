package cn.gongkai.assets;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.content.ColumnTree;
import cn.gongkai.content.Disclosure;
import cn.gongkai.content.Item;
import cn.gongkai.data.AnnualReport;
import cn.gongkai.render.PageSpec;
import cn.gongkai.render.SitePlan;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files around the pages: {@code sitemap.xml} and the Atom feed with absolute addresses from
 * {@code base_url}, {@code robots.txt}, and the catalogue's search index.
 */
public final class SiteFiles {
  public static final String SEARCH_INDEX = "catalogue/search.json";
  public static final Set<String> NAMES = Set.of("sitemap.xml", "feed.xml", "robots.txt", SEARCH_INDEX);
  static final int FEED_ENTRIES = 20;

  private SiteFiles() {}

  public static void write(SiteConfig site, ColumnTree columns, List<PageSpec> pages, List<Item> items, List<AnnualReport> reports, Path out) throws IOException {
    List<Disclosure> all = SitePlan.disclosures(items, reports);
    Files.writeString(out.resolve("sitemap.xml"), sitemap(site, pages), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("feed.xml"), feed(site, all), StandardCharsets.UTF_8);
    Files.writeString(out.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: " + site.baseUrl() + "sitemap.xml\n", StandardCharsets.UTF_8);
    Path index = out.resolve(SEARCH_INDEX);
    Files.createDirectories(index.getParent());
    Files.writeString(index, searchIndex(all, columns), StandardCharsets.UTF_8);
  }

  static String sitemap(SiteConfig site, List<PageSpec> pages) {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    pages.stream()
        .map(PageSpec::outputPath)
        .filter(p -> p.endsWith(".html") && !p.equals("404.html") && !p.startsWith("qr/poster/"))
        .map(p -> p.endsWith("index.html") ? p.substring(0, p.length() - "index.html".length()) : p)
        .sorted()
        .forEach(p -> xml.append("  <url><loc>").append(escape(site.baseUrl() + p)).append("</loc></url>\n"));
    return xml.append("</urlset>\n").toString();
  }

  static String feed(SiteConfig site, List<Disclosure> all) {
    List<Disclosure> latest = all.stream().limit(FEED_ENTRIES).toList();
    String updated = latest.isEmpty() ? "2000-01-01" : latest.get(0).published().toString();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n");
    xml.append("  <title>").append(escape(site.name())).append("</title>\n");
    xml.append("  <id>").append(escape(site.baseUrl())).append("</id>\n");
    xml.append("  <link href=\"").append(escape(site.baseUrl())).append("\"/>\n");
    xml.append("  <link rel=\"self\" href=\"").append(escape(site.baseUrl() + "feed.xml")).append("\"/>\n");
    xml.append("  <updated>").append(updated).append("T00:00:00+08:00</updated>\n");
    xml.append("  <author><name>").append(escape(site.organ())).append("</name></author>\n");
    for (Disclosure d : latest) {
      String url = site.baseUrl() + d.url();
      xml.append("  <entry>\n");
      xml.append("    <title>").append(escape(d.title())).append("</title>\n");
      xml.append("    <id>").append(escape(url)).append("</id>\n");
      xml.append("    <link href=\"").append(escape(url)).append("\"/>\n");
      xml.append("    <updated>").append(d.published()).append("T00:00:00+08:00</updated>\n");
      xml.append("    <summary>").append(escape("索引号：" + d.indexNo() + "　发布机构：" + d.publisher() + "　公开日期：" + d.published())).append("</summary>\n");
      xml.append("  </entry>\n");
    }
    return xml.append("</feed>\n").toString();
  }

  static String searchIndex(List<Disclosure> all, ColumnTree columns) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    for (Disclosure d : all) {
      Map<String, String> row = new LinkedHashMap<>();
      row.put("title", d.title());
      row.put("index_no", d.indexNo());
      row.put("doc_no", d.docNo());
      row.put("url", d.url());
      row.put("published", d.published().toString());
      row.put("column", columns.find(d.column()).map(c -> c.title()).orElse(d.column()));
      rows.add(row);
    }
    return new ObjectMapper().writeValueAsString(rows) + "\n";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
