package cn.gongkai.yaml;

import java.math.BigDecimal;

/** What a table cell may hold, as the official format defines it. */
public enum ValueKind {
  /** A non-negative whole number (件数, 数量). */
  COUNT,
  /** A signed whole number, shown “+3”, “-2”, “0” (本年增/减). */
  SIGNED,
  /** A non-negative decimal amount (万元). */
  AMOUNT;

  /**
   * How a value of this kind is shown on the page: 0 as “0”, 本年增/减 signed (“+3”, “-2”), amounts
   * without trailing zeros, a blank ({@code null}) as nothing.
   */
  public String format(BigDecimal value) {
    if (value == null) {
      return "";
    }
    String plain = Num.plain(value);
    return this == SIGNED && value.signum() > 0 ? "+" + plain : plain;
  }

  public String describe() {
    return switch (this) {
      case COUNT -> "非负整数";
      case SIGNED -> "整数（可为负）";
      case AMOUNT -> "非负数（可有小数）";
    };
  }
}
