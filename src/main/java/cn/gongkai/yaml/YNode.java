package cn.gongkai.yaml;

import cn.gongkai.diag.SourcePos;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML node that remembers where it stood in the file, so every message can name line and column. */
public sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

  SourcePos pos();

  /** A short Chinese description of the node's kind, for "expected X, found Y" messages. */
  String kindLabel();

  /** A mapping; {@code keys} keeps each key's own position for unknown-key messages. */
  record YMap(Map<String, YNode> entries, Map<String, SourcePos> keys, SourcePos pos) implements YNode {
    public YMap {
      entries = new LinkedHashMap<>(entries);
      keys = new LinkedHashMap<>(keys);
    }

    @Override
    public String kindLabel() {
      return "键值表";
    }
  }

  record YList(List<YNode> items, SourcePos pos) implements YNode {
    public YList {
      items = List.copyOf(items);
    }

    @Override
    public String kindLabel() {
      return "列表";
    }
  }

  /** A scalar with its text as written; {@code kind} is how YAML typed it. */
  record YScalar(String text, Kind kind, SourcePos pos) implements YNode {
    public enum Kind {
      STRING,
      INTEGER,
      DECIMAL,
      BOOLEAN,
      NULL,
      /** Nothing at all between two commas of a list ({@code [3, , 0]}): not {@code ~}, a slip. */
      EMPTY
    }

    @Override
    public String kindLabel() {
      return switch (kind) {
        case STRING -> "文字“" + text + "”";
        case INTEGER, DECIMAL -> "数字 " + text;
        case BOOLEAN -> "真假值 " + text;
        case NULL -> "空值";
        case EMPTY -> "空着的一项";
      };
    }
  }
}
