package cn.gongkai.diag;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The time zone of every date the program makes up itself (“today”, the year a message gives as an example):
 * the dates in content are Chinese dates, whatever the machine's zone. China's time (Asia/Shanghai) has been
 * UTC+8 without summer time since 1991 ({@code ChinaTest} reads the zone rules to show it), so the fixed
 * offset gives the same dates; reading the zone rules instead took 35 ms at every start, which a build waited for.
 */
public final class China {
  public static final ZoneOffset ZONE = ZoneOffset.ofHours(8);

  private China() {}

  /** Today's date in China. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }
}
