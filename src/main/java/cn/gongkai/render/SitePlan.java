package cn.gongkai.render;

import cn.gongkai.assets.QrSvg;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.content.Column;
import cn.gongkai.content.ColumnTree;
import cn.gongkai.content.Disclosure;
import cn.gongkai.content.Item;
import cn.gongkai.content.ItemLoader.ColumnIntro;
import cn.gongkai.content.Bodies;
import cn.gongkai.content.Narrative;
import cn.gongkai.data.AnnualReport;
import cn.gongkai.data.ReportSchema;
import cn.gongkai.render.PageView.Link;
import cn.gongkai.render.ReportView.MetaField;
import cn.gongkai.render.ReportView.SectionView;
import cn.gongkai.render.Views.CatalogueRow;
import cn.gongkai.render.Views.Entry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Plans every page of the site: its output path, template and view model. Nothing is written here;
 * the plan is also what link checking compares against.
 */
public final class SitePlan {
  public static final int COLUMN_PAGE_SIZE = 20;
  public static final int CATALOGUE_PAGE_SIZE = 50;
  /** Pages a pager shows on each side of the current one; the first and last are always shown. */
  static final int PAGER_WINDOW = 2;
  public static final String CATALOGUE = "catalogue/";
  static final String CATALOGUE_LABEL = "政府信息公开目录";
  static final String QR_LABEL = "扫码看专栏";
  static final String MISSING_SECTION_NOTE = "原报告未包含此部分。";

  /** What the plan needs from the loaded content. */
  public record Input(
      SiteConfig site,
      ColumnTree columns,
      List<AnnualReport> reports,
      List<Item> items,
      Map<String, ColumnIntro> intros,
      Bodies bodies) {}

  private final Input in;
  private final SiteView siteView;
  private final List<Disclosure> all;
  private final Map<String, List<Disclosure>> byColumn = new java.util.HashMap<>();
  private final Map<String, Integer> positionInColumn = new java.util.HashMap<>();
  private final Map<String, QrSvg.Code> codeByUrl = new java.util.concurrent.ConcurrentHashMap<>();
  private final List<PageSpec> pages = new ArrayList<>();

  private SitePlan(Input in) {
    this.in = in;
    this.siteView = siteView(in.site());
    this.all = disclosures(in.items(), in.reports());
    for (Disclosure d : all) {
      List<Disclosure> column = byColumn.computeIfAbsent(d.column(), k -> new ArrayList<>());
      positionInColumn.put(d.url(), column.size());
      column.add(d);
    }
  }

  public static List<PageSpec> pages(Input in) {
    SitePlan plan = new SitePlan(in);
    plan.home();
    for (Column c : in.columns().all()) {
      plan.column(c);
    }
    for (Item item : in.items()) {
      plan.item(item);
    }
    for (AnnualReport r : in.reports()) {
      plan.report(r);
    }
    plan.catalogue();
    plan.qrIndex();
    plan.posters();
    plan.notFound();
    return List.copyOf(plan.pages);
  }

  /** Every item and report as a catalogue entry, newest first. */
  public static List<Disclosure> disclosures(List<Item> items, List<AnnualReport> reports) {
    List<Disclosure> list = new ArrayList<>();
    for (Item i : items) {
      list.add(new Disclosure(i.title(), i.indexNo(), i.publisher(), i.generated(), i.published(), i.column(), i.url(), i.docNo(), i.file(), i.positions().indexNo()));
    }
    for (AnnualReport r : reports) {
      AnnualReport.Meta m = r.meta();
      list.add(new Disclosure(r.title(), m.indexNo(), m.publisher(), m.generated(), m.published(), ColumnTree.REPORTS, reportUrl(r), "", r.files().yaml(), m.positions().indexNo()));
    }
    list.sort(Disclosure.NEWEST_FIRST);
    return List.copyOf(list);
  }

  public static String reportUrl(AnnualReport r) {
    return "reports/" + r.year() + "/";
  }

  // ---- pages

