package cn.gongkai.render;

import cn.gongkai.cache.Hasher;
import cn.gongkai.items.Item;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.plan.CatalogueEntry;
import cn.gongkai.plan.ContentLinks;
import cn.gongkai.plan.PlannedPage;
import cn.gongkai.plan.SitePlan;
import cn.gongkai.plan.UrlScheme;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * The fingerprint of everything a page shows, as {@link PageViews} reads it: two builds that give a page the
 * same fingerprint give it the same bytes, so an unchanged page need not be rendered again. What every page
 * shares (the program, the theme, {@code site.yaml}, {@code columns.yaml}, the reports and column
 * introductions, the day) is the {@code pagesKey}; on top of it each page adds its subject:
 *
 * <ul>
 *   <li>an item page: its file's text, its attachments' sizes, where each of its body's links points now
 *       (another file may have moved), and its neighbours' titles and addresses;
 *   <li>a column or catalogue list page: every entry of its list (not only its slice: the counts and
 *       filters are shown too) and its page number;
 *   <li>the home page: every entry of the catalogue.
 * </ul>
 *
 * A change this misses would leave a stale page; the random-edit test compares every rebuild with a fresh
 * build to catch exactly that.
 */
public final class PageFingerprints {
  private final long pagesKey;
  private final ToLongFunction<String> textHash;
  private final ContentLinks links;
  private final Map<String, List<Bodies.LinkTarget>> linksByFile = new HashMap<>();
  private final Map<List<CatalogueEntry>, Long> listHashes = new IdentityHashMap<>();
  private final Map<CatalogueEntry, Long> entryHashes = new IdentityHashMap<>();
  private final SitePlan plan;
  /** The fingerprint of the whole catalogue, made when first asked for (an item page does not show it). */
  private Long allEntries;

  private PageFingerprints(SitePlan plan, Bodies bodies, ContentLinks links, ToLongFunction<String> textHash, long pagesKey) {
    this.pagesKey = pagesKey;
    this.textHash = textHash;
    this.links = links;
    if (bodies != null) {
      for (Bodies.Parsed p : bodies.all()) {
        linksByFile.putIfAbsent(p.source().file(), p.links());
      }
    }
    this.plan = plan;
  }

  private long allEntries() {
    if (allEntries == null) {
      allEntries = list(plan.catalogue().entries());
    }
    return allEntries;
  }

  /**
   * Each planned page's output file and fingerprint; and the fingerprint of the files around the pages
   * (sitemap, feed, robots.txt, search index) and the reports' open data: the pages key (site.yaml, columns,
   * reports), every catalogue entry, every page's address.
   */
  public record Fingerprints(Map<String, Long> pages, long siteFiles) {}

  public static Fingerprints of(SitePlan plan, Bodies bodies, ContentLinks links, ToLongFunction<String> textHash, long pagesKey) {
    PageFingerprints f = new PageFingerprints(plan, bodies, links, textHash, pagesKey);
    Map<String, Long> out = new HashMap<>(plan.pages().size() * 2);
    Hasher site = new Hasher().add(pagesKey).add(f.allEntries());
    for (PlannedPage p : plan.pages()) {
      out.put(p.output(), f.of(p));
      site.add(p.path()).add(p.canonicalUrl());
    }
    return new Fingerprints(out, site.value());
  }

  /**
   * As {@link #of}, when nothing but item bodies changed since the build that gave {@code earlier} (the same
   * pages key, and the same everything else the plan and the lists are made of): only the pages of the items
   * whose file was read again ({@code read}) can differ, and only they are fingerprinted; every other page,
   * and the files around them, keep the earlier fingerprint. A page the earlier build has none for is
   * fingerprinted too, and without the site files' earlier fingerprint everything is.
   */
  public static Fingerprints update(
      SitePlan plan, Bodies bodies, ContentLinks links, ToLongFunction<String> textHash, long pagesKey, Function<String, Long> earlier, Predicate<Item> read) {
    Long siteFiles = earlier.apply(UrlScheme.SITEMAP);
    if (siteFiles == null) {
      return of(plan, bodies, links, textHash, pagesKey);
    }
    PageFingerprints f = null;
    Map<String, Long> out = new HashMap<>(plan.pages().size() * 2);
    for (PlannedPage p : plan.pages()) {
      Long before = earlier.apply(p.output());
      if (before == null || (p.subject() instanceof PlannedPage.ItemPage i && read.test(i.item()))) {
        if (f == null) {
          f = new PageFingerprints(plan, bodies, links, textHash, pagesKey);
        }
        out.put(p.output(), f.of(p));
      } else {
        out.put(p.output(), before);
      }
    }
    return new Fingerprints(out, siteFiles);
  }

  private long of(PlannedPage page) {
    Hasher h = new Hasher().add(pagesKey);
    page(h, page);
    PlannedPage.Subject s = page.subject();
    if (s instanceof PlannedPage.ItemPage i) {
      item(h, i.item());
      entry(h, i.previous());
      entry(h, i.next());
    } else if (s instanceof PlannedPage.ColumnList c) {
      h.add(c.column().id()).add(list(c.entries())).add(c.page()).add(c.pages());
    } else if (s instanceof PlannedPage.CatalogueList c) {
      h.add(c.base()).add(c.heading()).add(c.filter()).add(list(c.entries())).add(c.page()).add(c.pages()).add(allEntries());
    } else if (s instanceof PlannedPage.Home) {
      h.add(allEntries());
    } else if (s instanceof PlannedPage.ReportPage r) {
      h.add(r.report().year());
    }
    // QrIndex and NotFound show only what the pages key covers.
    return h.value();
  }

  private static void page(Hasher h, PlannedPage p) {
    h.add(PageViews.template(p)).add(p.output()).add(p.path()).add(p.title()).add(p.canonicalUrl()).add(p.nav().place().name()).add(p.nav().columnId());
  }

  private void item(Hasher h, Item item) {
    h.add(item.file()).add(textHash.applyAsLong(item.file()));
    for (Item.Attachment a : item.attachments()) {
      h.add(a.name()).add(a.size());
    }
    List<Bodies.LinkTarget> targets = linksByFile.getOrDefault(item.file(), List.of());
    if (!targets.isEmpty()) {
      UnaryOperator<String> rewriter = links.rewriter(item.file(), UrlScheme.itemFolder(item));
      targets.forEach(l -> h.add(rewriter.apply(l.url())));
    }
  }

  private void entry(Hasher h, CatalogueEntry e) {
    h.add(e == null ? 0 : entryHash(e));
  }

  private long list(List<CatalogueEntry> entries) {
    return listHashes.computeIfAbsent(entries, l -> {
      Hasher h = new Hasher().add(l.size());
      l.forEach(e -> h.add(entryHash(e)));
      return h.value();
    });
  }

  private long entryHash(CatalogueEntry e) {
    return entryHashes.computeIfAbsent(e, d -> new Hasher()
        .add(d.title()).add(d.indexNo()).add(d.publisher()).add(d.generated()).add(d.published()).add(d.column()).add(d.url()).add(d.docNo())
        .value());
  }
}
