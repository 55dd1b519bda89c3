package cn.gongkai.check;

import cn.gongkai.config.SiteConfig;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import java.util.Set;

/**
 * CFG-01 on the values of {@code content/site.yaml}: a real unit code and a usable address; CFG-02 while
 * the address is a placeholder, so every QR code (and every poster) points to an address that does not
 * exist.
 */
public final class ConfigRules {
  /** The State Council General Office's code (in the 索引号 of its own documents), which sites copy by mistake. */
  static final Set<String> PLACEHOLDER_UNIT_CODES = Set.of("000014349", "0000000000", "000000000");

  private ConfigRules() {}

  public static void run(SiteConfig site, Findings findings) {
    String unitCode = site.unitCode();
    if (!unitCode.isEmpty()) {
      if (PLACEHOLDER_UNIT_CODES.contains(unitCode)) {
        findings.add(
            Rule.CFG_01,
            site.written().unitCode(),
            "unit_code “" + unitCode + "”是占位值（000014349 是国务院办公厅的机构代码），请填写本单位的代码，如 006383401N。");
      } else if (!unitCode.matches("[0-9A-Z]{9,18}")) {
        findings.add(
            Rule.CFG_01,
            site.written().unitCode(),
            "unit_code “" + unitCode + "”格式不对：应为 9～18 位数字或大写字母（组织机构代码或统一社会信用代码），如 006383401N。");
      }
    }
    String baseUrl = site.written().baseUrlText();
    if (!baseUrl.isEmpty() && !baseUrl.matches("https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?")) {
      findings.add(
          Rule.CFG_01,
          site.written().baseUrl(),
          "base_url “" + baseUrl + "”不是有效的网站地址：应以 https:// 开头，只含英文字母、数字和 . - / 等，如 https://www.example.gov.cn/dongshan/。");
    } else if (!baseUrl.isEmpty()) {
      SiteConfig.placeholderHost(baseUrl)
          .ifPresent(
              host ->
                  findings.add(
                      Rule.CFG_02,
                      site.written().baseUrl(),
                      "二维码指向的地址不存在：base_url “" + baseUrl + "”是示例地址（" + host
                          + " 不是真实网址），每个页面和海报上的二维码都指向不存在的地址，海报上已印“示例地址，请勿张贴”。"
                          + "专栏的正式地址确定后，把 base_url 改成正式地址，重新生成并提交。"));
    }
  }
}
