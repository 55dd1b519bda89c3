package cn.gongkai.render;

import cn.gongkai.diag.Finding;
import cn.gongkai.assets.QrSvg;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.content.Content;
import cn.gongkai.items.Column;
import cn.gongkai.items.ColumnIntro;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.Item;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.meta.DisclosureMeta;
import cn.gongkai.plan.CatalogueEntry;
import cn.gongkai.plan.Hrefs;
import cn.gongkai.plan.Paging;
import cn.gongkai.plan.PlannedPage.Nav;
import cn.gongkai.plan.PlannedPage;
import cn.gongkai.plan.SitePlan;
import cn.gongkai.plan.UrlScheme;
import cn.gongkai.render.PageView.Link;
import cn.gongkai.render.ReportView.MetaField;
import cn.gongkai.render.ReportView.SectionView;
import cn.gongkai.render.Views.CatalogueRow;
import cn.gongkai.render.Views.Entry;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportSchema;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the view model of a planned page when it is rendered (not when it is planned), so a site of
 * tens of thousands of pages never holds every page's view at once. Safe to use from every render
 * thread.
 */
public final class PageViews {
  static final String MISSING_SECTION_NOTE = "原报告未包含此部分。";

  private final Content content;
  private final SitePlan plan;
  private final Bodies bodies;
  private final SiteView siteView;
  /** What the checks found: “与上年对比” says the cross-year findings in words. */
  private final List<Finding> findings;
  /** A page's code is encoded once and reused by its poster. */
  private final Map<String, QrSvg.Code> codeByUrl = new ConcurrentHashMap<>();

  public PageViews(Content content, SitePlan plan, Bodies bodies, List<Finding> findings) {
    this.content = content;
    this.plan = plan;
    this.bodies = bodies;
    this.siteView = siteView(content.site());
    this.findings = List.copyOf(findings);
  }

  /** The template (JBake document type) of a page: {@code home.peb}, {@code column.peb}, … */
  public static String template(PlannedPage page) {
    PlannedPage.Subject s = page.subject();
    if (s instanceof PlannedPage.Home) {
      return "home";
    } else if (s instanceof PlannedPage.ColumnList) {
      return "column";
    } else if (s instanceof PlannedPage.ItemPage) {
      return "item";
    } else if (s instanceof PlannedPage.ReportPage) {
      return "report";
    } else if (s instanceof PlannedPage.CatalogueList) {
      return "catalogue";
    } else if (s instanceof PlannedPage.QrIndex) {
      return "qrindex";
    } else if (s instanceof PlannedPage.NotFound) {
      return "notfound";
    }
    throw new IllegalArgumentException("no template for " + s);
  }

  public PageView view(PlannedPage page) {
    String dir = UrlScheme.folderOf(page.path());
    if (page.subject() instanceof PlannedPage.NotFound) {
      return notFound(page);
    }
    String url = page.canonicalUrl();
    PageView.Qr qr = new PageView.Qr(url, qrImage(url, "本页二维码：" + url), poster(page));
    String root = Hrefs.root(dir);
    return new PageView(
        page.title(), description(page), page.path(), root, siteView, nav(root, page.nav()), breadcrumb(page, dir), qr, body(page, dir));
  }

