package cn.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.jsoup.nodes.Entities;
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

  /** The escaping is jsoup's {@code Entities.escape}, which it replaced: on every character alone and between others. */
  @Test
  void escapesAsJsoupDoesOnEveryCharacter() {
    for (int c = 0; c <= 0xFFFF; c++) {
      String alone = String.valueOf((char) c);
      assertEquals(Entities.escape(alone), TitleText.escape(alone), "U+" + Integer.toHexString(c));
      String between = "年" + (char) c + "a";
      assertEquals(Entities.escape(between), TitleText.escape(between), "U+" + Integer.toHexString(c) + " between others");
    }
  }

  /** Random strings of the characters that are escaped, surrogate pairs, lone surrogates and plain text. */
  @Test
  void escapesAsJsoupDoesOnMixedText() {
    String[] pieces = {"&", "<", ">", "\"", "'", "\u00a0", "\t", "\n", "\r", "\u0001", "\u001f", "\u007f", "\u0085", "😀", "\uD83D", "\uDE00",
        "\uDBFF\uDFFF", "〔2023〕", "1号", "镇", "a", " ", "\u3000", "&amp;", "\uFFFE"};
    Random random = new Random(20261203L);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder s = new StringBuilder();
      for (int k = random.nextInt(8); k >= 0; k--) {
        s.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = s.toString();
      assertEquals(Entities.escape(text), TitleText.escape(text), text);
    }
  }
}
