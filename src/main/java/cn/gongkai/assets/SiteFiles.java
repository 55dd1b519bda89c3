package cn.gongkai.assets;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.plan.CatalogueEntry;
import cn.gongkai.plan.PlannedPage;
import cn.gongkai.plan.SitePlan;
import cn.gongkai.plan.OutputSink;
import cn.gongkai.plan.UrlScheme;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The files around the pages: {@code sitemap.xml} and the Atom feed with absolute addresses from
 * {@code base_url} (written with the JDK's XML writer, which does the escaping), {@code robots.txt},
 * and the catalogue's search index.
 */
public final class SiteFiles {
  static final int FEED_ENTRIES = 20;
  private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  /** The JDK's own writer, whatever other XML library is on the class path, so the output never changes with it. */
  private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

  private SiteFiles() {}

  public static void write(SiteConfig site, ColumnTree columns, SitePlan plan, Path out) throws IOException {
    write(site, columns, plan, out, OutputSink.DIRECT);
  }

  public static void write(SiteConfig site, ColumnTree columns, SitePlan plan, Path out, OutputSink sink) throws IOException {
    sink.writeString(out.resolve(UrlScheme.SITEMAP), sitemap(site, plan.pages()));
    sink.writeString(out.resolve(UrlScheme.FEED), feed(site, plan.catalogue().entries()));
    sink.writeString(out.resolve(UrlScheme.ROBOTS), "User-agent: *\nAllow: /\nSitemap: " + site.baseUrl() + UrlScheme.SITEMAP + "\n");
    Path index = out.resolve(UrlScheme.SEARCH_INDEX);
    Files.createDirectories(index.getParent());
    sink.writeString(index, searchIndex(plan.catalogue().entries(), columns));
  }

  /** Every page a reader may land on: not the 404 page. */
  static String sitemap(SiteConfig site, List<PlannedPage> pages) {
    return xml(x -> {
      x.line(0);
      x.w.writeStartElement("urlset");
      x.w.writeDefaultNamespace(SITEMAP_NS);
      List<String> paths =
          pages.stream()
              .filter(p -> p.canonicalUrl() != null)
              .map(PlannedPage::path)
              .sorted()
              .toList();
      for (String path : paths) {
        x.line(1);
        x.w.writeStartElement("url");
        x.element("loc", site.baseUrl() + path);
        x.w.writeEndElement();
      }
      x.line(0);
      x.w.writeEndElement();
    });
  }

  static String feed(SiteConfig site, List<CatalogueEntry> all) {
    List<CatalogueEntry> latest = all.stream().limit(FEED_ENTRIES).toList();
    String updated = latest.isEmpty() ? "2000-01-01" : latest.get(0).published().toString();
    return xml(x -> {
      x.line(0);
      x.w.writeStartElement("feed");
      x.w.writeDefaultNamespace(ATOM_NS);
      x.w.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "zh-CN");
      x.line(1);
      x.element("title", site.name());
      x.line(1);
      x.element("id", site.baseUrl());
      x.line(1);
      x.link(null, site.baseUrl());
      x.line(1);
      x.link("self", site.baseUrl() + UrlScheme.FEED);
      x.line(1);
      x.element("updated", updated + "T00:00:00+08:00");
      x.line(1);
      x.w.writeStartElement("author");
      x.element("name", site.organ());
      x.w.writeEndElement();
      for (CatalogueEntry d : latest) {
        String url = site.baseUrl() + d.url();
        x.line(1);
        x.w.writeStartElement("entry");
        x.line(2);
        x.element("title", d.title());
        x.line(2);
        x.element("id", url);
        x.line(2);
        x.link(null, url);
        x.line(2);
        x.element("updated", d.published() + "T00:00:00+08:00");
        x.line(2);
        x.element("summary", "索引号：" + d.indexNo() + "　发布机构：" + d.publisher() + "　公开日期：" + d.published());
        x.line(1);
        x.w.writeEndElement();
      }
      x.line(0);
      x.w.writeEndElement();
    });
  }

  @JsonPropertyOrder({"title", "index_no", "doc_no", "url", "published", "column"})
  record SearchEntry(
      String title,
      @JsonProperty("index_no") String indexNo,
      @JsonProperty("doc_no") String docNo,
      String url,
      String published,
      String column) {}

  static String searchIndex(List<CatalogueEntry> all, ColumnTree columns) throws IOException {
    List<SearchEntry> rows =
        all.stream()
            .map(d -> new SearchEntry(
                d.title(), d.indexNo(), d.docNo(), d.url(), d.published().toString(),
                columns.find(d.column()).map(c -> c.title()).orElse(d.column())))
            .toList();
    return new ObjectMapper().writeValueAsString(rows) + "\n";
  }

  /** An XML document written line by line: the declaration, then what {@code body} writes, then a final line end. */
  private static String xml(XmlBody body) {
    StringWriter text = new StringWriter();
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(text);
      w.writeStartDocument("UTF-8", "1.0");
      body.write(new Xml(w));
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML to a string failed", e);
    }
    return text + "\n";
  }

  private interface XmlBody {
    void write(Xml x) throws XMLStreamException;
  }

  /** The writer with the two shapes these files use: a text element, and a link with an href. */
  private record Xml(XMLStreamWriter w) {
    /** Ends the line and indents the next by {@code depth} levels of two spaces. */
    void line(int depth) throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }

    void element(String name, String text) throws XMLStreamException {
      w.writeStartElement(name);
      w.writeCharacters(text);
      w.writeEndElement();
    }

    void link(String rel, String href) throws XMLStreamException {
      w.writeEmptyElement("link");
      if (rel != null) {
        w.writeAttribute("rel", rel);
      }
      w.writeAttribute("href", href);
    }
  }
}
