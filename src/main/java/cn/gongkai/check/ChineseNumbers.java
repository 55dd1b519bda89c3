package cn.gongkai.check;

/** Small numbers as narratives write them: “12”, “十二”, “二十”, “零”. */
final class ChineseNumbers {
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseNumbers() {}

  /** The value, or null when the text is not a number this reader understands. */
  static Integer parse(String text) {
    if (text.matches("[0-9]+")) {
      return text.length() > 9 ? null : Integer.parseInt(text);
    }
    String t = text.replace('〇', '零').replace('两', '二');
    int total = 0;
    int current = 0;
    for (char c : t.toCharArray()) {
      int d = DIGITS.indexOf(c);
      if (d >= 0) {
        current = d;
      } else if (c == '十') {
        total += (current == 0 ? 1 : current) * 10;
        current = 0;
      } else if (c == '百') {
        total += current * 100;
        current = 0;
      } else {
        return null;
      }
    }
    return total + current;
  }
}
