package cn.gongkai.config;

import cn.gongkai.data.MapReader;
import cn.gongkai.data.YNode;
import cn.gongkai.data.YamlReader;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Loads and checks {@code content/site.yaml}. */
public final class SiteConfigLoader {
  /** The State Council General Office's code, which sites copy by mistake (see disclosure notes §4.1). */
  public static final Set<String> PLACEHOLDER_UNIT_CODES = Set.of("000014349", "0000000000", "000000000");

  private static final String RULE = "CFG-01";

  private SiteConfigLoader() {}

  public static Path file(Path source) {
    return source.resolve("content").resolve("site.yaml");
  }

  public static SiteConfig load(Path source, Findings findings) throws UserError {
    Path file = file(source);
    if (!Files.isRegularFile(file)) {
      throw UserError.content(
          SourcePos.display(source, file)
              + ": 错误 CFG-01 找不到站点配置文件。请在 content/ 下建立 site.yaml，写明 name、organ、unit_code、base_url（可复制东山镇的示例修改）。");
    }
    YNode root = new YamlReader(source).read(file);
    MapReader r = MapReader.of(root, RULE, findings, "site.yaml");
    r.allowOnly(List.of("name", "organ", "publisher", "unit_code", "base_url", "footer"));
    String name = r.string("name", "专栏名称", true);
    String organ = r.string("organ", "机关全称", true);
    String publisher = r.string("publisher", "发布机构简称", false);
    String unitCode = r.string("unit_code", "单位代码", true);
    String baseUrl = r.string("base_url", "网站地址", true);

    if (!unitCode.isEmpty()) {
      if (PLACEHOLDER_UNIT_CODES.contains(unitCode)) {
        r.error(
            r.posOf("unit_code"),
            "unit_code “" + unitCode + "”是占位值（000014349 是国务院办公厅的机构代码），请填写本单位的代码，如 006383401N。");
      } else if (!unitCode.matches("[0-9A-Z]{9,18}")) {
        r.error(
            r.posOf("unit_code"),
            "unit_code “" + unitCode + "”格式不对：应为 9～18 位数字或大写字母（组织机构代码或统一社会信用代码），如 006383401N。");
      }
    }
    if (!baseUrl.isEmpty()) {
      if (!baseUrl.matches("https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~/-]*)?")) {
        r.error(
            r.posOf("base_url"),
            "base_url “" + baseUrl + "”不是有效的网站地址：应以 https:// 开头，只含英文字母、数字和 . - / 等，如 https://www.example.gov.cn/dongshan/。");
      } else if (!baseUrl.endsWith("/")) {
        baseUrl = baseUrl + "/";
      }
    }

    SiteConfig.Footer footer = new SiteConfig.Footer("", "", "", "", "", "", "", "");
    MapReader f = r.child("footer", "footer（页脚）", false);
    if (f != null) {
      f.allowOnly(List.of("sponsor", "phone", "supervision_phone", "address", "site_code", "icp", "police_record", "note"));
      footer =
          new SiteConfig.Footer(
              f.string("sponsor", "主办单位", false),
              f.string("phone", "联系电话", false),
              f.string("supervision_phone", "监督电话", false),
              f.string("address", "地址", false),
              f.string("site_code", "网站标识码", false),
              f.string("icp", "ICP备案号", false),
              f.string("police_record", "公安机关备案号", false),
              f.string("note", "说明", false));
    }
    return new SiteConfig(name, organ, publisher.isEmpty() ? organ : publisher, unitCode, baseUrl, footer);
  }
}
