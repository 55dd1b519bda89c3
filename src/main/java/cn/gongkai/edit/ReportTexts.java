package cn.gongkai.edit;

/** The two files of a report as text: {@code <year>.yaml} and {@code <year>.md} ({@code ""} for a file that is not there). */
public record ReportTexts(String yaml, String markdown) {}