  private void home() {
    String dir = "";
    add("index.html", "home", in.site().name(), dir, -1, List.of(), () -> {
      List<Views.ColumnBlock> blocks = new ArrayList<>();
      for (Column c : in.columns().topLevel()) {
        List<Disclosure> entries = under(c);
        List<Link> children = c.children().stream().map(k -> new Link(k.title(), Hrefs.rel(dir, k.id() + "/"), false)).toList();
        blocks.add(new Views.ColumnBlock(c.title(), Hrefs.rel(dir, c.id() + "/"), c.description(), entries(dir, entries.stream().limit(5).toList()), children, entries.size(), in.intros().containsKey(c.id())));
      }
      return new Views.Home(blocks, Hrefs.rel(dir, CATALOGUE), all.size());
    });
  }

  private void column(Column c) {
    List<Disclosure> entries = under(c);
    int count = Math.max(1, (entries.size() + COLUMN_PAGE_SIZE - 1) / COLUMN_PAGE_SIZE);
    ColumnIntro intro = in.intros().get(c.id());
    for (int p = 1; p <= count; p++) {
      int page = p;
      String dir = pageDir(c.id() + "/", page);
      String title = page == 1 ? c.title() : c.title() + "（第" + page + "页）";
      add(dir + "index.html", "column", title, dir, navIndex(c), crumbs(dir, c, false), () -> {
        List<Disclosure> slice = entries.subList((page - 1) * COLUMN_PAGE_SIZE, Math.min(entries.size(), page * COLUMN_PAGE_SIZE));
        List<Link> children = c.children().stream().map(k -> new Link(k.title(), Hrefs.rel(dir, k.id() + "/"), false)).toList();
        String introHtml = intro == null || page > 1 ? "" : in.bodies().html(intro.file(), intro.bodyLine());
        return new Views.ColumnPage(c.title(), c.description(), introHtml, children, entries(dir, slice), pager(c.id() + "/", page, count, dir), entries.size());
      });
    }
  }

  private void item(Item item) {
    String url = item.url();
    String dir = item.folder();
    Column c = in.columns().find(item.column()).orElseThrow();
    List<Link> crumbs = new ArrayList<>(crumbs(dir, c, true));
    crumbs.add(new Link(item.title(), url.substring(dir.length()), true));
    add(url, "item", item.title(), url, navIndex(c), crumbs, () -> {
      List<MetaField> meta = new ArrayList<>(metaFields(item.indexNo(), item.publisher(), item.scope(), item.generated(), item.published(), item.channel()));
      if (!item.docNo().isEmpty()) {
        meta.add(new MetaField("文号", item.docNo()));
      }
      if (!item.validity().isEmpty()) {
        meta.add(new MetaField("有效性", item.validity()));
      }
      List<Views.Attachment> attachments =
          item.attachments().stream().map(a -> new Views.Attachment(a.name(), Hrefs.rel(dir, item.attachmentFolder()) + encodeName(a.name()), size(a.size()))).toList();
      List<Disclosure> siblings = byColumn.getOrDefault(item.column(), List.of());
      int at = positionInColumn.getOrDefault(url, -1);
      Link previous = at > 0 ? new Link(siblings.get(at - 1).title(), Hrefs.rel(dir, siblings.get(at - 1).url()), false) : null;
      Link next = at >= 0 && at < siblings.size() - 1 ? new Link(siblings.get(at + 1).title(), Hrefs.rel(dir, siblings.get(at + 1).url()), false) : null;
      String body = in.bodies().html(item.file(), item.bodyLine());
      return new Views.ItemPage(item.title(), meta, item.summary(), body, attachments, previous, next);
    });
  }

  private void report(AnnualReport r) {
    String dir = reportUrl(r);
    Column c = in.columns().find(ColumnTree.REPORTS).orElse(new Column(ColumnTree.REPORTS, "政府信息公开年报", "", "", List.of()));
    List<Link> crumbs = new ArrayList<>(crumbs(dir, c, true));
    crumbs.add(new Link(r.year() + "年度", "./", true));
    add(dir + "index.html", "report", r.title(), dir, navIndex(c), crumbs, () -> reportView(r, in.bodies()));
  }

  private void catalogue() {
    TreeSet<Integer> years = new TreeSet<>();
    all.forEach(d -> years.add(d.published().getYear()));
    List<String> columnIds = in.columns().all().stream().map(Column::id).filter(byColumn::containsKey).toList();
    cataloguePages(CATALOGUE, CATALOGUE_LABEL, all, "all", years, columnIds);
    for (String id : columnIds) {
      Column c = in.columns().find(id).orElseThrow();
      cataloguePages(CATALOGUE + "column/" + id + "/", CATALOGUE_LABEL + "：" + c.title(), byColumn.get(id), "column/" + id, years, columnIds);
    }
    for (int y : years.descendingSet()) {
      cataloguePages(CATALOGUE + "year/" + y + "/", CATALOGUE_LABEL + "：" + y + "年", all.stream().filter(d -> d.published().getYear() == y).toList(), "year/" + y, years, columnIds);
    }
  }

