package cn.gongkai.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Compares the tables of an imported {@code <year>.yaml} with the figures a person transcribed from the
 * same published report, cell by cell: each expected cell is read right, kept blank, marked 待核对, read
 * wrong, or missing. A whole table or row written {@code ~} stands for all its cells blank.
 */
final class CellComparison {
  static final List<String> TABLES = List.of("active", "applications", "reviews");

  /** Cells compared, and how each came out; {@code problems} names every wrong or missing one. */
  record Counts(int cells, int read, int blank, int toVerify, int wrong, int missing, List<String> problems) {
    Counts plus(Counts o) {
      List<String> all = new ArrayList<>(problems);
      all.addAll(o.problems);
      return new Counts(cells + o.cells, read + o.read, blank + o.blank, toVerify + o.toVerify, wrong + o.wrong, missing + o.missing, all);
    }

    static Counts none() {
      return new Counts(0, 0, 0, 0, 0, 0, List.of());
    }
  }

  private int cells;
  private int read;
  private int blank;
  private int toVerify;
  private int wrong;
  private int missing;
  private final List<String> problems = new ArrayList<>();

  private CellComparison() {}

  static Map<String, Object> load(String yaml) {
    Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    @SuppressWarnings("unchecked")
    Map<String, Object> map = (Map<String, Object>) root;
    return map;
  }

  /** Expected cells that a person marked 待核对 themselves are not counted: there is no truth to compare with. */
  static Counts compare(String expectedYaml, String importedYaml) {
    Map<String, Object> expected = load(expectedYaml);
    Map<String, Object> imported = load(importedYaml);
    CellComparison c = new CellComparison();
    for (String table : TABLES) {
      c.walk(table, expected.get(table), imported.containsKey(table), imported.get(table));
    }
    return new Counts(c.cells, c.read, c.blank, c.toVerify, c.wrong, c.missing, List.copyOf(c.problems));
  }

  private void walk(String path, Object expected, boolean present, Object actual) {
    if (expected instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (actual == null && present) {
          walk(path + "." + key, e.getValue(), true, null);
        } else if (actual instanceof Map<?, ?> a) {
          walk(path + "." + key, e.getValue(), a.containsKey(key), a.get(key));
        } else {
          walk(path + "." + key, e.getValue(), false, null);
        }
      }
    } else if (expected instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        if (actual == null && present) {
          walk(path + "[" + i + "]", l.get(i), true, null);
        } else if (actual instanceof List<?> a) {
          walk(path + "[" + i + "]", l.get(i), i < a.size(), i < a.size() ? a.get(i) : null);
        } else {
          walk(path + "[" + i + "]", l.get(i), false, null);
        }
      }
    } else if (expected == null && (actual instanceof Map || actual instanceof List)) {
      // A blank row or table expected, cells written: every one of them must be blank too.
      leaves(actual).forEach(v -> leaf(path, null, true, v));
    } else {
      leaf(path, expected, present, actual);
    }
  }

  private static List<Object> leaves(Object node) {
    List<Object> out = new ArrayList<>();
    if (node instanceof Map<?, ?> m) {
      m.values().forEach(v -> out.addAll(leaves(v)));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> out.addAll(leaves(v)));
    } else {
      out.add(node);
    }
    return out;
  }

  private void leaf(String path, Object expected, boolean present, Object actual) {
    if ("待核对".equals(expected)) {
      return;
    }
    cells++;
    if (!present) {
      missing++;
      problems.add(path + ": 应为 " + expected + "，导入结果中没有这一格");
    } else if ("待核对".equals(actual)) {
      toVerify++;
    } else if (expected == null && actual == null) {
      blank++;
    } else if (expected != null && actual != null && number(expected).compareTo(number(actual)) == 0) {
      read++;
    } else {
      wrong++;
      problems.add(path + ": 应为 " + expected + "，读成了 " + actual);
    }
  }

  private static BigDecimal number(Object v) {
    try {
      return new BigDecimal(String.valueOf(v).replace("+", ""));
    } catch (NumberFormatException e) {
      return BigDecimal.valueOf(Long.MIN_VALUE);
    }
  }
}
