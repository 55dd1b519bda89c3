package cn.gongkai.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** 主送机关 flush left and 落款 to the right, as GB/T 9704 lays out an official document; other text untouched. */
class OfficialLayoutTest {
  static String html(String markdown) {
    return Markdown.render(Markdown.parse(markdown), s -> s);
  }

  @Test
  void addresseeAndSignatureOfANotice() {
    String out =
        html("各村（社区）：\n\n现将《办法》印发给你们，请认真贯彻执行。\n\n示例镇人民政府\n\n2024年3月1日\n");
    assertEquals(
        "<p class=\"addressee\">各村（社区）：</p>\n<p>现将《办法》印发给你们，请认真贯彻执行。</p>\n"
            + "<p class=\"signature\">示例镇人民政府</p>\n<p class=\"signature\">2024年3月1日</p>\n",
        out);
  }

  @Test
  void ordinaryProseIsLeftAlone() {
    // A first paragraph that is a sentence, a colon inside text, a date inside a sentence, a date not at the end.
    String out = html("本镇现将有关事项通知如下：一是做好排查。\n\n2024年3月1日\n\n会议于2024年3月1日召开。\n");
    assertEquals("<p>本镇现将有关事项通知如下：一是做好排查。</p>\n<p>2024年3月1日</p>\n<p>会议于2024年3月1日召开。</p>\n", out);
  }

  @Test
  void aDateAtTheEndWithoutAnOrganIsStillTheSignature() {
    assertEquals("<p>正文。</p>\n<p class=\"signature\">2023年 1 月 20 日</p>\n", html("正文。\n\n2023年 1 月 20 日\n"));
  }
}
