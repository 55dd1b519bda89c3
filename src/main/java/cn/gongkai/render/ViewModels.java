package cn.gongkai.render;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.content.Markdown;
import cn.gongkai.content.Narrative;
import cn.gongkai.data.AnnualReport;
import cn.gongkai.data.ReportSchema;
import cn.gongkai.render.PageView.Link;
import cn.gongkai.render.ReportView.MetaField;
import cn.gongkai.render.ReportView.SectionView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the loaded site into one view model per page. */
public final class ViewModels {
  static final String REPORTS_LABEL = "政府信息公开年报";
  static final String MISSING_SECTION_NOTE = "原报告未包含此部分。";

  private ViewModels() {}

  public static List<PageSpec> pages(SiteConfig site, List<AnnualReport> reports) {
    SiteView siteView = siteView(site);
    List<AnnualReport> newestFirst = new ArrayList<>(reports);
    newestFirst.sort(Comparator.comparingInt(AnnualReport::year).reversed());
    List<ReportsIndexView.Entry> entries = newestFirst.stream().map(ViewModels::entry).toList();

    List<PageSpec> pages = new ArrayList<>();
    pages.add(
        new PageSpec(
            "index.html", "home",
            new PageView(site.name(), "", "", siteView, nav("", 0), List.of(), null, null,
                new HomeView(entries.stream().limit(5).toList()))));
    pages.add(
        new PageSpec(
            "reports/index.html", "reportsindex",
            new PageView(REPORTS_LABEL, "reports/", "../", siteView, nav("../", 1),
                List.of(new Link("首页", "../", false), new Link(REPORTS_LABEL, "./", true)),
                null, new ReportsIndexView(entries), null)));
    for (AnnualReport r : reports) {
      String root = "../../";
      pages.add(
          new PageSpec(
              "reports/" + r.year() + "/index.html", "report",
              new PageView(r.title(), "reports/" + r.year() + "/", root, siteView, nav(root, 1),
                  List.of(new Link("首页", root, false), new Link(REPORTS_LABEL, "../", false), new Link(r.year() + "年度", "./", true)),
                  report(r), null, null)));
    }
    return pages;
  }

  static SiteView siteView(SiteConfig site) {
    List<SiteView.FooterLine> lines =
        site.footer().lines().stream().map(l -> new SiteView.FooterLine(l[0], l[1])).toList();
    return new SiteView(site.name(), site.organ(), lines, site.footer().note());
  }

  private static List<Link> nav(String root, int current) {
    return List.of(
        new Link("专栏首页", root.isEmpty() ? "./" : root, current == 0),
        new Link(REPORTS_LABEL, root + "reports/", current == 1));
  }

  private static ReportsIndexView.Entry entry(AnnualReport r) {
    return new ReportsIndexView.Entry(r.year(), r.title(), "reports/" + r.year() + "/", date(r.meta().published()), r.meta().indexNo());
  }

  static ReportView report(AnnualReport r) {
    AnnualReport.Meta m = r.meta();
    List<MetaField> meta =
        List.of(
            new MetaField("索引号", m.indexNo()),
            new MetaField("发布机构", m.publisher()),
            new MetaField("公开范围", m.scope()),
            new MetaField("生成日期", date(m.generated())),
            new MetaField("公开日期", date(m.published())),
            new MetaField("公开方式", m.channel()));
    List<SectionView> sections = new ArrayList<>();
    for (int n = 1; n <= 6; n++) {
      var narrative = r.narrative().section(n);
      String html = narrative.map(s -> Markdown.toHtml(s.markdown())).orElse("");
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
    String preamble = narrative.preamble().isBlank() ? "" : Markdown.toHtml(narrative.preamble());
    String signed = m.signedOn() == null ? "" : chineseDate(m.signedOn());
    return new ReportView(r.year(), r.title(), meta, preamble, sections, signed, "../" + r.year() + ".json", "../" + r.year() + ".csv");
  }

  static String date(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  /** 2023年1月20日, as a 落款 is written. */
  public static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }
}