  private void cataloguePages(String base, String heading, List<Disclosure> entries, String filter, TreeSet<Integer> years, List<String> columnIds) {
    int count = Math.max(1, (entries.size() + CATALOGUE_PAGE_SIZE - 1) / CATALOGUE_PAGE_SIZE);
    for (int p = 1; p <= count; p++) {
      int page = p;
      String dir = pageDir(base, page);
      List<Link> crumbs = new ArrayList<>();
      crumbs.add(new Link("首页", Hrefs.rel(dir, ""), false));
      crumbs.add(new Link(CATALOGUE_LABEL, Hrefs.rel(dir, CATALOGUE), filter.equals("all") && page == 1));
      if (!filter.equals("all") || page > 1) {
        crumbs.add(new Link(heading.replace(CATALOGUE_LABEL + "：", "") + (page > 1 ? "（第" + page + "页）" : ""), "./", true));
      }
      String title = heading + (page > 1 ? "（第" + page + "页）" : "");
      add(dir + "index.html", "catalogue", title, dir, navCatalogue(), crumbs, () -> {
        List<CatalogueRow> rows = new ArrayList<>();
        for (int i = (page - 1) * CATALOGUE_PAGE_SIZE; i < Math.min(entries.size(), page * CATALOGUE_PAGE_SIZE); i++) {
          Disclosure d = entries.get(i);
          rows.add(new CatalogueRow(i + 1, d.indexNo(), d.title(), Hrefs.rel(dir, d.url()), d.publisher(), date(d.generated()), date(d.published()), columnTitle(d.column())));
        }
        List<Link> filterColumns = columnIds.stream().map(id -> new Link(columnTitle(id), Hrefs.rel(dir, CATALOGUE + "column/" + id + "/"), filter.equals("column/" + id))).toList();
        List<Link> filterYears = years.descendingSet().stream().map(y -> new Link(y + "年", Hrefs.rel(dir, CATALOGUE + "year/" + y + "/"), filter.equals("year/" + y))).toList();
        Link allFilter = new Link("全部", Hrefs.rel(dir, CATALOGUE), filter.equals("all"));
        return new Views.Catalogue(heading, filterColumns, filterYears, allFilter, rows, pager(base, page, count, dir), entries.size(),
            Hrefs.rel(dir, CATALOGUE + "search.json"), Hrefs.rel(dir, "js/search.js"));
      });
    }
  }

  /** 扫码看专栏: one card per column home, catalogue, column and annual report, for printing. */
  private void qrIndex() {
    String dir = "qr/";
    List<Views.QrCard> cards = new ArrayList<>();
    cards.add(card(dir, in.site().name(), ""));
    cards.add(card(dir, CATALOGUE_LABEL, CATALOGUE));
    for (Column c : in.columns().all()) {
      cards.add(card(dir, c.title(), c.id() + "/"));
    }
    List<AnnualReport> newestFirst = new ArrayList<>(in.reports());
    java.util.Collections.reverse(newestFirst);
    for (AnnualReport r : newestFirst) {
      cards.add(card(dir, r.title(), reportUrl(r)));
    }
    List<Link> crumbs = List.of(new Link("首页", Hrefs.rel(dir, ""), false), new Link(QR_LABEL, "./", true));
    add(dir + "index.html", "qrindex", QR_LABEL, dir, -1, crumbs, () -> new Views.QrIndex(cards));
  }

  private Views.QrCard card(String dir, String title, String target) {
    String url = canonical(target);
    return new Views.QrCard(title, url, qrImage(url, "二维码：" + title + "，" + url), Hrefs.rel(dir, target));
  }

