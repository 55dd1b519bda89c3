package cn.gongkai.items;

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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Loads {@code content/columns.yaml}: a list of columns, each with optional children (two levels). */
public final class ColumnsLoader {
  static final Rule RULE = Rule.COL_01;
  /** Folder names the site itself uses; a column with one of these ids would overwrite them. */
  static final Set<String> RESERVED = Set.of("catalogue", "css", "js", "qr", "page", "search", "assets", "feed");

  private ColumnsLoader() {}

  public static Path file(Path source) {
    return source.resolve("content").resolve("columns.yaml");
  }

  /** The columns, or empty when {@code columns.yaml} cannot be read (the finding says why). */
  public static Optional<ColumnTree> load(Path source, Findings findings) throws UserError {
    return load(source, findings, ParsedTrees.NONE);
  }

  /** As above, taking from {@code trees} the tree of a text an earlier build parsed. */
  public static Optional<ColumnTree> load(Path source, Findings findings, ParsedTrees trees) throws UserError {
    Path file = file(source);
    if (!Files.isRegularFile(file)) {
      // A site without columns.yaml has only the annual-report column.
      return Optional.of(new ColumnTree(List.of(new Column(ColumnTree.REPORTS, "政府信息公开年报", "", "", List.of()))));
    }
    Optional<YNode> read = new YamlReader(source, trees).read(file, findings);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    YNode root = read.get();
    String shown = SourcePos.display(source, file);
    if (!(root instanceof YNode.YList list)) {
      findings.add(RULE, root.pos(), "columns.yaml 应为栏目列表，每项以“- id: …”开头。");
      return Optional.of(new ColumnTree(List.of()));
    }
    Map<String, SourcePos> seen = new HashMap<>();
    List<Column> top = new ArrayList<>();
    for (YNode node : list.items()) {
      Column c = column(node, "", seen, findings, true);
      if (c != null) {
        top.add(c);
      }
    }
    if (top.isEmpty()) {
      findings.add(RULE, new SourcePos(shown, 1, 1), "columns.yaml 中没有栏目。");
    }
    return Optional.of(new ColumnTree(List.copyOf(top)));
  }

  private static Column column(YNode node, String parent, Map<String, SourcePos> seen, Findings findings, boolean allowChildren) {
    MapReader r = MapReader.of(node, RULE, findings, "栏目");
    r.allowOnly(allowChildren ? List.of("id", "title", "description", "children") : List.of("id", "title", "description"));
    String id = r.string("id", "栏目标识", true);
    String title = r.string("title", "栏目名称", true);
    String description = r.string("description", "栏目说明", false);
    if (id.isEmpty()) {
      return null;
    }
    SourcePos at = r.posOf("id");
    if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      r.error(at, "栏目标识“" + id + "”只能用小写英文字母、数字和连字符（如 policy、on-request），它会成为网址的一部分。");
    } else if (RESERVED.contains(id)) {
      r.error(at, "栏目标识“" + id + "”是网站自身使用的文件夹名，请换一个。");
    }
    if (seen.containsKey(id)) {
      r.error(at, "栏目标识“" + id + "”重复（第一次在第 " + seen.get(id).line() + " 行）。");
      return null;
    }
    seen.put(id, at);
    List<Column> children = new ArrayList<>();
    YNode kids = r.node("children");
    if (kids != null) {
      if (kids instanceof YNode.YList kl) {
        for (YNode k : kl.items()) {
          Column child = column(k, id, seen, findings, false);
          if (child != null) {
            children.add(child);
          }
        }
      } else {
        r.error(kids.pos(), "“children”应为子栏目列表。");
      }
    }
    return new Column(id, title, description, parent, List.copyOf(children));
  }
}
