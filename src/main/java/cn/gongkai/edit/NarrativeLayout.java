package cn.gongkai.edit;

import cn.gongkai.report.Narrative;
import cn.gongkai.report.ReportSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A narrative file cut into the parts the form shows: the preamble (before the first recognised
 * section heading, kept verbatim), then one part per section 1..6 with its heading line as written and
 * its body. Headings are found as the loader finds them ({@link Narrative#parse}); a heading it does not
 * recognise, or a section's second heading, stays inside the text of the part before it, so cutting and
 * joining again gives the file back. The form's {@code section.N} is a body without its blank lines at
 * either end; writing puts the file's own blank lines back around the text typed.
 */
final class NarrativeLayout {
  /** {@code number} 0 is the preamble; {@code line} the 1-based line the part starts on. */
  record Part(int number, String heading, String body, int line) {
    String lead() {
      return body.substring(0, body.length() - body.replaceFirst("^\n+", "").length());
    }

    String core() {
      return body.replaceFirst("^\n+", "").replaceFirst("\n+$", "");
    }

    String trail() {
      String rest = body.substring(lead().length());
      return rest.substring(rest.replaceFirst("\n+$", "").length());
    }
  }

  final List<Part> parts;

  private NarrativeLayout(List<Part> parts) {
    this.parts = parts;
  }

  static NarrativeLayout of(String text) {
    String[] lines = text.split("\n", -1);
    List<Integer> starts = new ArrayList<>(List.of(1));
    List<Integer> numbers = new ArrayList<>(List.of(0));
    for (Narrative.Section s : Narrative.parse("", text).sections()) {
      if (s.number() > 0 && !numbers.contains(s.number())) {
        starts.add(s.line());
        numbers.add(s.number());
      }
    }
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i) - 1;
      int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : lines.length;
      String chunk = from == to ? "" : String.join("\n", Arrays.asList(lines).subList(from, to)) + (i + 1 < starts.size() ? "\n" : "");
      if (numbers.get(i) == 0) {
        parts.add(new Part(0, "", chunk, 1));
      } else {
        int nl = chunk.indexOf('\n');
        parts.add(new Part(numbers.get(i), nl < 0 ? chunk : chunk.substring(0, nl + 1), nl < 0 ? "" : chunk.substring(nl + 1), from + 1));
      }
    }
    return new NarrativeLayout(parts);
  }

  /** The text of section {@code n} for the form ({@code ""} when the file has no such section). */
  String section(int n) {
    return parts.stream().filter(p -> p.number() == n).findFirst().map(Part::core).orElse("");
  }

  List<String> sections() {
    List<String> out = new ArrayList<>();
    for (int n = 1; n <= ReportFields.SECTIONS; n++) {
      out.add(section(n));
    }
    return out;
  }

  /** The file with each section's body as typed; a section not in the file is added, under its canonical heading, only when typed. */
  String write(List<String> typed) {
    List<String> chunks = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      boolean last = i == parts.size() - 1;
      chunks.add(p.number() == 0 ? p.body() : p.heading() + body(p, clean(typed.get(p.number() - 1)), last));
      numbers.add(p.number());
    }
    for (int n = 1; n <= ReportFields.SECTIONS; n++) {
      String text = clean(typed.get(n - 1));
      if (!numbers.contains(n) && !text.isEmpty()) {
        int at = insertionPoint(numbers, n);
        chunks.add(at, "## " + ReportSchema.SECTION_TITLES.get(n - 1) + "\n\n" + text + "\n");
        numbers.add(at, n);
        separate(chunks, at);
      }
    }
    return String.join("", chunks);
  }

  /** The body for {@code text}: the file's own blank lines around it, or the layout's where the section was empty. */
  private static String body(Part p, String text, boolean last) {
    if (text.isEmpty()) {
      return p.core().isEmpty() ? p.body() : last ? "" : "\n";
    }
    if (p.core().isEmpty()) {
      return "\n" + text + (last ? "\n" : "\n\n");
    }
    return p.lead() + text + p.trail();
  }

  /** After the last part whose number is below {@code n}. */
  private static int insertionPoint(List<Integer> numbers, int n) {
    int at = 0;
    for (int i = 0; i < numbers.size(); i++) {
      if (numbers.get(i) < n) {
        at = i + 1;
      }
    }
    return at;
  }

  /** A blank line before and after an added section. */
  private static void separate(List<String> chunks, int at) {
    if (at > 0) {
      chunks.set(at - 1, endBlank(chunks.get(at - 1)));
    }
    if (at + 1 < chunks.size()) {
      chunks.set(at, endBlank(chunks.get(at)));
    }
  }

  private static String endBlank(String s) {
    if (s.isEmpty() || s.endsWith("\n\n")) {
      return s;
    }
    return s.endsWith("\n") ? s + "\n" : s + "\n\n";
  }

  /** Typed text without carriage returns and without blank lines at either end. */
  static String clean(String typed) {
    return typed.replace("\r\n", "\n").replace('\r', '\n').replaceFirst("^\n+", "").replaceFirst("\n+$", "");
  }

  /** The field a line of the written file belongs to ({@code ""} for the preamble or no line). */
  String fieldAt(int line) {
    String field = "";
    for (Part p : parts) {
      if (line > 0 && p.line() <= line) {
        field = p.number() == 0 ? "" : ReportFields.section(p.number());
      }
    }
    return field;
  }
}
