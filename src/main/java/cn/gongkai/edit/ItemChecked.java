package cn.gongkai.edit;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A form checked: the file it would be saved as ({@code content/<column>/<date>.md}, empty when the column
 * or 公开日期 does not allow one yet), the text that would be written, and every finding keyed by form field
 * name ({@link ItemForm#FIELDS}; "" for findings about no one field), in the form's field order.
 */
public record ItemChecked(String file, String text, Map<String, List<Finding>> findings) {

  public ItemChecked {
    Map<String, List<Finding>> copy = new LinkedHashMap<>();
    findings.forEach((field, list) -> copy.put(field, List.copyOf(list)));
    findings = Collections.unmodifiableMap(copy);
  }

  public boolean hasErrors() {
    return findings.values().stream().flatMap(List::stream).anyMatch(f -> f.level() == Level.ERROR);
  }

  /** The messages about {@code field}, as shown next to it: {@code 错误 META-01 …}. */
  public List<String> messages(String field) {
    return findings.getOrDefault(field, List.of()).stream().map(ItemChecked::shown).toList();
  }

  /** Every message, each headed by its field's label on the form: what a refused save says. */
  public String summary() {
    List<String> lines = new ArrayList<>();
    findings.forEach((field, list) -> list.forEach(f -> lines.add((field.isEmpty() ? "" : ItemForm.label(field) + "：") + shown(f))));
    return String.join("\n", lines);
  }

  private static String shown(Finding f) {
    return f.level().label() + " " + f.rule().id() + " " + f.message();
  }

  /** Collects findings by field; a field's own form check comes first and the loader's repeat of it is dropped. */
  static final class Builder {
    private final Map<String, List<Finding>> byField = new LinkedHashMap<>();
    private final List<String> ownFields = new ArrayList<>();

    void own(String field, Finding f) {
      byField.computeIfAbsent(field, k -> new ArrayList<>()).add(f);
      ownFields.add(field);
    }

    void found(String field, Finding f) {
      if (!field.isEmpty() && ownFields.contains(field)) {
        return;
      }
      List<Finding> list = byField.computeIfAbsent(field, k -> new ArrayList<>());
      if (list.stream().noneMatch(g -> g.rule() == f.rule() && g.message().equals(f.message()))) {
        list.add(f);
      }
    }

    boolean hasErrors() {
      return byField.values().stream().flatMap(List::stream).anyMatch(f -> f.level() == Level.ERROR);
    }

    ItemChecked build(String file, String text) {
      Map<String, List<Finding>> ordered = new LinkedHashMap<>();
      for (String field : ItemForm.FIELDS) {
        if (byField.containsKey(field)) {
          ordered.put(field, byField.get(field));
        }
      }
      byField.forEach(ordered::putIfAbsent);
      return new ItemChecked(file, text, ordered);
    }
  }
}
