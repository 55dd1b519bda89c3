package cn.gongkai.yaml;

import cn.gongkai.diag.SourcePos;
import java.math.BigDecimal;

/** A number from a report, with where it was written. */
public record Num(BigDecimal value, SourcePos pos) {
  public static Num zero(SourcePos pos) {
    return new Num(BigDecimal.ZERO, pos);
  }

  public boolean isZero() {
    return value.signum() == 0;
  }

  /** Plain text without exponent or trailing zeros: 3, 0.092, -2. */
  public String plain() {
    return plain(value);
  }

  public static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
