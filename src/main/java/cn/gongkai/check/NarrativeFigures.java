package cn.gongkai.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TXT-01's reader: the table figures a narrative paragraph states (“收到政府信息公开申请 19 件”, “上年结转
 * 2 件”, “办结 21 件”, “予以公开 4 件” …), each with what the sentence around it says about it. It reads
 * only phrases whose meaning is plain; a count that may be another year's, or a part of a total
 * (after “其中”), is no statement of a total, so the rule stays silent on it.
 */
final class NarrativeFigures {
  private NarrativeFigures() {}

  /** What a stated figure is compared with; {@code label} is how the message names the table's figure. */
  enum Figure {
    RECEIVED("本年新收申请"),
    CARRIED_OVER("上年结转申请"),
    REPLIED("（七）总计"),
    DISCLOSED("予以公开"),
    PARTIALLY_DISCLOSED("部分公开"),
    WITHHELD("不予公开"),
    UNAVAILABLE("无法提供"),
    NOT_HANDLED("不予处理"),
    CARRIED_FORWARD("结转下年度继续办理"),
    REVIEW("行政复议"),
    LITIGATION("行政诉讼");

    final String label;

    Figure(String label) {
      this.label = label;
    }
  }

  /**
   * One stated figure: the matched text, where it starts in the line (0-based), the number, and what its
   * sentence says: {@code alsoReplied} for “收到并答复…申请 N 件” (received and replied in one phrase),
   * {@code carriedOverInSentence} when the sentence also speaks of 上年结转 (so a count may include it).
   */
  record Statement(Figure figure, String text, int start, int stated, boolean alsoReplied, boolean carriedOverInSentence) {}

  private static final String NUM = "\\s*([0-9]+|[零〇一二两三四五六七八九十百]+)\\s*";
  private static final String COUNT = "(?:的)?(?:共计|共|合计|总计)?" + NUM + "件";

  private record Phrase(Figure figure, Pattern pattern) {}

  private static final List<Phrase> PHRASES =
      List.of(
          // the gap may hold “并答复”, “政府信息公开”, “各类”, but no clause break
          new Phrase(Figure.RECEIVED, Pattern.compile("(?:收到|受理|新收)([^。；;，,！？]{0,12}?)申请(?:数量|数)?(?:为)?" + COUNT)),
          new Phrase(Figure.CARRIED_OVER, Pattern.compile("上一?年度?结转(?:的|下来的)?(?:政府信息公开)?(?:申请)?" + COUNT)),
          // not the second verb of “收到并答复…申请 N 件”, which RECEIVED reads
          new Phrase(Figure.REPLIED, Pattern.compile("(?<![并和及与])(?:办结|答复)(?:了)?(?:政府信息公开|依申请公开)?(?:申请)?" + COUNT)),
          new Phrase(Figure.DISCLOSED, Pattern.compile("予以公开" + COUNT)),
          // “予以公开及部分公开 42 件” is the two together, no claim about 部分公开 alone
          new Phrase(Figure.PARTIALLY_DISCLOSED, Pattern.compile("(?<![及和与、])部分公开" + COUNT)),
          new Phrase(Figure.WITHHELD, Pattern.compile("不予公开" + COUNT)),
          new Phrase(Figure.UNAVAILABLE, Pattern.compile("无法提供" + COUNT)),
          new Phrase(Figure.NOT_HANDLED, Pattern.compile("不予处理" + COUNT)),
          new Phrase(Figure.CARRIED_FORWARD, Pattern.compile("结转(?:至|到)?下一?年度?(?:继续办理)?" + COUNT)),
          new Phrase(Figure.REVIEW, Pattern.compile("行政复议(?:案件|申请)?(?:的)?(?:共计|共|合计)?" + NUM + "(?:件|起)")),
          new Phrase(Figure.LITIGATION, Pattern.compile("行政诉讼(?:案件)?(?:的)?(?:共计|共|合计)?" + NUM + "(?:件|起)")));