  /** A printable A4 poster for every page: organ, title, a large code, the address. */
  private void posters() {
    List<PageSpec> planned = List.copyOf(pages);
    for (PageSpec p : planned) {
      if (p.qrUrl() == null) {
        continue;
      }
      String file = posterFile(p.path());
      String dir = file.substring(0, file.lastIndexOf('/') + 1);
      String title = p.title();
      String url = p.qrUrl();
      String pagePath = p.path();
      String back = Hrefs.rel(dir, pagePath);
      pages.add(
          new PageSpec(file, "poster", title + "（二维码海报）", dir, null, () ->
              new PageView(title + "（二维码海报）", dir, Hrefs.root(dir), siteView, List.of(), List.of(), null,
                  new Views.Poster(in.site().organ(), title, url, qrImage(url, "二维码：" + title + "，" + url), back))));
    }
  }

  /**
   * Where a page's poster is written: {@code policy/} → {@code qr/poster/policy.html}, {@code policy/a.html} →
   * {@code qr/poster/policy/a.html}.
   * One file rather than a folder per poster: creating folders was a large part of a big build.
   */
  static String posterFile(String pagePath) {
    if (pagePath.isEmpty()) {
      return "qr/poster/index.html";
    }
    return "qr/poster/" + (pagePath.endsWith("/") ? pagePath.substring(0, pagePath.length() - 1) + ".html" : pagePath);
  }

  /** The page's public address: base_url plus its path, non-ASCII characters percent-encoded. */
  String canonical(String dir) {
    StringBuilder url = new StringBuilder(in.site().baseUrl());
    for (byte b : dir.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if (c < 0x80 && c > 0x20 && c != '%' && c != '"' && c != '<' && c != '>' && c != '\\' && c != '^' && c != '`' && c != '{' && c != '|' && c != '}') {
        url.append((char) c);
      } else {
        url.append('%').append(String.format("%02X", c));
      }
    }
    return url.toString();
  }

  private void notFound() {
    // Served for any missing address, so its links must not depend on where it is: root-relative.
    String base = java.net.URI.create(in.site().baseUrl().isEmpty() ? "https://x/" : in.site().baseUrl()).getPath();
    PageView view =
        new PageView("页面不存在", "404.html", base, siteView, nav(base, -1), List.of(), null,
            new Views.NotFound(base, base + CATALOGUE));
    pages.add(new PageSpec("404.html", "notfound", view.title(), view.path(), null, () -> view));
  }

  // ---- helpers

  /** Plans a page; {@code path} is its address below the root: a folder ({@code policy/}) or a file ({@code policy/a.html}). */
  private void add(String output, String type, String title, String path, int navCurrent, List<Link> crumbs, java.util.function.Supplier<Object> body) {
    String url = canonical(path);
    String dir = folderOf(path);
    pages.add(
        new PageSpec(output, type, title, path, url, () -> {
          PageView.Qr qr = new PageView.Qr(url, qrImage(url, "本页二维码：" + url), Hrefs.rel(dir, posterFile(path)));
          return new PageView(title, path, Hrefs.root(dir), siteView, nav(Hrefs.root(dir), navCurrent), crumbs, qr, body.get());
        }));
  }

