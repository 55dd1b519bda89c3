package cn.gongkai.plan;

import cn.gongkai.content.Content;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.Column;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.Item;
import cn.gongkai.plan.PlannedPage.Nav;
import cn.gongkai.report.AnnualReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Plans every page of the site: its file, path, title, address and what it shows. Nothing is written
 * and no view is built here; the plan is also what links are checked against.
 */
public final class PagePlanner {
  private final Content content;
  private final List<CatalogueEntry> all;
  private final Map<String, List<CatalogueEntry>> byColumn = new LinkedHashMap<>();
  private final Map<String, Integer> positionInColumn = new HashMap<>();
  private final List<PlannedPage> pages = new ArrayList<>();

  private PagePlanner(Content content) {
    this.content = content;
    this.all = Catalogue.of(content.published(), content.reports());
    for (CatalogueEntry d : all) {
      List<CatalogueEntry> column = byColumn.computeIfAbsent(d.column(), k -> new ArrayList<>());
      positionInColumn.put(d.url(), column.size());
      column.add(d);
    }
  }

  public static SitePlan plan(Content content) throws UserError {
    PagePlanner planner = new PagePlanner(content);
    planner.home();
    for (Column c : content.columns().all()) {
      planner.column(c);
    }
    for (Item item : content.published()) {
      planner.item(item);
    }
    for (AnnualReport r : content.reports()) {
      planner.report(r);
    }
    TreeSet<Integer> years = new TreeSet<>();
    planner.all.forEach(d -> years.add(d.published().getYear()));
    List<String> catalogueColumns = content.columns().all().stream().map(Column::id).filter(planner.byColumn::containsKey).toList();
    planner.catalogue(List.copyOf(years.descendingSet()), catalogueColumns);
    planner.qrIndex();
    planner.posters();
    planner.notFound();
    List<PlannedPage> pages = List.copyOf(planner.pages);
    Map<String, List<CatalogueEntry>> byColumn = new LinkedHashMap<>();
    planner.byColumn.forEach((k, v) -> byColumn.put(k, List.copyOf(v)));
    return new SitePlan(
        pages, outputs(content, pages), planner.all, byColumn, List.copyOf(years.descendingSet()), catalogueColumns);
  }

  private void home() {
    add(UrlScheme.HOME, content.site().name(), Nav.HOME, new PlannedPage.Home());
  }

  private void column(Column c) {
    List<CatalogueEntry> entries = under(c);
    int count = Paging.pages(entries.size(), Paging.COLUMN_PAGE_SIZE);
    for (int page = 1; page <= count; page++) {
      String title = page == 1 ? c.title() : c.title() + "（第" + page + "页）";
      add(UrlScheme.paged(UrlScheme.column(c.id()), page), title, nav(c), new PlannedPage.ColumnList(c, entries, page, count));
    }
  }

  private void item(Item item) {
    String url = UrlScheme.item(item);
    List<CatalogueEntry> siblings = byColumn.getOrDefault(item.column(), List.of());
    int at = positionInColumn.getOrDefault(url, -1);
    CatalogueEntry previous = at > 0 ? siblings.get(at - 1) : null;
    CatalogueEntry next = at >= 0 && at < siblings.size() - 1 ? siblings.get(at + 1) : null;
    add(url, item.title(), nav(content.columns().find(item.column()).orElseThrow()), new PlannedPage.ItemPage(item, previous, next));
  }

  private void report(AnnualReport r) {
    Column c = content.columns().find(ColumnTree.REPORTS).orElse(null);
    add(UrlScheme.report(r), r.title(), c == null ? Nav.NONE : nav(c), new PlannedPage.ReportPage(r));
  }

