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
  private final Catalogue catalogue;
  private final Map<String, Integer> positionInColumn = new HashMap<>();
  private final Map<String, Nav> navByColumn = new HashMap<>();
  private final List<PlannedPage> pages = new ArrayList<>();

  private PagePlanner(Content content) {
    this.content = content;
    this.catalogue = Catalogue.of(content.columns(), content.published(), content.reports());
    catalogue.byColumn().values().forEach(column -> {
      for (int i = 0; i < column.size(); i++) {
        positionInColumn.put(column.get(i).url(), i);
      }
    });
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
    planner.catalogue();
    planner.qrIndex();
    planner.notFound();
    List<PlannedPage> pages = List.copyOf(planner.pages);
    return new SitePlan(pages, java.util.Collections.unmodifiableSet(outputs(content, pages)), planner.catalogue);
  }

  private void home() {
    add(UrlScheme.HOME, content.site().name(), Nav.HOME, new PlannedPage.Home());
  }

  private void column(Column c) {
    List<CatalogueEntry> entries = catalogue.under(c);
    int count = Paging.pages(entries.size(), Paging.COLUMN_PAGE_SIZE);
    for (int page = 1; page <= count; page++) {
      String title = page == 1 ? c.title() : c.title() + "（第" + page + "页）";
      add(UrlScheme.paged(UrlScheme.column(c.id()), page), title, nav(c), new PlannedPage.ColumnList(c, entries, page, count));
    }
  }

  private void item(Item item) {
    String url = UrlScheme.item(item);
    List<CatalogueEntry> siblings = catalogue.byColumn().getOrDefault(item.column(), List.of());
    int at = positionInColumn.getOrDefault(url, -1);
    CatalogueEntry previous = at > 0 ? siblings.get(at - 1) : null;
    CatalogueEntry next = at >= 0 && at < siblings.size() - 1 ? siblings.get(at + 1) : null;
    add(url, item.title(), nav(content.columns().find(item.column()).orElseThrow()), new PlannedPage.ItemPage(item, previous, next));
  }

  private void report(AnnualReport r) {
    Column c = content.columns().find(ColumnTree.REPORTS).orElse(null);
    add(UrlScheme.report(r), r.title(), c == null ? Nav.NONE : nav(c), new PlannedPage.ReportPage(r));
  }

  /** The whole catalogue, then a filtered one per column and per year. */
  private void catalogue() {
    cataloguePages(UrlScheme.CATALOGUE, SitePlan.CATALOGUE_LABEL, catalogue.entries(), "all");
    for (String id : catalogue.columns()) {
      Column c = content.columns().find(id).orElseThrow();
      cataloguePages(UrlScheme.catalogueOfColumn(id), SitePlan.CATALOGUE_LABEL + "：" + c.title(), catalogue.byColumn().get(id), "column/" + id);
    }
    for (int y : catalogue.yearsNewestFirst()) {
      cataloguePages(
          UrlScheme.catalogueOfYear(y), SitePlan.CATALOGUE_LABEL + "：" + y + "年",
          catalogue.byYear().get(y), "year/" + y);
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

  private void notFound() {
    pages.add(new PlannedPage(UrlScheme.NOT_FOUND, UrlScheme.NOT_FOUND, "页面不存在", null, Nav.NONE, new PlannedPage.NotFound()));
  }

  /** Plans a page with an address of its own: a folder ({@code policy/}) or a file ({@code policy/a.html}). */
  private void add(String path, String title, Nav nav, PlannedPage.Subject subject) {
    pages.add(new PlannedPage(UrlScheme.outputFile(path), path, title, UrlScheme.canonical(content.site().baseUrl(), path), nav, subject));
  }

  /** The top-level column a page of {@code c} is under in the navigation (worked out once per column: every item asks). */
  private Nav nav(Column c) {
    return navByColumn.computeIfAbsent(c.id(), id -> {
      String top = c.isTopLevel() ? c.id() : c.parentId();
      return content.columns().topLevel().stream().anyMatch(t -> t.id().equals(top)) ? Nav.column(top) : Nav.NONE;
    });
  }

  /** Every file the build will write, relative to the output root. */
  private static Set<String> outputs(Content content, List<PlannedPage> pages) throws UserError {
    // Only ever asked whether it holds a file (LINK-01): a hash set, not a sorted one.
    Set<String> out = new java.util.HashSet<>(pages.size() * 2);
    pages.forEach(p -> out.add(p.output()));
    out.addAll(UrlScheme.openData(content.reports().stream().map(AnnualReport::year).toList()));
    content.published().forEach(i -> i.attachments().forEach(a -> out.add(UrlScheme.attachment(i, a.name()))));
    out.addAll(UrlScheme.SITE_FILES);
    Path assets = content.theme().resolve("assets");
    if (Files.isDirectory(assets)) {
      try (Stream<Path> walk = Files.walk(assets)) {
        walk.filter(Files::isRegularFile).forEach(p -> out.add(assets.relativize(p).toString().replace('\\', '/')));
      } catch (IOException e) {
        throw UserError.environment("读取主题资源文件夹", assets, e);
      }
    }
    return out;
  }
}
