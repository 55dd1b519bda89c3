package cn.gongkai.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The text of an item file in new-item's layout and key order, and which form field each line holds
 * (so a finding at a line is shown at its field). An optional key left empty keeps new-item's hint line.
 */
final class ItemText {
  /** Text YAML reads as the same plain string: letters, digits and {@code / . _ -}, not starting with a sign. */
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}/._-]*");
  private static final String BODY_HINT = "<!-- 在这里写正文。 -->\n";

  private record Line(String field, String text) {}

  private final List<Line> lines;
  private final String body;

  private ItemText(List<Line> lines, String body) {
    this.lines = List.copyOf(lines);
    this.body = body;
  }

  /**
   * The file as it is written ({@code forCheck} false), or as it is checked before its attachments exist:
   * then the {@code attachments} and {@code status} lines are comments, on the same lines, so the loader
   * reads it as the published item it will be and every position is the written file's.
   */
  static ItemText of(ItemForm form, String publisher, List<String> attachments, boolean forCheck) {
    List<Line> l = new ArrayList<>();
    l.add(new Line("", "---"));
    l.add(new Line("title", "title: " + quoted(form.title())));
    l.add(new Line("index_no", "index_no: " + scalar(form.indexNo())));
    l.add(new Line("", "publisher: " + scalar(publisher)));
    l.add(new Line("generated", "generated: " + scalar(form.generated()) + "        # 生成日期（成文日期）"));
    l.add(new Line("published", "published: " + scalar(form.published()) + "        # 公开日期；晚于今天的信息到那天重新生成时才发布"));
    l.add(new Line("scope", "scope: " + scalar(form.scope())));
    l.add(new Line("channel", "channel: " + scalar(form.channel())));
    l.add(new Line("column", "column: " + scalar(form.column())));
    l.add(optional("doc_no", form.docNo(), quoted(form.docNo()), "# doc_no: 文号                   # 有正式文号时填写"));
    l.add(optional("validity", form.validity(), scalar(form.validity()), "# validity: 有效                 # 有效性：有效、失效或废止（规范性文件填写）"));
    l.add(optional("summary", form.summary(), quoted(form.summary()), "# summary: 内容概述，不超过100字"));
    String list = attachments.stream().map(ItemText::scalar).collect(Collectors.joining(", ", "[", "]"));
    Line files = optional(ItemForm.ATTACHMENTS, attachments.isEmpty() ? "" : list, list, "# attachments: [附件文件名.pdf]   # 附件放在本文件所在的文件夹");
    l.add(forCheck && !attachments.isEmpty() ? commented(files) : files);
    if (form.draft()) {
      Line status = new Line("draft", "status: draft                    # 草稿不发布；写好正文后删除这一行");
      l.add(forCheck ? commented(status) : status);
    }
    l.add(new Line("", "---"));
    l.add(new Line("", ""));
    return new ItemText(l, body(form.body()));
  }

  private static Line optional(String key, String value, String written, String hint) {
    return new Line(key, value.isEmpty() ? hint : key + ": " + written);
  }

  private static Line commented(Line line) {
    return new Line(line.field(), "# " + line.text());
  }

  private static String body(String typed) {
    String text = typed.replace("\r\n", "\n").replace('\r', '\n');
    if (text.isBlank()) {
      return BODY_HINT;
    }
    return text.endsWith("\n") ? text : text + "\n";
  }

  String text() {
    return lines.stream().map(Line::text).collect(Collectors.joining("\n", "", "\n")) + body;
  }

  /** The form field a 1-based file line belongs to: "" for the file itself and lines of no field. */
  String fieldAt(int line) {
    if (line <= 0) {
      return "";
    }
    return line <= lines.size() ? lines.get(line - 1).field() : "body";
  }

  /** The 1-based line of {@code field}'s key; 0 when it has none (the body's fields are the file's). */
  int lineOf(String field) {
    for (int i = 0; i < lines.size(); i++) {
      if (!field.isEmpty() && lines.get(i).field().equals(field)) {
        return i + 1;
      }
    }
    return field.equals("body") ? lines.size() + 1 : 0;
  }

  /** A value as YAML: plain when YAML reads it back unchanged, otherwise double-quoted. */
  static String scalar(String value) {
    return PLAIN.matcher(value).matches() ? value : quoted(value);
  }

  static String quoted(String value) {
    StringBuilder b = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '"' -> b.append("\\\"");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> b.append(Character.isISOControl(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
      }
    }
    return b.append('"').toString();
  }
}
