package cn.gongkai.yaml;

import cn.gongkai.diag.SourcePos;
import java.math.BigDecimal;

/**
 * A number from a report, with where it was written. A {@code null} value is a cell left blank as
 * published ({@code ~} in YAML), or, {@code toVerify}, a cell the importer could not read with
 * certainty ({@code 待核对}): either way it is not zero, and nothing computed from it has a value.
 */
public record Num(BigDecimal value, SourcePos pos, boolean toVerify) {
  public Num(BigDecimal value, SourcePos pos) {
    this(value, pos, false);
  }

  /** A {@code 待核对} cell: unknown, so the rules that need it say they could not verify it. */
  public static Num toVerify(SourcePos pos) {
    return new Num(null, pos, true);
  }

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
    return value == null ? (toVerify ? "待核对" : "空白") : plain(value);
  }

  public static String plain(BigDecimal v) {
    return v.signum() == 0 ? "0" : v.stripTrailingZeros().toPlainString();
  }
}
