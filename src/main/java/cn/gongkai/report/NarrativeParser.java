package cn.gongkai.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a narrative Markdown file into the six report sections (README, 第 6 步). */
final class NarrativeParser {
  private static final Pattern H2 = Pattern.compile("^ {0,3}##(?!#)[ \\t]+(.*?)[ \\t]*#*[ \\t]*$");
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(```|~~~).*");

  /** Titles seen in real reports, mapped to the section they mean. */
  private static final Map<String, Integer> VARIANTS =
      Map.of(
          "一、概述", 1,
          "二、行政机关主动公开政府信息情况", 2,
          "三、行政机关收到和处理政府信息公开申请情况", 3,
          "四、因政府信息公开工作被申请行政复议、提起行政诉讼情况", 4,
          "五、政府信息公开工作存在的主要问题及改进情况", 5);

  private NarrativeParser() {}

  static Narrative parse(String file, String text) {
    String[] lines = text.split("\n", -1);
    StringBuilder preamble = new StringBuilder();
    List<Narrative.Section> sections = new ArrayList<>();
    String title = null;
    int titleLine = 0;
    StringBuilder body = new StringBuilder();
    boolean inFence = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (FENCE.matcher(line).matches()) {
        inFence = !inFence;
      }
      Matcher h2 = inFence ? null : H2.matcher(line);
      if (h2 != null && h2.matches()) {
        if (title != null) {
          sections.add(section(title, titleLine, body));
        }
        title = h2.group(1);
        titleLine = i + 1;
        body = new StringBuilder();
      } else if (title == null) {
        preamble.append(line).append('\n');
      } else {
        body.append(line).append('\n');
      }
    }
    if (title != null) {
      sections.add(section(title, titleLine, body));
    }
    return new Narrative(file, preamble.toString(), List.copyOf(sections));
  }

  private static Narrative.Section section(String title, int line, StringBuilder body) {
    return new Narrative.Section(sectionNumber(title), ordinal(title), title, line, body.toString(), line + 1);
  }

  /**
   * 1..6 for the section a title means, whatever ordinal it is written under: the canonical or a variant
   * title, or one whose core (the ordinal, conversion debris and optional words removed, 及/和/与 alike)
   * is a canonical or variant title's core; else 0.
   */
  static int sectionNumber(String title) {
    String t = normalise(title);
    List<String> canonical = ReportSchema.SECTION_TITLES;
    for (int i = 0; i < canonical.size(); i++) {
      if (canonical.get(i).equals(t)) {
        return i + 1;
      }
    }
    if (VARIANTS.containsKey(t)) {
      return VARIANTS.get(t);
    }
    String c = core(t);
    for (int i = 0; i < canonical.size(); i++) {
      if (core(canonical.get(i)).equals(c)) {
        return i + 1;
      }
    }
    for (Map.Entry<String, Integer> v : VARIANTS.entrySet()) {
      if (core(v.getKey()).equals(c)) {
        return v.getValue();
      }
    }
    return 0;
  }

  /**
   * 1..6 when {@code title} is a canonical title with one character added, dropped or replaced
   * (“四、政府信息公开行政法复议、行政诉讼情况”), under that section's own ordinal, at least eight characters
   * and never a sentence (。，；); else 0. {@link #sectionNumber} does not accept a typo: its callers ask
   * this only of a title that one does not recognise, and report what they read.
   */
  static int typoSection(String title) {
    String t = normalise(title);
    if (t.length() < 8 || SENTENCE_MARK.matcher(title).matches()) {
      return 0;
    }
    List<String> canonical = ReportSchema.SECTION_TITLES;
    for (int k = 0; k < canonical.size(); k++) {
      String c = canonical.get(k);
      if (t.startsWith(c.substring(0, 2)) && withinOne(t, c)) {
        return k + 1;
      }
    }
    return 0;
  }

  private static final Pattern SENTENCE_MARK = Pattern.compile(".*[。,，;；].*");

  /** Whether {@code a} and {@code b} differ by at most one character (added, dropped or replaced). */
  static boolean withinOne(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 1) {
      return false;
    }
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == a.length() || i == b.length()) {
      return true;
    }
    if (a.length() == b.length()) {
      return a.substring(i + 1).equals(b.substring(i + 1));
    }
    return a.length() > b.length() ? a.substring(i + 1).equals(b.substring(i)) : a.substring(i).equals(b.substring(i + 1));
  }

  private static final String NUMERALS = "一二三四五六七八九十";
  /** An ordinal after conversion debris: a table border “|”, “｜” or “丨”, a stray “l”, spaces. */
  private static final Pattern ORDINAL = Pattern.compile("^[|｜丨l\\s]*([一二三四五六七八九十])[、.．，,:：]?");
  private static final List<String> OPTIONAL_WORDS = List.of("政府信息公开", "政府信息", "行政机关", "工作", "主要", "的");

  /** The number of the ordinal a title is written under (“三、…” is 3), 0 when it has none. */
  static int ordinal(String title) {
    Matcher m = ORDINAL.matcher(normalise(title));
    return m.find() ? NUMERALS.indexOf(m.group(1)) + 1 : 0;
  }

  /** What remains of a title to compare: no ordinal, no debris, no optional words, 和/与 as 及. */
  static String core(String normalisedTitle) {
    String c = ORDINAL.matcher(normalisedTitle).replaceFirst("");
    for (String w : OPTIONAL_WORDS) {
      c = c.replace(w, "");
    }
    return c.replace('和', '及').replace('与', '及');
  }

  // Compiled once: String.replaceAll compiles its pattern on every call, and each section title of every
  // report is normalised several times (in a rebuild at 10,000 items, about a fifth of the CPU of reading
  // the reports, and most of the JIT's work on java.util.regex).
  private static final Pattern SPACES = Pattern.compile("[\\s\\u3000]+");
  private static final Pattern EDGE_DEBRIS = Pattern.compile("^[|｜丨l*]+|[|｜丨*]+$");
  private static final Pattern ORDINAL_MARK = Pattern.compile("^([一二三四五六])[.．，,、:：]");
  private static final Pattern END_MARK = Pattern.compile("[。：:]$");

  static String normalise(String title) {
    // spaces, emphasis and the debris of a converted table or PDF (a border “|”, a stray “l”) are no part of the title
    String t = EDGE_DEBRIS.matcher(SPACES.matcher(title).replaceAll("")).replaceAll("");
    t = ORDINAL_MARK.matcher(t).replaceFirst("$1、");
    return END_MARK.matcher(t).replaceFirst("");
  }
}