  /** One sentence saying what the page holds, from its own content (no two page types say the same). */
  private String description(PlannedPage page) {
    PlannedPage.Subject s = page.subject();
    String organ = content.site().organ();
    if (s instanceof PlannedPage.Home) {
      String columns = String.join("、", content.columns().topLevel().stream().map(Column::title).toList());
      return organ + "基层政务公开专栏：" + columns + "，以及" + SitePlan.CATALOGUE_LABEL + "。";
    } else if (s instanceof PlannedPage.ColumnList c) {
      String about = c.column().description();
      return organ + "“" + page.title() + "”栏目。" + about + (c.entries().isEmpty() ? "" : "共" + c.entries().size() + "条信息。");
    } else if (s instanceof PlannedPage.ItemPage i) {
      Item item = i.item();
      String summary = item.summary().isEmpty() || item.summary().endsWith("。") ? item.summary() : item.summary() + "。";
      return item.title() + "。" + summary + "索引号：" + item.meta().indexNo() + "，发布机构：" + item.meta().publisher() + "，公开日期："
          + date(item.meta().published()) + "。";
    } else if (s instanceof PlannedPage.ReportPage r) {
      return r.report().title() + "：" + String.join("；", ReportSchema.SECTION_TITLES) + "。表格数据可下载（CSV、JSON）。";
    } else if (s instanceof PlannedPage.CatalogueList c) {
      return organ + page.title() + "：共" + c.entries().size() + "条已公开的政府信息，每条列出索引号、名称、文号、发布机构、生成日期和公开日期，可按栏目、年份查找。";
    } else if (s instanceof PlannedPage.QrIndex) {
      return content.site().name() + "各栏目和年度报告的二维码，可打印张贴，扫码即在手机上打开。";
    }
    return page.title();
  }

  private PageView.Body body(PlannedPage page, String dir) {
    PlannedPage.Subject s = page.subject();
    if (s instanceof PlannedPage.Home) {
      return home(dir);
    } else if (s instanceof PlannedPage.ColumnList c) {
      return columnPage(c, dir);
    } else if (s instanceof PlannedPage.ItemPage i) {
      return itemPage(i, dir);
    } else if (s instanceof PlannedPage.ReportPage r) {
      return reportView(r.report(), bodies, comparison(r.report()));
    } else if (s instanceof PlannedPage.CatalogueList c) {
      return cataloguePage(c, dir);
    } else if (s instanceof PlannedPage.QrIndex) {
      return qrIndex(dir);
    }
    throw new IllegalArgumentException("no page body for " + s);
  }

  // ---- page bodies

  private Views.Home home(String dir) {
    List<Views.ColumnBlock> blocks = new ArrayList<>();
    for (Column c : content.columns().topLevel()) {
      List<CatalogueEntry> entries = plan.catalogue().under(c);
      blocks.add(
          new Views.ColumnBlock(
              c.title(), Hrefs.rel(dir, UrlScheme.column(c.id())), c.description(), entries(dir, entries.stream().limit(5).toList()),
              children(dir, c), entries.size(), content.intros().containsKey(c.id())));
    }
    return new Views.Home(blocks, Hrefs.rel(dir, UrlScheme.CATALOGUE), plan.catalogue().entries().size());
  }

  private Views.ColumnPage columnPage(PlannedPage.ColumnList list, String dir) {
    Column c = list.column();
    List<CatalogueEntry> entries = list.entries();
    int page = list.page();
    List<CatalogueEntry> slice =
        entries.subList((page - 1) * Paging.COLUMN_PAGE_SIZE, Math.min(entries.size(), page * Paging.COLUMN_PAGE_SIZE));
    ColumnIntro intro = content.intros().get(c.id());
    String introHtml = intro == null || page > 1 ? "" : bodies.html(intro.file(), intro.bodyLine());
    String updated = intro == null || page > 1 ? "" : date(intro.updated());
    // The reports index's first page charts every year's figures.
    Views.Trends trends =
        c.id().equals(ColumnTree.REPORTS) && page == 1
            ? TrendViews.of(content.reports(), Hrefs.rel(dir, UrlScheme.REPORTS_ALL_CSV), Hrefs.rel(dir, UrlScheme.REPORTS_ALL_JSON))
            : null;
    return new Views.ColumnPage(
        c.title(), c.description(), introHtml, updated, children(dir, c), entries(dir, slice), pager(UrlScheme.column(c.id()), page, list.pages(), dir),
        entries.size(), trends);
  }