  static String folderOf(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** Top-level columns, then the catalogue; {@code current} is the index of the one the page is in. */
  private List<Link> nav(String root, int current) {
    List<Link> nav = new ArrayList<>();
    nav.add(new Link("专栏首页", root.isEmpty() ? "./" : root, current == -2));
    List<Column> top = in.columns().topLevel();
    for (int i = 0; i < top.size(); i++) {
      nav.add(new Link(top.get(i).title(), root + top.get(i).id() + "/", i == current));
    }
    nav.add(new Link(CATALOGUE_LABEL, root + CATALOGUE, current == top.size()));
    return nav;
  }

  private int navIndex(Column c) {
    String top = c.isTopLevel() ? c.id() : c.parentId();
    List<Column> cols = in.columns().topLevel();
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).id().equals(top)) {
        return i;
      }
    }
    return -1;
  }

  private int navCatalogue() {
    return in.columns().topLevel().size();
  }

  private List<Link> crumbs(String dir, Column c, boolean columnIsLink) {
    List<Link> crumbs = new ArrayList<>();
    crumbs.add(new Link("首页", Hrefs.rel(dir, ""), false));
    List<Column> trail = in.columns().trail(c.id());
    for (int i = 0; i < trail.size(); i++) {
      Column t = trail.get(i);
      boolean last = i == trail.size() - 1;
      crumbs.add(new Link(t.title(), Hrefs.rel(dir, t.id() + "/"), last && !columnIsLink && dir.equals(t.id() + "/")));
    }
    return crumbs;
  }

  /** Entries of a column and its sub-columns, newest first. */
  private List<Disclosure> under(Column c) {
    if (c.children().isEmpty()) {
      return byColumn.getOrDefault(c.id(), List.of());
    }
    List<String> ids = new ArrayList<>();
    ids.add(c.id());
    c.children().forEach(k -> ids.add(k.id()));
    return all.stream().filter(d -> ids.contains(d.column())).toList();
  }

  private List<Entry> entries(String dir, List<Disclosure> list) {
    return list.stream().map(d -> new Entry(d.title(), Hrefs.rel(dir, d.url()), date(d.published()), d.indexNo(), d.docNo())).toList();
  }

  private static String pageDir(String base, int page) {
    return page == 1 ? base : base + "page/" + page + "/";
  }

  /** The page numbers a pager shows, in order, 0 for a gap; a gap never hides just one page. */
  static List<Integer> pagerPages(int current, int count) {
    TreeSet<Integer> shown = new TreeSet<>(List.of(1, count));
    for (int p = Math.max(1, current - PAGER_WINDOW); p <= Math.min(count, current + PAGER_WINDOW); p++) {
      shown.add(p);
    }
    List<Integer> pages = new ArrayList<>();
    int previous = 0;
    for (int p : shown) {
      if (p == previous + 2) {
        pages.add(previous + 1);
      } else if (p > previous + 2) {
        pages.add(0);
      }
      pages.add(p);
      previous = p;
    }
    return pages;
  }

  /**
   * Page links: the first, the last and those near the current page, with a gap (a link whose href is
   * null) where pages are left out. Listing every page made a long list on a phone, and at hundreds of
   * pages its cost grew with the square of the list's length.
   */
  private static Views.Pager pager(String base, int current, int count, String dir) {
    List<Link> links = new ArrayList<>();
    for (int p : pagerPages(current, count)) {
      links.add(p == 0 ? new Link("…", null, false) : new Link(String.valueOf(p), Hrefs.rel(dir, pageDir(base, p)), p == current));
    }
    Link prev = current > 1 ? new Link("上一页", Hrefs.rel(dir, pageDir(base, current - 1)), false) : null;
    Link next = current < count ? new Link("下一页", Hrefs.rel(dir, pageDir(base, current + 1)), false) : null;
    return new Views.Pager(current, count, prev, next, links);
  }

  /** The page's code is encoded once and reused by its poster. */
  private Views.QrImage qrImage(String url, String label) {
    QrSvg.Code code = codeByUrl.computeIfAbsent(url, QrSvg::encode);
    return new Views.QrImage(code.size(), code.path(), label);
  }

  private String columnTitle(String id) {
    return in.columns().find(id).map(Column::title).orElse(id);
  }

  static SiteView siteView(SiteConfig site) {
    List<SiteView.FooterLine> lines = site.footer().lines().stream().map(l -> new SiteView.FooterLine(l[0], l[1])).toList();
    return new SiteView(site.name(), site.organ(), lines, site.footer().note());
  }

  static List<MetaField> metaFields(String indexNo, String publisher, String scope, LocalDate generated, LocalDate published, String channel) {
    return List.of(
        new MetaField("索引号", indexNo),
        new MetaField("发布机构", publisher),
        new MetaField("公开范围", scope),
        new MetaField("生成日期", date(generated)),
        new MetaField("公开日期", date(published)),
        new MetaField("公开方式", channel));
  }

  static ReportView reportView(AnnualReport r, Bodies bodies) {
    AnnualReport.Meta m = r.meta();
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
    Narrative narrative = r.narrative();
    String preamble = narrative.preamble().isBlank() ? "" : bodies.html(r.files().markdown(), 1);
    String signed = m.signedOn() == null ? "" : chineseDate(m.signedOn());
    return new ReportView(
        r.year(), r.title(), metaFields(m.indexNo(), m.publisher(), m.scope(), m.generated(), m.published(), m.channel()),
        preamble, sections, signed, "../" + r.year() + ".json", "../" + r.year() + ".csv");
  }

  static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** 2023年1月20日, as a 落款 is written. */
  public static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** An attachment href: the file name percent-encoded so Chinese names work on every server. */
  static String encodeName(String name) {
    return java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    if (bytes < 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
    return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
