package cn.gongkai.audit;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Level;
import java.util.List;

/**
 * The audit as one self-contained HTML page: inline CSS, no script, nothing fetched. A summary table
 * (a real table, caption, header scopes) that becomes one card per report below 40em, so it reads at
 * 360 px without sideways scrolling; then each report's findings as a table that does the same; print
 * styles for A4 (tables at full width, header rows repeated, rows kept whole).
 */
public final class AuditPage {
  private AuditPage() {}

  /** Marks the page as audit's own, so that a later audit of the folder it was saved in leaves it out. */
  static final String GENERATOR = "<meta name=\"generator\" content=\"gongkai audit\">";

  private static final String CSS =
      """
      :root{color-scheme:light;--line:#c8ccd2;--muted:#555;--error:#a50e0e;--warning:#7a4d00}
      *{box-sizing:border-box}
      body{margin:0;font:16px/1.6 "Microsoft YaHei","PingFang SC","Noto Sans CJK SC",sans-serif;color:#1a1a1a;background:#fff}
      main{max-width:72em;margin:0 auto;padding:1em}
      h1{font-size:1.5em;margin:.2em 0 .6em}
      h2{font-size:1.15em;margin:1.8em 0 .3em;overflow-wrap:anywhere}
      p{margin:.4em 0}
      .outcome{font-weight:bold}
      table{border-collapse:collapse;width:100%;margin:.6em 0 1em}
      caption{text-align:left;font-weight:bold;padding:.3em 0}
      th,td{border:1px solid var(--line);padding:.35em .5em;text-align:left;vertical-align:top;overflow-wrap:anywhere}
      thead th{background:#eef1f5}
      .summary thead th{white-space:nowrap}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      .summary th[scope=row]{font-weight:normal}
      .level-error{color:var(--error);font-weight:bold}
      .level-warning{color:var(--warning);font-weight:bold}
      .pos{font-family:Consolas,"Courier New",monospace;font-size:.9em;width:26%}
      .findings .level,.findings .rule,td.n{white-space:nowrap}
      .fails td.errors{color:var(--error);font-weight:bold}
      .note{color:var(--muted);font-size:.92em}
      a{color:#0b57d0}
      @media screen and (max-width:40em){
        main{padding:.6em}
        table,thead,tbody,tr,th,td,caption{display:block;width:100%}
        thead tr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
        tr{border:1px solid var(--line);border-radius:.3em;margin:0 0 .7em;padding:.3em .5em}
        th,td{border:0;padding:.15em 0}
        td[data-label]::before{content:attr(data-label) "：";color:var(--muted)}
        td.n{text-align:left}
        .summary th[scope=row]{font-weight:bold}
        td.pos{width:100%}
      }
      @page{size:A4;margin:15mm 12mm}
      @media print{
        body{font-size:10.5pt;line-height:1.45}
        main{max-width:none;padding:0}
        a{color:inherit;text-decoration:none}
        thead{display:table-header-group}
        tr{break-inside:avoid}
        h2{break-after:avoid}
        thead th{background:none}
      }
      """;

  /** The page for {@code audited}. */
  public static String html(List<Audited> audited) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(GENERATOR).append("\n")
        .append("<title>政府信息公开工作年度报告体检结果</title>\n<style>\n")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>政府信息公开工作年度报告体检结果</h1>\n");
    h.append("<p>").append(esc(AuditText.heading(audited))).append("</p>\n");
    h.append("<p class=\"outcome\">").append(esc(AuditText.closing(audited))).append("</p>\n");
    h.append("<p class=\"note\">错误须改正；警告请核对；“待核对”是导入时没能确认、需要对照原文的单元格数。"
        + "位置中“文件#年度.yaml”“文件#年度.md”指导入得到的数据和叙述（用 gongkai import 文件 --out 文件夹 可以写出来查看）。</p>\n");
    h.append("<table class=\"summary\">\n<caption>各报告检查结果汇总（").append(audited.size()).append(" 个文件）</caption>\n<thead>\n<tr>");
    for (String header : AuditText.HEADERS) {
      h.append("<th scope=\"col\">").append(esc(header)).append("</th>");
    }
    h.append("</tr>\n</thead>\n<tbody>\n");
    for (int i = 0; i < audited.size(); i++) {
      Audited a = audited.get(i);
      List<String> cells = AuditText.cells(a);
      h.append(a.fails() ? "<tr class=\"fails\">" : "<tr>");
      h.append("<th scope=\"row\"><a href=\"#r").append(i + 1).append("\">").append(esc(a.file())).append("</a></th>");
      for (int c = 1; c < cells.size(); c++) {
        String cls = c == 4 ? "n errors" : c >= 2 ? "n" : "";
        h.append("<td").append(cls.isEmpty() ? "" : " class=\"" + cls + "\"").append(" data-label=\"").append(esc(AuditText.HEADERS.get(c)))
            .append("\">").append(esc(cells.get(c))).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
    for (String line : AuditText.duplicates(audited)) {
      h.append("<p class=\"note\">").append(esc(line)).append("</p>\n");
    }
    for (int i = 0; i < audited.size(); i++) {
      section(h, audited.get(i), "r" + (i + 1));
    }
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void section(StringBuilder h, Audited a, String id) {
    h.append("<section id=\"").append(id).append("\" aria-labelledby=\"").append(id).append("-h\">\n");
    h.append("<h2 id=\"").append(id).append("-h\">").append(esc(a.file())).append("</h2>\n");
    if (!a.imported()) {
      h.append("<p><strong>无法导入：</strong>").append(esc(a.failure())).append("</p>\n</section>\n");
      return;
    }
    h.append("<p>").append(esc(AuditText.describe(a))).append("：").append(a.errors()).append(" 个错误，").append(a.warnings())
        .append(" 个警告，待核对 ").append(a.toVerify()).append(" 格。</p>\n");
    if (a.findings().isEmpty()) {
      h.append("<p>未发现问题。</p>\n</section>\n");
      return;
    }
    h.append("<table class=\"findings\">\n<caption>").append(esc(a.file())).append(" 的检查结果（").append(a.findings().size())
        .append(" 条）</caption>\n<thead>\n<tr><th scope=\"col\">位置</th><th scope=\"col\">级别</th><th scope=\"col\">规则</th><th scope=\"col\">说明</th></tr>\n</thead>\n<tbody>\n");
    for (Finding f : a.findings()) {
      String level = f.level().label();
      h.append("<tr><td class=\"pos\" data-label=\"位置\">").append(esc(f.pos().toString())).append("</td>")
          .append("<td data-label=\"级别\" class=\"level level-").append(f.level().name().toLowerCase(java.util.Locale.ROOT)).append("\">").append(esc(level)).append("</td>")
          .append("<td data-label=\"规则\" class=\"rule\">").append(esc(f.rule().id())).append("</td>")
          .append("<td data-label=\"说明\">").append(esc(message(f))).append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  static String message(Finding f) {
    return f.note().isEmpty() || f.level() != Level.ACKNOWLEDGED ? f.message() : f.message() + "（确认理由：" + f.note() + "）";
  }

  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // control characters (other than line ends and tabs) are not allowed in HTML text
          if (c < 0x20 && c != '\n' && c != '\t') {
            out.append('\uFFFD');
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
