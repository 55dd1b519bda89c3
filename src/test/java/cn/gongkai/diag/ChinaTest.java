package cn.gongkai.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import org.junit.jupiter.api.Test;

/** The fixed offset gives Asia/Shanghai's dates for every day a build can run on. */
class ChinaTest {
  @Test
  void asiaShanghaiIsUtcPlusEightWithoutChangeSince1992() {
    ZoneRules rules = ZoneId.of("Asia/Shanghai").getRules();
    Instant since = Instant.parse("1992-01-01T00:00:00Z");
    assertNull(rules.nextTransition(since), "Asia/Shanghai changes its offset after 1992: China.ZONE is then wrong");
    assertEquals(China.ZONE, rules.getOffset(since));
    assertEquals(China.ZONE, rules.getOffset(Instant.parse("2100-06-30T16:00:00Z")));
  }

  @Test
  void todayIsTheDateInShanghai() {
    LocalDate before = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    LocalDate today = China.today();
    LocalDate after = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    // (a test run at midnight in China may see the day change between the calls)
    assertEquals(true, today.equals(before) || today.equals(after), before + " " + today + " " + after);
  }
}
