package cn.gongkai.items;

import java.util.List;

/**
 * A column (栏目) of the disclosure column tree. {@code parentId} is empty for a top-level column;
 * {@code children} keeps their display order.
 */
public record Column(String id, String title, String description, String parentId, List<Column> children) {
  public boolean isTopLevel() {
    return parentId.isEmpty();
  }
}
