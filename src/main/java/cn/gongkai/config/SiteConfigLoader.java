package cn.gongkai.config;

import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.yaml.MapReader;
import cn.gongkai.yaml.ParsedTrees;
import cn.gongkai.yaml.YNode;
import cn.gongkai.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads {@code content/site.yaml}; its values are checked with the other rules (CFG-01). */
public final class SiteConfigLoader {
  private static final Rule RULE = Rule.CFG_01;

  private SiteConfigLoader() {}

  public static Path file(Path source) {
    return source.resolve("content").resolve("site.yaml");
  }

  /** The configuration, or empty when the file is missing or cannot be read (the finding says why). */
  public static Optional<SiteConfig> load(Path source, Findings findings) throws UserError {
    return load(source, findings, ParsedTrees.NONE);
  }

  /** As above, taking from {@code trees} the tree of a text an earlier build parsed. */
  public static Optional<SiteConfig> load(Path source, Findings findings, ParsedTrees trees) throws UserError {
    Path file = file(source);
    if (!Files.isRegularFile(file)) {
      findings.add(
          RULE,
          SourcePos.file(SourcePos.display(source, file)),
          "找不到站点配置文件。请在 content/ 下建立 site.yaml，写明 name、organ、unit_code、base_url（可复制东山镇的示例修改）。");
      return Optional.empty();
    }
    Optional<YNode> root = new YamlReader(source, trees).read(file, findings);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    MapReader r = MapReader.of(root.get(), RULE, findings, "site.yaml");
    r.allowOnly(List.of("name", "organ", "publisher", "unit_code", "base_url", "footer"));
    String name = r.string("name", "专栏名称", true);
    String organ = r.string("organ", "机关全称", true);
    String publisher = r.string("publisher", "发布机构简称", false);
    String unitCode = r.string("unit_code", "单位代码", true);
    String baseUrl = r.string("base_url", "网站地址", true);

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
    String siteRoot = baseUrl.isEmpty() || baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    return Optional.of(
        new SiteConfig(
            name, organ, publisher.isEmpty() ? organ : publisher, unitCode, siteRoot, footer,
            new SiteConfig.Written(r.posOf("unit_code"), r.posOf("base_url"), baseUrl)));
  }
}
