package cn.gongkai.yaml;

import cn.gongkai.diag.SourcePos;
import java.math.BigDecimal;

/**
 * A number from a report, with where it was written. A {@code null} value is a cell left blank as
 * published ({@code ~} in YAML): blank is not zero, and nothing computed from it has a value.
 */
public record Num(BigDecimal value, SourcePos pos) {
  public static Num zero(SourcePos pos) {
    return new Num(BigDecimal.ZERO, pos);
  }

  public static Num blank(SourcePos pos) {
    return new Num(null, pos);
  }

  public boolean isBlank() {
    return value == null;
  }

  /** Zero, and not blank. */
  public boolean isZero() {
    return value != null && value.signum() == 0;
  }

  /** Plain text without exponent or trailing zeros: 3, 0.092, -2; “空白” for a blank cell (in messages). */
  public String plain() {
    return value == null ? "空白" : plain(value);
  }

  public static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
