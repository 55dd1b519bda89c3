package cn.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The narrative's wording rules: years copied from another report (TXT-02), a word typed twice
 * (TXT-03) and a section 五 that says nothing (SEC5-01). Each reads one line of a section at a time
 * and reports only what is plain; what could be read two ways is left alone.
 */
final class NarrativeText {
  private NarrativeText() {}

  /**
   * A piece of a line: where it starts (0-based) and its text; for TXT-02 the year, and whether the
   * paragraph opens with it (else 0, false).
   */
  record Hit(int start, String text, int year, boolean opening) {}

  // ---- TXT-02 -------------------------------------------------------------------------------

  private static final Pattern AS_OF = Pattern.compile("截至(\\d{4})年");
  private static final Pattern OPENING_YEAR = Pattern.compile("^\\s*(?:[-*+]\\s+|\\d+[.、)]\\s*)?(\\d{4})年([0-9一二三四五六七八九十]{1,2}月)?");
  /** A sentence about a document issued (“2021年9月，国务院办公厅印发…”): its date is rightly that year. */
  private static final Pattern ISSUED = Pattern.compile("《|印发|出台|颁布|下发|发布|转发");

  /**
   * The unit speaking of its own year: “本单位2021年度”, “我镇2021年度”, “2021年全年”, “2021年度共…”.
   * “本局2021年” alone may be the date of a document it issued, so only 年度 is read after 本/我; “2021年度共”
   * only before a verb or a number, so that “2021年度共同…” is not read.
   */
  private static final Pattern OWN_YEAR =
      Pattern.compile(
          "[本我](?:单位|机关|部门|镇|乡|街道|局|委|办|区|县|市|院|厅|处|中心|政府)(\\d{4})年度(?!(?:印发|出台|制定|颁布|修订|发布)的)"
              + "|(\\d{4})年全年"
              + "|(\\d{4})年度共(?=计|有|收到|受理|办理|办结|处理|发布|公开|制发|印发|新增|开展|召开|举办|更新|接收|[0-9一二三四五六七八九十])");