  private static final Pattern SENTENCE_END = Pattern.compile("[。！？；;!?]");
  private static final Pattern CLAUSE_END = Pattern.compile("[。！？；;!?，,]");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})年");
  /** Words that make a clause speak of another year or compare with one. */
  private static final Pattern OTHER_YEAR = Pattern.compile("去年|上一年|上年(?!度?结转)|前年|同比|环比|较|相比|相较|对比");
  private static final Pattern CARRIED_OVER_WORD = Pattern.compile("上一?年度?结转");
  /** Applications, and replies, that are not those of 政府信息公开申请. */
  private static final Pattern OTHER_APPLICATION =
      Pattern.compile("复议|诉讼|信访|来信|来访|举报|投诉|热线|诉求|许可|审批|登记|备案|补正|仲裁|赔偿|办事|政务服务|建议|提案|议案");
  /** What may stand between 收到 and 申请 in “收到…政府信息公开申请 N 件” besides the kind of application. */
  private static final Pattern PLAIN_GAP = Pattern.compile("(?:共|了|各类|的|并答复|并办结|和答复|及答复)*");

  /** Whether the words between the verb and 申请 make it a 政府信息公开申请 (empty, “政府信息公开”, “并答复…公开” …). */
  private static boolean disclosureApplication(String gap) {
    return !OTHER_APPLICATION.matcher(gap).find() && (gap.endsWith("公开") || PLAIN_GAP.matcher(gap).matches());
  }

  /** The figures {@code line} states in the report of {@code year}, left to right. */
  static List<Statement> read(String line, int year) {
    List<Statement> out = new ArrayList<>();
    for (Phrase p : PHRASES) {
      Matcher m = p.pattern().matcher(line);
      while (m.find()) {
        Integer stated = ChineseNumbers.parse(m.group(m.groupCount()));
        if (stated == null) {
          continue;
        }
        String sentenceBefore = line.substring(boundaryBefore(line, m.start(), SENTENCE_END), m.start());
        String clauseBefore = line.substring(boundaryBefore(line, m.start(), CLAUSE_END), m.start());
        if (OTHER_YEAR.matcher(clauseBefore).find() || otherYear(withoutTitles(sentenceBefore), year)) {
          continue; // last year's figure, or a comparison: not this year's table
        }
        if (p.figure() == Figure.RECEIVED && !disclosureApplication(m.group(1))) {
          continue; // “受理行政复议申请 2 件”, “收到书面申请”: another kind of application, or not plainly this one
        }
        if (p.figure() == Figure.REPLIED && OTHER_APPLICATION.matcher(clauseBefore).find()) {
          continue; // “办理行政复议答复 2 件”, “人大建议答复”: not the replies to 政府信息公开申请
        }
        boolean total = p.figure() == Figure.RECEIVED || p.figure() == Figure.REPLIED;
        if (total && sentenceBefore.contains("其中")) {
          continue; // a part of a total just stated (“其中 11 件办结，8 件撤回”), not a total
        }
        String sentence = line.substring(boundaryBefore(line, m.start(), SENTENCE_END), boundaryAfter(line, m.end()));
        boolean replied = p.figure() == Figure.RECEIVED && m.group(1).matches(".*(答复|办结).*");
        // “新收” says the count leaves out 上年结转; “收到”, “受理” may include it when the sentence speaks of it
        boolean withCarriedOver = CARRIED_OVER_WORD.matcher(sentence).find() && !(p.figure() == Figure.RECEIVED && m.group().startsWith("新收"));
        out.add(new Statement(p.figure(), m.group().strip(), m.start(), stated, replied, withCarriedOver));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static boolean otherYear(String text, int year) {
    Matcher y = YEAR.matcher(text);
    while (y.find()) {
      if (Integer.parseInt(y.group(1)) != year) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} without the titles of cited documents (《2021年…通知》 is no statement about 2021). */
  static String withoutTitles(String text) {
    return text.replaceAll("《[^》]*》", "");
  }

  private static int boundaryBefore(String line, int at, Pattern end) {
    int b = 0;
    Matcher m = end.matcher(line);
    while (m.find() && m.start() < at) {
      b = m.end();
    }
    return b;
  }

  private static int boundaryAfter(String line, int at) {
    Matcher m = SENTENCE_END.matcher(line);
    return m.find(at) ? m.start() : line.length();
  }
}
