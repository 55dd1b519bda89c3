package cn.gongkai.items;

/** The text of {@code content/<column>/index.md}, shown at the top of the column's page. */
public record ColumnIntro(String column, String file, String body, int bodyLine) {}
