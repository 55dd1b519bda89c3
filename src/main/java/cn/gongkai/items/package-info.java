/**
 * Columns ({@code content/columns.yaml}), items (Markdown with front matter) and column
 * introductions.
 */
package cn.gongkai.items;
