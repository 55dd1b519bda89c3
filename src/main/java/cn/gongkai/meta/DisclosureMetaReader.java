package cn.gongkai.meta;

import cn.gongkai.yaml.MapReader;
import java.time.LocalDate;
import java.util.Set;

/** Reads {@link DisclosureMeta} from the keys of an item's front matter or a report's YAML. */
public final class DisclosureMetaReader {
  public static final Set<String> SCOPES = Set.of("全部公开", "部分公开");
  public static final Set<String> VALIDITY = Set.of("有效", "失效", "废止");

  private DisclosureMetaReader() {}

  /** An item's metadata: every field required, 文号 and 有效性 optional. */
  public static DisclosureMeta item(MapReader r) {
    return read(r, null, true);
  }

  /** A report's metadata: {@code publisher} defaults to the site's; a report has no 文号 or 有效性. */
  public static DisclosureMeta report(MapReader r, String defaultPublisher) {
    return read(r, defaultPublisher, false);
  }

  private static DisclosureMeta read(MapReader r, String defaultPublisher, boolean documentFields) {
    String indexNo = r.string("index_no", "索引号", true);
    String publisher = r.string("publisher", "发布机构", defaultPublisher == null);
    if (publisher.isEmpty() && defaultPublisher != null) {
      publisher = defaultPublisher;
    }
    LocalDate generated = r.date("generated", "生成日期", true);
    LocalDate published = r.date("published", "公开日期", true);
    String scope = r.string("scope", "公开范围", true);
    if (!scope.isEmpty() && !SCOPES.contains(scope)) {
      r.error(r.posOf("scope"), "“scope”（公开范围）为“" + scope + "”，应为“全部公开”或“部分公开”。");
    }
    String channel = r.string("channel", "公开方式", true);
    String docNo = "";
    String validity = "";
    if (documentFields) {
      docNo = r.string("doc_no", "文号", false);
      validity = r.string("validity", "有效性", false);
      if (!validity.isEmpty() && !VALIDITY.contains(validity)) {
        r.error(r.posOf("validity"), "“validity”（有效性）为“" + validity + "”，应为“有效”“失效”或“废止”。");
      }
    }
    return new DisclosureMeta(
        indexNo, publisher, generated, published, scope, channel, docNo, validity,
        new DisclosureMeta.Positions(r.posOf("index_no"), r.posOf("publisher"), r.posOf("published")));
  }
}