  private Views.ItemPage itemPage(PlannedPage.ItemPage page, String dir) {
    Item item = page.item();
    List<Views.Attachment> attachments =
        item.attachments().stream()
            .map(a -> new Views.Attachment(a.name(), Hrefs.rel(dir, UrlScheme.attachmentFolder(item)) + UrlScheme.encode(a.name()), size(a.size())))
            .toList();
    Link previous = page.previous() == null ? null : new Link(page.previous().title(), Hrefs.rel(dir, page.previous().url()), false);
    Link next = page.next() == null ? null : new Link(page.next().title(), Hrefs.rel(dir, page.next().url()), false);
    String body = bodies.html(item.file(), item.bodyLine());
    return new Views.ItemPage(item.title(), metaFields(item.meta()), item.summary(), body, attachments, previous, next);
  }

  private Views.Catalogue cataloguePage(PlannedPage.CatalogueList list, String dir) {
    List<CatalogueEntry> entries = list.entries();
    int page = list.page();
    String filter = list.filter();
    List<CatalogueRow> rows = new ArrayList<>();
    for (int i = (page - 1) * Paging.CATALOGUE_PAGE_SIZE; i < Math.min(entries.size(), page * Paging.CATALOGUE_PAGE_SIZE); i++) {
      CatalogueEntry d = entries.get(i);
      rows.add(
          new CatalogueRow(
              i + 1, d.indexNo(), d.title(), Hrefs.rel(dir, d.url()), d.docNo(), d.publisher(), date(d.generated()), date(d.published()),
              columnTitle(d.column())));
    }
    List<Link> filterColumns =
        plan.catalogue().columns().stream()
            .map(id -> new Link(columnTitle(id), Hrefs.rel(dir, UrlScheme.catalogueOfColumn(id)), filter.equals("column/" + id)))
            .toList();
    List<Link> filterYears =
        plan.catalogue().yearsNewestFirst().stream()
            .map(y -> new Link(y + "年", Hrefs.rel(dir, UrlScheme.catalogueOfYear(y)), filter.equals("year/" + y)))
            .toList();
    Link allFilter = new Link("全部", Hrefs.rel(dir, UrlScheme.CATALOGUE), filter.equals("all"));
    return new Views.Catalogue(
        list.heading(), filterColumns, filterYears, allFilter, rows, pager(list.base(), page, list.pages(), dir), entries.size(),
        Hrefs.rel(dir, UrlScheme.SEARCH_INDEX), Hrefs.rel(dir, UrlScheme.SEARCH_SCRIPT));
  }

  /** 扫码看专栏: one card per column home, catalogue, column and annual report (newest first), for printing. */
  private Views.QrIndex qrIndex(String dir) {
    List<Views.QrCard> cards = new ArrayList<>();
    cards.add(card(dir, content.site().name(), UrlScheme.HOME));
    cards.add(card(dir, SitePlan.CATALOGUE_LABEL, UrlScheme.CATALOGUE));
    for (Column c : content.columns().all()) {
      cards.add(card(dir, c.title(), UrlScheme.column(c.id())));
    }
    List<AnnualReport> newestFirst = new ArrayList<>(content.reports());
    Collections.reverse(newestFirst);
    for (AnnualReport r : newestFirst) {
      cards.add(card(dir, r.title(), UrlScheme.report(r)));
    }
    return new Views.QrIndex(cards, content.site().placeholderAddress());
  }

  private Views.QrCard card(String dir, String title, String target) {
    String url = UrlScheme.canonical(content.site().baseUrl(), target);
    return new Views.QrCard(title, url, qrImage(url, "二维码：" + title + "，" + url), Hrefs.rel(dir, target));
  }

  /** The page's printable A4 poster: organ, title, a large code, the address, nothing else. */
  private Views.Poster poster(PlannedPage page) {
    String url = page.canonicalUrl();
    return new Views.Poster(content.site().organ(), page.title(), url, qrImage(url, "二维码：" + page.title() + "，" + url), content.site().placeholderAddress());
  }