  private void catalogue(List<Integer> years, List<String> columnIds) {
    cataloguePages(UrlScheme.CATALOGUE, SitePlan.CATALOGUE_LABEL, all, "all");
    for (String id : columnIds) {
      Column c = content.columns().find(id).orElseThrow();
      cataloguePages(UrlScheme.catalogueOfColumn(id), SitePlan.CATALOGUE_LABEL + "：" + c.title(), byColumn.get(id), "column/" + id);
    }
    for (int y : years) {
      cataloguePages(
          UrlScheme.catalogueOfYear(y), SitePlan.CATALOGUE_LABEL + "：" + y + "年",
          all.stream().filter(d -> d.published().getYear() == y).toList(), "year/" + y);
    }
  }

  private void cataloguePages(String base, String heading, List<CatalogueEntry> entries, String filter) {
    int count = Paging.pages(entries.size(), Paging.CATALOGUE_PAGE_SIZE);
    for (int page = 1; page <= count; page++) {
      String title = heading + (page > 1 ? "（第" + page + "页）" : "");
      add(UrlScheme.paged(base, page), title, Nav.CATALOGUE, new PlannedPage.CatalogueList(base, heading, filter, entries, page, count));
    }
  }

  private void qrIndex() {
    add(UrlScheme.QR_INDEX, SitePlan.QR_LABEL, Nav.NONE, new PlannedPage.QrIndex());
  }

  /** A printable A4 poster for every page that has an address. */
  private void posters() {
    for (PlannedPage p : List.copyOf(pages)) {
      if (p.canonicalUrl() == null) {
        continue;
      }
      String file = UrlScheme.poster(p.path());
      pages.add(new PlannedPage(file, UrlScheme.folderOf(file), p.title() + "（二维码海报）", null, Nav.NONE, new PlannedPage.Poster(p)));
    }
  }

  private void notFound() {
    pages.add(new PlannedPage(UrlScheme.NOT_FOUND, UrlScheme.NOT_FOUND, "页面不存在", null, Nav.NONE, new PlannedPage.NotFound()));
  }

  /** Plans a page with an address of its own: a folder ({@code policy/}) or a file ({@code policy/a.html}). */
  private void add(String path, String title, Nav nav, PlannedPage.Subject subject) {
    pages.add(new PlannedPage(UrlScheme.outputFile(path), path, title, UrlScheme.canonical(content.site().baseUrl(), path), nav, subject));
  }

  /** The top-level column a page of {@code c} is under in the navigation. */
  private Nav nav(Column c) {
    String top = c.isTopLevel() ? c.id() : c.parentId();
    return content.columns().topLevel().stream().anyMatch(t -> t.id().equals(top)) ? Nav.column(top) : Nav.NONE;
  }

  private List<CatalogueEntry> under(Column c) {
    if (c.children().isEmpty()) {
      return byColumn.getOrDefault(c.id(), List.of());
    }
    List<String> ids = new ArrayList<>();
    ids.add(c.id());
    c.children().forEach(k -> ids.add(k.id()));
    return all.stream().filter(d -> ids.contains(d.column())).toList();
  }

  /** Every file the build will write, relative to the output root. */
  private static Set<String> outputs(Content content, List<PlannedPage> pages) throws UserError {
    Set<String> out = new TreeSet<>();
    pages.forEach(p -> out.add(p.output()));
    content.reports().forEach(r -> {
      out.add(UrlScheme.reportData(r.year(), "json"));
      out.add(UrlScheme.reportData(r.year(), "csv"));
    });
    content.published().forEach(i -> i.attachments().forEach(a -> out.add(UrlScheme.attachment(i, a.name()))));
    out.addAll(List.of(UrlScheme.SITEMAP, UrlScheme.FEED, UrlScheme.ROBOTS, UrlScheme.SEARCH_INDEX));
    Path assets = content.theme().resolve("assets");
    if (Files.isDirectory(assets)) {
      try (Stream<Path> walk = Files.walk(assets)) {
        walk.filter(Files::isRegularFile).forEach(p -> out.add(assets.relativize(p).toString().replace('\\', '/')));
      } catch (IOException e) {
        throw UserError.refused("无法读取主题资源目录：" + e.getMessage());
      }
    }
    return out;
  }
}
