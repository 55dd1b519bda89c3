package cn.gongkai.render;

import java.util.List;

/** The column's name, organ and footer lines (label, value), as every page shows them. */
public record SiteView(String name, String organ, List<FooterLine> footer, String footerNote) {
  public record FooterLine(String label, String value) {}
}