  /** Served for any missing address, so its links must not depend on where it is: root-relative. */
  private PageView notFound(PlannedPage page) {
    String base = URI.create(content.site().baseUrl().isEmpty() ? "https://x/" : content.site().baseUrl()).getPath();
    return new PageView(
        page.title(), "您要找的页面不存在，可从" + content.site().name() + "首页或" + SitePlan.CATALOGUE_LABEL + "查找。", page.path(), base, siteView, nav(base, Nav.NONE), List.of(), null, new Views.NotFound(base, base + UrlScheme.CATALOGUE));
  }

  // ---- navigation

  /** The column home, the top-level columns, then the catalogue; the page's own entry is marked current. */
  private List<Link> nav(String root, Nav current) {
    List<Link> nav = new ArrayList<>();
    nav.add(new Link("专栏首页", root.isEmpty() ? "./" : root, current.place() == Nav.Place.HOME));
    for (Column c : content.columns().topLevel()) {
      nav.add(new Link(c.title(), root + UrlScheme.column(c.id()), current.place() == Nav.Place.COLUMN && current.columnId().equals(c.id())));
    }
    nav.add(new Link(SitePlan.CATALOGUE_LABEL, root + UrlScheme.CATALOGUE, current.place() == Nav.Place.CATALOGUE));
    return nav;
  }

  private List<Link> breadcrumb(PlannedPage page, String dir) {
    PlannedPage.Subject s = page.subject();
    List<Link> crumbs = new ArrayList<>();
    if (s instanceof PlannedPage.ColumnList c) {
      crumbs.addAll(columnTrail(dir, c.column().id(), false));
    } else if (s instanceof PlannedPage.ItemPage i) {
      crumbs.addAll(columnTrail(dir, i.item().column(), true));
      crumbs.add(new Link(i.item().title(), page.path().substring(dir.length()), true));
    } else if (s instanceof PlannedPage.ReportPage r) {
      crumbs.addAll(columnTrail(dir, ColumnTree.REPORTS, true));
      crumbs.add(new Link(r.report().year() + "年度", "./", true));
    } else if (s instanceof PlannedPage.CatalogueList c) {
      crumbs.add(new Link("首页", Hrefs.rel(dir, UrlScheme.HOME), false));
      crumbs.add(new Link(SitePlan.CATALOGUE_LABEL, Hrefs.rel(dir, UrlScheme.CATALOGUE), c.filter().equals("all") && c.page() == 1));
      if (!c.filter().equals("all") || c.page() > 1) {
        String label = c.heading().replace(SitePlan.CATALOGUE_LABEL + "：", "") + (c.page() > 1 ? "（第" + c.page() + "页）" : "");
        crumbs.add(new Link(label, "./", true));
      }
    } else if (s instanceof PlannedPage.QrIndex) {
      crumbs.add(new Link("首页", Hrefs.rel(dir, UrlScheme.HOME), false));
      crumbs.add(new Link(SitePlan.QR_LABEL, "./", true));
    }
    return List.copyOf(crumbs);
  }

  /** 首页, then the column's parent and the column; the column is current on its own first page. */
  private List<Link> columnTrail(String dir, String columnId, boolean columnIsLink) {
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(new Link("首页", Hrefs.rel(dir, UrlScheme.HOME), false));
    List<Column> trail = content.columns().trail(columnId);
    for (int i = 0; i < trail.size(); i++) {
      Column t = trail.get(i);
      boolean last = i == trail.size() - 1;
      String href = UrlScheme.column(t.id());
      crumbs.add(new Link(t.title(), Hrefs.rel(dir, href), last && !columnIsLink && dir.equals(href)));
    }
    return crumbs;
  }

  private List<Link> children(String dir, Column c) {
    return c.children().stream().map(k -> new Link(k.title(), Hrefs.rel(dir, UrlScheme.column(k.id())), false)).toList();
  }

  private List<Entry> entries(String dir, List<CatalogueEntry> list) {
    return list.stream().map(d -> new Entry(d.title(), Hrefs.rel(dir, d.url()), date(d.published()), d.indexNo(), d.docNo())).toList();
  }

