/**
 * Import: a report as published (saved web page, text, Word, PDF text layer) read back into {@code
 * <year>.yaml} + {@code <year>.md}, and pages of an old county CMS read back into items. Stages inside:
 * {@link cn.gongkai.importer.Sources} turns a file into {@link cn.gongkai.importer.SourceDoc} lines of
 * cells; {@link cn.gongkai.importer.ReportImporter} matches them to the official rows and writes the
 * data. Never silently wrong: each cell is read with certainty, {@code 待核对}, or blank ({@code ~}).
 */
package cn.gongkai.importer;