  /** Words that make a sentence a comparison with another year, which may name it. */
  private static final Pattern COMPARISON = Pattern.compile("较|相比|相较|对比|比上|同比|环比|增长|下降|减少|增加|上升|持平|分别");
  /** Words of a result announced later (“我镇2021年度考核获评优秀”): that year is rightly named. */
  private static final Pattern RESULT = Pattern.compile("获|评为|评定|考核|表彰|评估|排名|通报");

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；;!?]");

  /** TXT-02 in one line of the narrative of {@code year}: stale years, left to right. */
  static List<Hit> staleYears(String line, int year) {
    List<Hit> out = new ArrayList<>();
    Matcher asOf = AS_OF.matcher(line);
    while (asOf.find()) {
      int y = Integer.parseInt(asOf.group(1));
      if (y != year) {
        out.add(new Hit(asOf.start(), asOf.group(), y, false));
      }
    }
    Matcher opening = OPENING_YEAR.matcher(line);
    boolean opens = false;
    if (opening.find()) {
      int y = Integer.parseInt(opening.group(1));
      String first = sentence(line, opening.start(1));
      boolean datesADocument = opening.group(2) != null && ISSUED.matcher(first).find();
      if (y != year && y != year + 1 && !comparison(first, year) && !datesADocument) {
        out.add(new Hit(opening.start(1), y + "年", y, true));
        opens = true;
      }
    }
    Matcher own = OWN_YEAR.matcher(line);
    while (own.find()) {
      String g = own.group(1) != null ? own.group(1) : own.group(2) != null ? own.group(2) : own.group(3);
      int y = Integer.parseInt(g);
      int at = own.start();
      if (y == year || y == year + 1 || (opens && at <= opening.end()) || insideTitle(line, at) || insideAsOf(out, at)) {
        continue;
      }
      String sentence = sentence(line, at);
      if (comparison(sentence, year) || RESULT.matcher(sentence).find()) {
        continue; // a comparison of two years names the other one
      }
      out.add(new Hit(at, own.group(), y, false));
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Whether {@code sentence} compares years: a word of comparison, or the report's own year beside the other. */
  private static boolean comparison(String sentence, int year) {
    return COMPARISON.matcher(sentence).find() || sentence.contains(year + "年");
  }

  /** Whether {@code at} lies inside 《…》 or 〔…〕 (a cited document's title or number). */
  private static boolean insideTitle(String line, int at) {
    return inside(line, at, '《', '》') || inside(line, at, '〔', '〕') || inside(line, at, '[', ']');
  }

  private static boolean inside(String line, int at, char open, char close) {
    int o = line.lastIndexOf(open, at);
    return o >= 0 && line.lastIndexOf(close, at) < o && line.indexOf(close, at) >= 0;
  }

  private static boolean insideAsOf(List<Hit> hits, int at) {
    return hits.stream().anyMatch(h -> at >= h.start() && at < h.start() + h.text().length());
  }

  private static String sentence(String line, int at) {
    int from = 0;
    Matcher m = SENTENCE_END.matcher(line);
    while (m.find() && m.start() < at) {
      from = m.end();
    }
    Matcher e = SENTENCE_END.matcher(line);
    int to = e.find(at) ? e.start() : line.length();
    return line.substring(from, to);
  }

  // ---- TXT-03 -------------------------------------------------------------------------------

  private static final Pattern TWICE = Pattern.compile("(\\p{IsHan}{2,4})\\1");

  /** Words said twice on purpose (研究研究, 雪白雪白, 哈哈哈哈); “一个一个”, “一步一步” are reduplications too. */
  private static final Set<String> REDUPLICATIONS =
      Set.of(
          "研究", "讨论", "商量", "考虑", "学习", "了解", "认识", "交流", "锻炼", "休息", "打扫", "整理", "总结", "检查",
          "介绍", "说明", "解释", "清理", "收拾", "活动", "放松", "比较", "试验", "尝试", "准备", "溜达", "琢磨", "体验",
          "高兴", "热闹", "暖和", "凉快", "轻松", "明白", "雪白", "通红", "冰凉", "笔直", "碧绿", "火红", "漆黑", "金黄",
          "蜡黄", "滚烫", "崭新", "透亮", "鲜红", "哗啦", "叮当", "扑通", "轰隆", "咕噜", "稀里", "糊涂");

  /** TXT-03 in one line: each word typed twice in a row (“资金资金”), with the word. */
  static List<Hit> doubledWords(String line) {
    List<Hit> out = new ArrayList<>();
    Matcher m = TWICE.matcher(line);
    int from = 0;
    while (from < line.length() && m.find(from)) {
      String word = m.group(1);
      if (genuine(word) || partOfLongerWord(line, m.start(), m.end())) {
        from = m.start() + 1;
        continue;
      }
      out.add(new Hit(m.start(), word, 0, false));
      from = m.end();
    }
    return out;
  }

  /**
   * Characters that make the second copy the start of a longer word: “规范规范性文件” is 规范 + 规范性文件,
   * “信息信息化” 信息 + 信息化, “公开公开栏” 公开 + 公开栏.
   */
  private static final String SUFFIXES = "性化率栏类式型权员者界观感制法度品";
  /** Words before a noun that the next word repeats as a verb: “按照要求要求各单位” is 按照要求，要求…. */
  private static final Pattern BY = Pattern.compile("(?:按照|根据|依照|依据|遵照|对照|结合|落实|按|依)$");

  /** Nouns that are verbs too: “行为规范规范干部行为” is 行为规范 + 规范…, “工作要求要求…” 工作要求 + 要求…. */
  private static final Set<String> NOUN_VERBS = Set.of("规范", "要求", "规定", "安排", "部署", "计划", "决定", "指导");

  private static boolean partOfLongerWord(String line, int start, int end) {
    if (end < line.length() && SUFFIXES.indexOf(line.charAt(end)) >= 0) {
      return true;
    }
    String word = line.substring(start, start + (end - start) / 2);
    if (NOUN_VERBS.contains(word) && start > 0 && Character.UnicodeScript.of(line.codePointBefore(start)) == Character.UnicodeScript.HAN) {
      return true;
    }
    return BY.matcher(line.substring(Math.max(0, start - 2), start)).find();
  }

  private static boolean genuine(String word) {
    if (REDUPLICATIONS.contains(word)) {
      return true;
    }
    if (word.length() == 2 && word.charAt(0) == '一') {
      return true; // 一个一个, 一步一步, 一件一件
    }
    return word.chars().distinct().count() == 1; // 哈哈哈哈, 常常常常
  }

  // ---- SEC5-01 ------------------------------------------------------------------------------

  static final int SEC5_MIN = 30;
  private static final Pattern NOTHING = Pattern.compile("(?:无|暂无|没有|本年度无|本年无)[。.！!]?");

  /**
   * SEC5-01: what section 五 says when it says nothing — “无”, “暂无”, “没有”, or fewer than {@link
   * #SEC5_MIN} characters (spaces and Markdown signs not counted) — else empty. A blank section is
   * FMT-02's, not this rule's.
   */
  static Optional<String> saysNothing(String markdown) {
    String text = CopiedText.normalise(markdown);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (NOTHING.matcher(text).matches() || text.codePointCount(0, text.length()) < SEC5_MIN) {
      return Optional.of(text);
    }
    return Optional.empty();
  }

  static boolean onlyNo(String text) {
    return NOTHING.matcher(text).matches();
  }
}
