package cn.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TitleTextTest {
  @Test
  void aNumberStaysWithItsUnitAndTheRestIsEscaped() {
    assertEquals(
        "华容县东山镇人民政府<span class=\"nw\">2022年</span>政府信息公开工作年度报告",
        TitleText.html("华容县东山镇人民政府2022年政府信息公开工作年度报告"));
    assertEquals("示政发<span class=\"nw\">〔2024〕1号</span> &lt;通知&gt; &amp; “附件”", TitleText.html("示政发〔2024〕1号 <通知> & “附件”"));
    assertEquals("政府信息公开目录", TitleText.html("政府信息公开目录"));
  }
}
