package cn.gongkai.assets;

import java.math.BigDecimal;

/**
 * One year of a {@link Trend}: its value, or, for a gap, null and the reason in Chinese — the cell was
 * left blank as published ({@link #BLANK}), it is {@code 待核对} ({@link #TO_VERIFY}), or the year's
 * format has no such figure (“该年采用2019年试行格式，没有此项……”). A gap is never drawn as 0.
 */
public record TrendPoint(int year, BigDecimal value, String gap) {
  public static final String BLANK = "原表空白";
  public static final String TO_VERIFY = "待核对";

  public TrendPoint {
    if ((value == null) == gap.isEmpty()) {
      throw new IllegalArgumentException("a point has either a value or a gap reason: " + year);
    }
  }

  public boolean isGap() {
    return value == null;
  }

  /** The word a chart or table shows in a gap's place: 空白, 待核对 or 无此项; empty for a value. */
  public String word() {
    if (!isGap()) {
      return "";
    }
    if (gap.equals(BLANK)) {
      return "空白";
    }
    return gap.equals(TO_VERIFY) ? "待核对" : "无此项";
  }

  /** Whether the gap is the year's format having no such figure (not a blank or unverified cell). */
  public boolean isAbsentFromFormat() {
    return isGap() && !gap.equals(BLANK) && !gap.equals(TO_VERIFY);
  }
}
