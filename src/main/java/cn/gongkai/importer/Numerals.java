package cn.gongkai.importer;

/** A list number as Word shows it in a given number format (“一”, “1”, “①”, “壹”, “a”, “iv”). */
final class Numerals {
  private static final String CHINESE = "〇一二三四五六七八九";
  private static final String LEGAL = "零壹贰叁肆伍陆柒捌玖";
  private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

  private Numerals() {}

  static String format(int n, String format) {
    switch (format) {
      case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "koreanCounting" -> {
        return counting(n, CHINESE, "十", "百");
      }
      case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand" -> {
        return digits(n, CHINESE);
      }
      case "chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal" -> {
        return counting(n, LEGAL, "拾", "佰");
      }
      case "ideographTraditional" -> {
        return n >= 1 && n <= 10 ? String.valueOf(STEMS.charAt(n - 1)) : String.valueOf(n);
      }
      case "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle" -> {
        return n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : String.valueOf(n);
      }
      case "decimalEnclosedParen" -> {
        return n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
      }
      case "decimalEnclosedFullstop" -> {
        return n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
      }
      case "decimalFullWidth", "decimalFullWidth2" -> {
        StringBuilder b = new StringBuilder();
        for (char c : String.valueOf(n).toCharArray()) {
          b.append((char) (c - '0' + '０'));
        }
        return b.toString();
      }
      case "decimalZero" -> {
        return n < 10 && n >= 0 ? "0" + n : String.valueOf(n);
      }
      case "lowerLetter", "upperLetter" -> {
        if (n < 1) {
          return String.valueOf(n);
        }
        char c = (char) ((format.equals("lowerLetter") ? 'a' : 'A') + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
      }
      case "lowerRoman", "upperRoman" -> {
        String r = roman(n);
        return format.equals("lowerRoman") ? r.toLowerCase(java.util.Locale.ROOT) : r;
      }
      default -> {
        return String.valueOf(n);
      }
    }
  }

  /** 1 一, 10 十, 11 十一, 20 二十, 105 一百零五. */
  static String counting(int n, String digits, String ten, String hundred) {
    if (n < 0 || n > 999) {
      return String.valueOf(n);
    }
    if (n < 10) {
      return String.valueOf(digits.charAt(n));
    }
    if (n < 20) {
      return ten + (n % 10 == 0 ? "" : digits.charAt(n % 10));
    }
    if (n < 100) {
      return "" + digits.charAt(n / 10) + ten + (n % 10 == 0 ? "" : digits.charAt(n % 10));
    }
    int rest = n % 100;
    String head = digits.charAt(n / 100) + hundred;
    if (rest == 0) {
      return head;
    }
    if (rest < 10) {
      return head + (digits.equals(CHINESE) ? '零' : digits.charAt(0)) + digits.charAt(rest);
    }
    return head + (rest < 20 ? digits.charAt(1) + counting(rest, digits, ten, hundred) : counting(rest, digits, ten, hundred));
  }

  private static String digits(int n, String digits) {
    StringBuilder b = new StringBuilder();
    for (char c : String.valueOf(n).toCharArray()) {
      b.append(c == '-' ? '-' : digits.charAt(c - '0'));
    }
    return b.toString();
  }

  private static String roman(int n) {
    if (n < 1 || n > 3999) {
      return String.valueOf(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.length; i++) {
      while (n >= values[i]) {
        b.append(symbols[i]);
        n -= values[i];
      }
    }
    return b.toString();
  }
}
