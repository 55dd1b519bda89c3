package cn.gongkai.yaml;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.yaml.YNode.YList;
import cn.gongkai.yaml.YNode.YMap;
import cn.gongkai.yaml.YNode.YScalar;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Typed reads from a located YAML map. Every problem becomes a finding under {@code rule} with the
 * key's line and column, and the read returns a neutral value so that loading can go on and report
 * everything at once.
 */
public final class MapReader {
  /** What the importer writes where it could not read a number with certainty. */
  public static final String TO_VERIFY = "待核对";

  private static final String TO_VERIFY_HINT = "待核对：导入时没有读准这个数字（读到的原文见这一行的注释）。请对照原文填写；未核对的数字不能发布。";

  private static final String BLANK_HINT =
      "空白不等于 0：没有就填 0；按原文存档、原表确实未填写时，在 acknowledged 中确认 FMT-03 并写明理由。";
  private static final BigInteger MAX_COUNT = BigInteger.valueOf(Integer.MAX_VALUE);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final YMap map;
  private final Rule rule;
  private final Findings findings;
  private final String where;

  /** {@code where} names the place in words, e.g. “表三 一、本年新收政府信息公开申请数量”. */
  public MapReader(YMap map, Rule rule, Findings findings, String where) {
    this.map = map;
    this.rule = rule;
    this.findings = findings;
    this.where = where;
  }

  public static MapReader of(YNode node, Rule rule, Findings findings, String where) {
    if (node instanceof YMap m) {
      return new MapReader(m, rule, findings, where);
    }
    findings.add(rule, node.pos(), where + "应为键值表（“键: 值”的若干行），实际是" + node.kindLabel() + "。");
    return new MapReader(new YMap(java.util.Map.of(), java.util.Map.of(), node.pos()), rule, findings, where);
  }

  public SourcePos pos() {
    return map.pos();
  }

  public SourcePos posOf(String key) {
    SourcePos p = map.keys().get(key);
    return p != null ? p : map.pos();
  }

  public boolean has(String key) {
    return map.entries().containsKey(key);
  }

  public YNode node(String key) {
    return map.entries().get(key);
  }

  public void error(SourcePos pos, String message) {
    findings.add(rule, pos, message);
  }

