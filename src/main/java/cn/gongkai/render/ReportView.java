package cn.gongkai.render;

import java.util.List;

/**
 * One annual report page: metadata block, six sections in canonical order, tables, 落款, “与上年对比” when last
 * year's report is on the site (null otherwise), data links.
 */
public record ReportView(
    int year,
    String title,
    List<MetaField> meta,
    String preambleHtml,
    List<SectionView> sections,
    String signedOn,
    String jsonHref,
    String csvHref,
    Views.Comparison comparison)
    implements PageView.Body {

  public record MetaField(String label, String value) {}

  /**
   * A section: narrative HTML (may be empty), the table for 二/三/四, and {@code missingNote} when the
   * narrative lacks a section the format requires (shown as an editor's note, never as report text).
   */
  public record SectionView(String id, String title, String html, TableView table, String missingNote) {}
}
