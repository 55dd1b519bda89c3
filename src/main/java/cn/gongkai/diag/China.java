package cn.gongkai.diag;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The time zone of every date the program makes up itself (“today”, the year a message gives as an example):
 * the dates in content are Chinese dates, whatever the machine's zone. Made when first asked for: reading the
 * zone rules takes about 20 ms, and a build's warm-up thread asks first.
 */
public final class China {
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private China() {}

  /** Today's date in China. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