  /** Reports keys not in {@code allowed}, suggesting the nearest allowed key: a typo must not drop a number. */
  public void allowOnly(Collection<String> allowed) {
    for (var e : map.keys().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        String near = Suggest.nearest(e.getKey(), allowed);
        error(
            e.getValue(),
            where
                + "中有未知的键“"
                + e.getKey()
                + "”"
                + (near == null ? "。" : "，是不是“" + near + "”？")
                + "允许的键："
                + String.join("、", allowed)
                + "。");
      }
    }
  }

  public String string(String key, String label, boolean required) {
    YNode n = map.entries().get(key);
    if (n == null || (n instanceof YScalar s && s.kind() == YScalar.Kind.NULL)) {
      if (required) {
        error(n == null ? map.pos() : n.pos(), where + "缺少必填项“" + key + "”（" + label + "）。" + (n == null ? "请加上一行“" + key + ": …”。" : "请在“" + key + ":”后面填写。"));
      }
      return "";
    }
    if (n instanceof YScalar s) {
      String text = s.text().strip();
      if (required && text.isEmpty()) {
        error(n.pos(), where + "的“" + key + "”（" + label + "）不能为空。");
      }
      return text;
    }
    error(n.pos(), where + "的“" + key + "”（" + label + "）应为一段文字，实际是" + n.kindLabel() + "。");
    return "";
  }

  public LocalDate date(String key, String label, boolean required) {
    YNode n = map.entries().get(key);
    if (n == null && !required) {
      return null;
    }
    String text = string(key, label, required);
    if (text.isEmpty()) {
      return null;
    }
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      String why =
          text.matches("\\d{4}-\\d{2}-\\d{2}")
              ? "这一天不存在"
              : "格式应为“年-月-日”，如 2023-01-21（月、日都写两位）";
      error(n.pos(), where + "的“" + key + "”（" + label + "）“" + text + "”不是有效日期：" + why + "。");
      return null;
    }
  }

  /** Whether {@code n} is YAML null: {@code ~}, {@code null}, or nothing after the colon. */
  public static boolean isNull(YNode n) {
    return n instanceof YScalar s && s.kind() == YScalar.Kind.NULL;
  }

  /**
   * Reports {@code what} (a cell, a row, a table) as blank: an FMT-03 error that an {@code acknowledged}
   * entry may waive, for every blank of the report or, with {@code row:}, for {@code row}.
   */
  public void blank(SourcePos pos, String what, String row) {
    findings.add(Finding.blank(rule, pos, what + "是空白。" + BLANK_HINT, row));
  }

  public Num number(String key, String label, ValueKind kind) {
    return number(key, label, kind, null);
  }

  /** A table cell {@code key}: blank ({@code ~}) reads as {@link Num#blank}, reported under {@code row}. */
  public Num cell(String key, String label, ValueKind kind, String row) {
    return number(key, label, kind, row);
  }

  private Num number(String key, String label, ValueKind kind, String row) {
    YNode n = map.entries().get(key);
    if (n == null) {
      error(map.pos(), where + "缺少“" + key + "”（" + label + "）。每一项都要填写，没有就填 0（空白不等于 0）。");
      return Num.zero(map.pos());
    }
    return number(n, where + "的“" + key + "”（" + label + "）", kind, row);
  }

  /** Reads one number where a blank is not allowed (e.g. the year); {@code what} names it for messages. */
  public Num number(YNode n, String what, ValueKind kind) {
    return number(n, what, kind, null);
  }

  /** Reads one table cell; blank ({@code ~}) is {@link Num#blank}, reported with {@link #blank} under {@code row}. */
  public Num cell(YNode n, String what, ValueKind kind, String row) {
    return number(n, what, kind, row);
  }

  private Num number(YNode n, String what, ValueKind kind, String row) {
    if (!(n instanceof YScalar s)) {
      error(n.pos(), what + "应为" + kind.describe() + "，实际是" + n.kindLabel() + "。");
      return Num.zero(n.pos());
    }
    switch (s.kind()) {
      case NULL -> {
        if (row != null) {
          blank(n.pos(), what, row);
          return Num.blank(n.pos());
        }
        error(n.pos(), what + "是空白。空白不等于 0：没有就填 0。");
        return Num.zero(n.pos());
      }
      case STRING -> {
        if (s.text().strip().equals(TO_VERIFY)) {
          if (row != null) {
            // a table cell: unknown like a blank, so only the rules that need it are left unverified
            findings.add(Finding.toVerify(rule, n.pos(), what + TO_VERIFY_HINT, row));
            return Num.toVerify(n.pos());
          }
          error(n.pos(), what + TO_VERIFY_HINT);
        } else {
          error(n.pos(), what + "应为" + kind.describe() + "，实际是" + n.kindLabel() + "。请只写阿拉伯数字，不加单位或引号。");
        }
        return Num.zero(n.pos());
      }
      case INTEGER -> {
        BigInteger v;
        try {
          v = new BigInteger(s.text().replace("_", "").replace("+", ""));
        } catch (NumberFormatException e) {
          error(n.pos(), what + "“" + s.text() + "”不是" + kind.describe() + "。");
          return Num.zero(n.pos());
        }
        if (kind != ValueKind.SIGNED && v.signum() < 0) {
          error(n.pos(), what + "为 " + v + "，不能为负数。");
          return Num.zero(n.pos());
        }
        if (v.abs().compareTo(MAX_COUNT) > 0) {
          error(n.pos(), what + "为 " + v + "，超出了可能的范围（最大 " + MAX_COUNT + "），请核对。");
          return Num.zero(n.pos());
        }
        return new Num(new BigDecimal(v), n.pos());
      }
      case DECIMAL -> {
        BigDecimal v;
        try {
          v = new BigDecimal(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
          error(n.pos(), what + "“" + s.text() + "”不是" + kind.describe() + "。");
          return Num.zero(n.pos());
        }
        if (kind != ValueKind.AMOUNT) {
          error(n.pos(), what + "为 " + s.text() + "，应为整数（件数、个数不能有小数）。");
          return Num.zero(n.pos());
        }
        if (v.signum() < 0) {
          error(n.pos(), what + "为 " + s.text() + "，不能为负数。");
          return Num.zero(n.pos());
        }
        if (v.compareTo(new BigDecimal(MAX_COUNT)) > 0) {
          error(n.pos(), what + "为 " + s.text() + "，超出了可能的范围，请核对。");
          return Num.zero(n.pos());
        }
        return new Num(v, n.pos());
      }
      case EMPTY -> {
        error(n.pos(), what + "空着；没有就写 0，原表空白写 ~。");
        return Num.zero(n.pos());
      }
      default -> {
        error(n.pos(), what + "应为" + kind.describe() + "，实际是" + n.kindLabel() + "。请只写阿拉伯数字，不加单位或引号。");
        return Num.zero(n.pos());
      }
    }
  }

  /**
   * A list of {@code min}..{@code max} numbers, the i-th named {@code columns.get(i)} in messages, blank
   * cells reported under {@code row}; null when the list itself is unusable.
   */
  public List<Num> numbers(YNode n, String what, List<String> columns, int min, int max, ValueKind kind, String row) {
    if (!(n instanceof YList list)) {
      error(n.pos(), what + "应为 " + min + " 个数字组成的列表，如 [" + String.join(", ", java.util.Collections.nCopies(min, "0")) + "]，实际是" + n.kindLabel() + "。");
      return null;
    }
    if (list.items().size() < min || list.items().size() > max) {
      String expected = min == max ? min + " 个" : min + " 个或 " + max + " 个";
      error(
          n.pos(),
          what
              + "有 "
              + list.items().size()
              + " 个数字，应为 "
              + expected
              + "（"
              + String.join("、", columns.subList(0, min))
              + (max > min ? "，可再加" + String.join("、", columns.subList(min, max)) : "")
              + "）。");
      return null;
    }
    List<Num> out = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      YNode item = list.items().get(i);
      if (item instanceof YScalar s && s.kind() == YScalar.Kind.EMPTY) {
        error(item.pos(), what + "第 " + (i + 1) + " 个数字空着（“" + columns.get(i) + "”列）；没有就写 0，原表空白写 ~。");
        out.add(Num.zero(item.pos()));
        continue;
      }
      out.add(cell(item, what + "“" + columns.get(i) + "”列", kind, row));
    }
    return out;
  }

  public MapReader child(String key, String label, boolean required) {
    YNode n = map.entries().get(key);
    if (n == null) {
      if (required) {
        error(map.pos(), where + "缺少“" + key + "”（" + label + "）。");
      }
      return null;
    }
    return of(n, rule, findings, label);
  }

  public Findings findings() {
    return findings;
  }

  public Rule rule() {
    return rule;
  }
}
