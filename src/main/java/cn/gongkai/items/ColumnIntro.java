package cn.gongkai.items;

import java.time.LocalDate;

/**
 * The text of {@code content/<column>/index.md}, shown at the top of the column's page, and its 更新日期
 * ({@code updated} in an optional front matter; null when not written).
 */
public record ColumnIntro(String column, String file, String body, int bodyLine, LocalDate updated) {}
