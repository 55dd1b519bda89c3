package cn.gongkai.items;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The columns of {@code content/columns.yaml}, in display order, looked up by id. */
public record ColumnTree(List<Column> topLevel, Map<String, Column> byId) {
  /** The column of annual reports: reports are items of this column, from their own YAML. */
  public static final String REPORTS = "reports";

  public ColumnTree(List<Column> topLevel) {
    this(List.copyOf(topLevel), index(topLevel));
  }

  private static Map<String, Column> index(List<Column> topLevel) {
    Map<String, Column> all = new LinkedHashMap<>();
    for (Column c : topLevel) {
      all.put(c.id(), c);
      c.children().forEach(child -> all.put(child.id(), child));
    }
    return java.util.Collections.unmodifiableMap(all);
  }

  public Optional<Column> find(String id) {
    return Optional.ofNullable(byId().get(id));
  }

  /** Every column, parents before their children. */
  public List<Column> all() {
    return new ArrayList<>(byId().values());
  }

  /** The trail from the top to {@code id}: [statutory, policy]. */
  public List<Column> trail(String id) {
    List<Column> trail = new ArrayList<>();
    Column c = byId().get(id);
    if (c == null) {
      return trail;
    }
    if (!c.isTopLevel()) {
      trail.add(byId().get(c.parentId()));
    }
    trail.add(c);
    return trail;
  }
}