  /** Page links: the first, the last and those near the current page, with a gap (a link without href) between. */
  private static Views.Pager pager(String base, int current, int count, String dir) {
    List<Link> links = new ArrayList<>();
    for (int p : Paging.pagerPages(current, count)) {
      links.add(p == 0 ? new Link("…", null, false) : new Link(String.valueOf(p), Hrefs.rel(dir, UrlScheme.paged(base, p)), p == current));
    }
    Link prev = current > 1 ? new Link("上一页", Hrefs.rel(dir, UrlScheme.paged(base, current - 1)), false) : null;
    Link next = current < count ? new Link("下一页", Hrefs.rel(dir, UrlScheme.paged(base, current + 1)), false) : null;
    return new Views.Pager(current, count, prev, next, links);
  }

  private Views.QrImage qrImage(String url, String label) {
    QrSvg.Code code = codeByUrl.computeIfAbsent(url, QrSvg::encode);
    return new Views.QrImage(code.size(), code.path(), label);
  }

  private String columnTitle(String id) {
    return content.columns().find(id).map(Column::title).orElse(id);
  }

  // ---- shared pieces

  static SiteView siteView(SiteConfig site) {
    List<SiteView.FooterLine> lines = site.footer().lines().stream().map(l -> new SiteView.FooterLine(l[0], l[1])).toList();
    return new SiteView(site.name(), site.organ(), lines, site.footer().note());
  }

  /** The metadata block: the six fields every document has, then 文号 and 有效性 when it has them. */
  static List<MetaField> metaFields(DisclosureMeta m) {
    List<MetaField> fields = new ArrayList<>();
    fields.add(new MetaField("索引号", m.indexNo()));
    fields.add(new MetaField("发布机构", m.publisher()));
    fields.add(new MetaField("公开范围", m.scope()));
    fields.add(new MetaField("生成日期", date(m.generated())));
    fields.add(new MetaField("公开日期", date(m.published())));
    fields.add(new MetaField("公开方式", m.channel()));
    if (!m.docNo().isEmpty()) {
      fields.add(new MetaField("文号", m.docNo()));
    }
    if (!m.validity().isEmpty()) {
      fields.add(new MetaField("有效性", m.validity()));
    }
    return List.copyOf(fields);
  }

  /** “与上年对比” when the site has last year's report. */
  private Views.Comparison comparison(AnnualReport r) {
    return content.reports().stream()
        .filter(last -> last.year() == r.year() - 1)
        .findFirst()
        .map(last -> YearComparison.of(r, last, findings, Hrefs.rel(UrlScheme.report(r), UrlScheme.report(last))))
        .orElse(null);
  }

  static ReportView reportView(AnnualReport r, Bodies bodies) {
    return reportView(r, bodies, null);
  }

  static ReportView reportView(AnnualReport r, Bodies bodies, Views.Comparison comparison) {
    List<SectionView> sections = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      var narrative = r.narrative().section(n);
      String html = narrative.map(s -> bodies.html(r.files().markdown(), s.bodyLine())).orElse("");
      TableView table =
          switch (n) {
            case 2 -> ReportTables.active(r);
            case 3 -> ReportTables.applications(r);
            case 4 -> ReportTables.reviews(r);
            default -> null;
          };
      String missing = table == null && narrative.isEmpty() ? MISSING_SECTION_NOTE : "";
      sections.add(new SectionView("section-" + n, ReportSchema.SECTION_TITLES.get(n - 1), html, table, missing));
    }
    String preamble = r.narrative().preamble().isBlank() ? "" : bodies.html(r.files().markdown(), 1);
    String signed = r.signedOn() == null ? "" : chineseDate(r.signedOn());
    // The data files lie beside the report's folder: reports/2022/ links to reports/2022.json.
    return new ReportView(
        r.year(), r.title(), metaFields(r.meta()), preamble, sections, signed, "../" + r.year() + ".json", "../" + r.year() + ".csv", comparison);
  }

  static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** 2023年1月20日, as a 落款 is written. */
  static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
