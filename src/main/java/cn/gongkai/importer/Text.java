package cn.gongkai.importer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Character-level helpers of the report reader: width, comparison form of labels, page chrome. */
final class Text {
  private Text() {}

  /** Full-width digits, point, plus and minus as ASCII, so that “３．５” reads as 3.5. */
  static String halfDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '０' && c <= '９') {
        b.append((char) ('0' + (c - '０')));
      } else if (c == '．' && i > 0 && i + 1 < s.length() && isDigitAny(s.charAt(i - 1)) && isDigitAny(s.charAt(i + 1))) {
        b.append('.');
      } else if ((c == '＋' || c == '－') && i + 1 < s.length() && isDigitAny(s.charAt(i + 1))) {
        b.append(c == '＋' ? '+' : '-');
      } else if (c == '\u3000' || c == '\u00a0') {
        b.append(' ');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static boolean isDigitAny(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  static boolean isCjk(char c) {
    Character.UnicodeScript s = Character.UnicodeScript.of(c);
    return s == Character.UnicodeScript.HAN;
  }

  /** Non-ASCII, non-space: a CJK character or full-width punctuation. */
  static boolean isWide(char c) {
    return c > 0x7f && !Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0';
  }

  private static final String QUOTES = "“”\"'‘’「」『』";

  /**
   * A label in the form labels are compared in, with for each of its characters the index of the raw
   * character it came from. Silent tolerances (never an LBL-01): whitespace, quote marks, full-width or
   * half-width punctuation and brackets (〔〕【】 as ()), and an ordinal written “1、” or “1．” for “1.”.
   */
  record Norm(String text, int[] raw) {
    static Norm of(String s) {
      StringBuilder b = new StringBuilder();
      List<Integer> map = new ArrayList<>();
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || QUOTES.indexOf(c) >= 0 || c == '|' || c == '｜') {
          continue;
        }
        String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
        for (int k = 0; k < n.length(); k++) {
          char d = n.charAt(k);
          d = switch (d) {
            case '〔', '【', '[', '［' -> '(';
            case '〕', '】', ']', '］' -> ')';
            case '，' -> ',';
            case '：' -> ':';
            default -> d;
          };
          if ((d == '、' || d == ',') && b.length() > 0 && Character.isDigit(b.charAt(b.length() - 1))) {
            d = '.';
          }
          if (Character.isWhitespace(d) || QUOTES.indexOf(d) >= 0) {
            continue;
          }
          b.append(d);
          map.add(i);
        }
      }
      return new Norm(b.toString(), map.stream().mapToInt(Integer::intValue).toArray());
    }
  }

  static String norm(String s) {
    return Norm.of(s).text();
  }

  private static final Pattern FOOTER =
      Pattern.compile(
          "[-—–－_\\s]*[-—–－][-—–－_\\s]*\\d{1,3}[-—–－_\\s]*[-—–－][-—–－_\\s]*"
              + "|第\\s*\\d{1,3}\\s*页(\\s*[,，/、]?\\s*共\\s*\\d{1,3}\\s*页)?"
              + "|共\\s*\\d{1,3}\\s*页\\s*[,，]?\\s*第\\s*\\d{1,3}\\s*页"
              + "|\\d{1,3}\\s*/\\s*\\d{1,3}"
              + "|[Pp]age\\s*\\d{1,3}(\\s*of\\s*\\d{1,3})?");

  /** A page footer or header number (“-3-”, “— 3 —”, “第 3 页”, “3/10”). */
  static boolean isFooter(String cell) {
    return FOOTER.matcher(halfDigits(cell).strip()).matches();
  }

  private static final Pattern CHROME =
      Pattern.compile(
          "(来\\s*源|浏览量|浏览次数|点击数|访问量|发布时间|信息来源|作者)\\s*[:：].*|.*扫一扫.*|.*(打印本页|关闭窗口|收藏本页|【打印】|【关闭】).*"
              + "|.*【\\s*字体.*|.*字号\\s*[:：].*|分享到.*|当前位置\\s*[:：].*|[|｜\\s]+"
              // what gongkai's own report page adds around the tables (a page read back in a round trip)
              + "|(主办单位|承办单位|协办单位|技术支持|网站标识码|版权所有|联系电话|联系我们)\\s*[:：]?.*|.*(ICP备|公网安备|扫码看).*"
              + "|编者注\\s*[:：].*|左右滑动查看全表|表格数据下载|.*年度表格数据（(CSV|JSON).*");

  private static final Pattern PAGE_END =
      Pattern.compile("[【\\[(（]?(附件下载|相关附件|下载附件|打印本页|打印|关闭窗口|关闭|上一篇|下一篇|相关链接|友情链接|相关文章|相关阅读|相关新闻|文字解读|图片解读|视频解读|返回顶部)[】\\])）]?([:：].*)?");
  private static final Pattern TRAILING_END =
      Pattern.compile("(?<=[。！？])(?:[【\\[]?(?:附件下载|相关附件|下载附件|打印本页|关闭窗口|打印|关闭)[】\\]]?)+$");

  /** A line of the page after its article (“附件下载”, “关闭”, “上一篇：…”, “友情链接”): the report has ended. */
  static boolean isPageEnd(String line) {
    return PAGE_END.matcher(line.replaceAll("[\\s\\u00a0\\u3000]", "")).matches();
  }

  /** A paragraph without the page's links glued after its last sentence (“…情况。附件下载”). */
  static String withoutTrailingChrome(String paragraph) {
    return TRAILING_END.matcher(paragraph).replaceFirst("");
  }

  /** Page chrome of a saved web page: 来源, 浏览量, “扫一扫在手机打开当前页”, print and close links. */
  static boolean isChrome(String line) {
    return CHROME.matcher(line.strip()).matches();
  }

  /**
   * Narrative text as Markdown wants it: whitespace that wrapping put next to a CJK character
   * removed (“领导小组的 指导下”), and the ASCII , : ; ( ) ! ? that conversion left between CJK
   * characters given back their full-width form.
   */
  static String prose(String s) {
    String t = halfSpaces(s).strip();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ') {
        char prev = b.length() == 0 ? ' ' : b.charAt(b.length() - 1);
        int j = i;
        while (j < t.length() && t.charAt(j) == ' ') {
          j++;
        }
        char next = j < t.length() ? t.charAt(j) : ' ';
        if (!isWide(prev) && !isWide(next) && prev != ' ') {
          b.append(' ');
        }
        i = j - 1;
        continue;
      }
      b.append(c);
    }
    String u = b.toString();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < u.length(); i++) {
      char c = u.charAt(i);
      int k = ",:;()!?".indexOf(c);
      if (k >= 0) {
        char prev = i > 0 ? u.charAt(i - 1) : ' ';
        char next = i + 1 < u.length() ? u.charAt(i + 1) : ' ';
        boolean decimalOrTime = (c == ':' || c == ',') && Character.isDigit(prev) && Character.isDigit(next);
        if (!decimalOrTime && (isWide(prev) || isWide(next))) {
          out.append("，：；（）！？".charAt(k));
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  private static String halfSpaces(String s) {
    return s.replace('\u3000', ' ').replace('\u00a0', ' ').replace('\t', ' ');
  }

  /**
   * The section (1–6) whose canonical title {@code normalised} (comparison form) is but for one
   * character (one added, dropped or replaced, LBL-01): same ordinal, at least eight characters, and
   * never a sentence (no 。，；). 0 when none is so close.
   */
  static int typoSection(String normalised) {
    // the check reads a typed report's headings with the same tolerance
    return cn.gongkai.report.Narrative.typoOf(normalised);
  }
}
