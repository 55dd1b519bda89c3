package cn.gongkai.importer;

import cn.gongkai.importer.Tokens.Tok;
import cn.gongkai.importer.Tokens.Type;
import cn.gongkai.yaml.ValueKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns the tokens found for one row into its cells. Certain only when the tokens say it: as many
 * cells as columns; or, where the row has its own 总计, exactly one reading of glued digits or of a
 * stray number that the total agrees with. Anything else is 待核对, never a guess.
 */
public final class Cells {
  private Cells() {}

  public enum Kind {
    READ,
    BLANK,
    VERIFY
  }

  /** A cell as written to YAML: a number, {@code ~}, or {@code 待核对}. */
  public record Cell(Kind kind, String value) {
    public static final Cell BLANK = new Cell(Kind.BLANK, "~");
    public static final Cell VERIFY = new Cell(Kind.VERIFY, "待核对");

    String yaml() {
      return value;
    }
  }

  /** A row's cells and what the YAML comment must say about how they were read (empty when plain). */
  public record Row(List<Cell> cells, String note) {
    /** Read by the row's own total (glued digits split, an extra cell dropped), not as it stood. */
    boolean inferred() {
      return note.contains("按本行总计");
    }

    /** A glued split that a row with a blank cell could not have given either (see {@link Cells#FIRM}). */
    boolean firm() {
      return note.contains(FIRM);
    }

    boolean allBlank() {
      return cells.stream().allMatch(c -> c.kind() == Kind.BLANK);
    }

    static Row verify(int k, String note) {
      return new Row(Collections.nCopies(k, Cell.VERIFY), note);
    }

    static Row blank(int k) {
      return new Row(Collections.nCopies(k, Cell.BLANK), "");
    }
  }

  /** Column groups whose last column is the published total of the others, e.g. 表三's [0,7). */
  record Totals(List<int[]> groups) {
    static final Totals NONE = new Totals(List.of());

    boolean any() {
      return !groups.isEmpty();
    }

    /** Whether every group's total equals the sum of its other columns; a blank (null) never agrees. */
    boolean agree(List<BigDecimal> values) {
      if (values.contains(null)) {
        return false;
      }
      for (int[] g : groups) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = g[0]; i < g[1] - 1; i++) {
          sum = sum.add(values.get(i));
        }
        if (sum.compareTo(values.get(g[1] - 1)) != 0) {
          return false;
        }
      }
      return true;
    }
  }

  private static final int MAX_GLUED_DIGITS = 40;
  /** Readings collected at most for a row with several totals (each group judged on its own). */
  private static final int MAX_READINGS = 4096;
  /** Cuts tried before giving up on a glued row (then 待核对): keeps a hostile file from taking forever. */
  private static final int BUDGET = 200_000;

  static Row resolve(List<Tok> toks, List<ValueKind> kinds, Totals totals) {
    int k = kinds.size();
    String raw = raw(toks);
    // Empty cells beyond the columns are padding of a wider table row: in 表三 and 表四 (rows with a
    // total of their own) the numbers are the last columns of the table, after the label columns;
    // in 表二 they follow the label, and a row with fewer columns than the table ends in padding.
    while (toks.size() > k && totals.any() && toks.get(0).type() == Type.BLANK) {
      toks = toks.subList(1, toks.size());
    }
    while (toks.size() > k && !totals.any() && toks.get(toks.size() - 1).type() == Type.BLANK) {
      toks = toks.subList(0, toks.size() - 1);
    }
    if (toks.isEmpty() || toks.stream().allMatch(t -> t.type() == Type.BLANK)) {
      return toks.size() > k ? Row.verify(k, "原文：“" + raw + "”") : Row.blank(k);
    }
    if (toks.size() == k) {
      List<Cell> cells = new ArrayList<>();
      boolean odd = false;
      for (int i = 0; i < k; i++) {
        Cell c = cell(toks.get(i), kinds.get(i));
        odd |= c.kind() == Kind.VERIFY;
        cells.add(c);
      }
      return new Row(cells, odd ? "原文：“" + raw + "”" : "");
    }
    boolean digitsOnly = toks.stream().allMatch(t -> t.type() == Type.NUM && t.text().matches("\\d+"));
    boolean integersOrBlank = toks.stream().allMatch(t -> t.type() == Type.BLANK || (t.type() == Type.NUM && t.text().matches("0|[1-9]\\d*")));
    if (totals.any() && integersOrBlank && toks.size() > k && toks.size() - k <= 3) {
      Set<List<BigDecimal>> readings = new LinkedHashSet<>();
      List<Integer> dropped = new ArrayList<>();
      drop(toks, k, 0, new ArrayList<>(), totals, readings, dropped);
      if (readings.size() == 1) {
        return new Row(numbers(readings.iterator().next()), "原文：“" + raw + "”，多出的一格按本行总计判定不属于这一行");
      }
      return Row.verify(k, "原文：“" + raw + "”（数字比列多，无法确定哪个多余）");
    }
    String digits = toks.stream().map(Tok::text).reduce("", String::concat);
    if (totals.any() && digitsOnly && toks.size() < k && digits.length() >= k && digits.length() <= MAX_GLUED_DIGITS) {
      Set<List<BigDecimal>> readings = new LinkedHashSet<>();
      int[] budget = {BUDGET};
      split(toks, 0, k, new ArrayList<>(), totals, readings, budget);
      if (budget[0] <= 0) {
        return Row.verify(k, "原文：“" + raw + "”（数字连在一起，拆法太多，无法确定）");
      }
      if (readings.size() == 1) {
        String firm = totals.groups().size() == 1 && !fewerCellsFit(toks, k) ? FIRM : "";
        return new Row(numbers(readings.iterator().next()), "原文：“" + raw + "”，数字连在一起，按本行总计只有这一种拆法" + firm);
      }
      if (readings.size() > 1 && readings.size() < MAX_READINGS && totals.groups().size() > 1) {
        Row partial = byGroup(readings, k, totals, raw);
        if (partial != null) {
          return partial;
        }
      }
      return Row.verify(k, "原文：“" + raw + "”（" + (readings.isEmpty() ? "数字个数与列数不符" : "数字连在一起，有 " + readings.size() + " 种拆法与总计相符") + "）");
    }
    return Row.verify(k, "原文：“" + raw + "”（" + (toks.size() < k ? "数字比列少，无法确定哪一格空白" : "数字比列多") + "）");
  }

  /**
   * The readings of a row left 待核对 because its glued digits split several ways by its own total
   * (from the raw text its note quotes); empty when it is not such a row or has too many readings.
   */
  static List<List<BigDecimal>> ambiguous(Row row, int k, Totals totals, int max) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("^原文：“([\\d ]+)”（数字连在一起，有 \\d+ 种拆法与总计相符）$").matcher(row.note());
    if (!m.matches()) {
      return List.of();
    }
    List<Tok> toks = new ArrayList<>();
    for (String t : m.group(1).strip().split(" +")) {
      toks.add(new Tok(Type.NUM, t, 0));
    }
    Set<List<BigDecimal>> readings = new LinkedHashSet<>();
    collect(toks, k, totals, readings, max + 1);
    return readings.size() > max ? List.of() : List.copyOf(readings);
  }

  private static void collect(List<Tok> toks, int k, Totals totals, Set<List<BigDecimal>> out, int max) {
    int[] budget = {BUDGET};
    splitAll(toks, 0, k, new ArrayList<>(), totals, out, budget, max);
  }

  private static void splitAll(List<Tok> toks, int tok, int k, List<BigDecimal> parts, Totals totals, Set<List<BigDecimal>> out, int[] budget, int max) {
    if (out.size() >= max || --budget[0] <= 0) {
      return;
    }
    if (tok == toks.size()) {
      if (parts.size() == k && totals.agree(parts)) {
        out.add(List.copyOf(parts));
      }
      return;
    }
    String digits = toks.get(tok).text();
    cutAll(digits, 0, toks, tok, k, parts, totals, out, budget, max);
  }

  private static void cutAll(String digits, int at, List<Tok> toks, int tok, int k, List<BigDecimal> parts, Totals totals, Set<List<BigDecimal>> out, int[] budget, int max) {
    if (at == digits.length()) {
      splitAll(toks, tok + 1, k, parts, totals, out, budget, max);
      return;
    }
    if (parts.size() >= k || --budget[0] <= 0) {
      return;
    }
    int maxLen = digits.charAt(at) == '0' ? 1 : digits.length() - at;
    for (int len = 1; len <= maxLen && out.size() < max; len++) {
      parts.add(new BigDecimal(digits.substring(at, at + len)));
      if (groupAgrees(totals, parts)) {
        cutAll(digits, at + len, toks, tok, k, parts, totals, out, budget, max);
      }
      parts.remove(parts.size() - 1);
    }
  }

  /** Said of a unique split that no row with a cell left blank could have given. */
  static final String FIRM = "，少一格也拆不出";

  /**
   * Whether the digits could also be a row with blank cells (fewer numbers, the last the sum of the
   * others): then a vanished blank would explain them as well as the split into {@code k} does.
   */
  private static boolean fewerCellsFit(List<Tok> toks, int k) {
    for (int m = Math.max(2, toks.size()); m < k; m++) {
      Set<List<BigDecimal>> readings = new LinkedHashSet<>();
      int[] budget = {BUDGET};
      split(toks, 0, m, new ArrayList<>(), new Totals(List.<int[]>of(new int[] {0, m})), readings, budget);
      if (!readings.isEmpty() || budget[0] <= 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Several readings of a row with several totals (表四's three groups of five): a group whose cells
   * are the same in every reading is certain, each other group 待核对. Null when no group is.
   */
  private static Row byGroup(Set<List<BigDecimal>> readings, int k, Totals totals, String raw) {
    List<Cell> cells = new ArrayList<>(Collections.nCopies(k, Cell.VERIFY));
    List<Integer> unsure = new ArrayList<>();
    boolean any = false;
    for (int gi = 0; gi < totals.groups().size(); gi++) {
      int[] g = totals.groups().get(gi);
      Set<List<BigDecimal>> seen = new LinkedHashSet<>();
      for (List<BigDecimal> r : readings) {
        seen.add(r.subList(g[0], g[1]));
      }
      if (seen.size() == 1) {
        List<BigDecimal> only = seen.iterator().next();
        for (int i = g[0]; i < g[1]; i++) {
          cells.set(i, new Cell(Kind.READ, only.get(i - g[0]).toPlainString()));
        }
        any = true;
      } else {
        unsure.add(gi + 1);
      }
    }
    if (!any) {
      return null;
    }
    return new Row(cells, "原文：“" + raw + "”，数字连在一起，按各组总计拆分；第 "
        + String.join("、", unsure.stream().map(String::valueOf).toList()) + " 组有多种拆法，待核对");
  }

  static String raw(List<Tok> toks) {
    List<String> parts = new ArrayList<>();
    for (Tok t : toks) {
      parts.add(t.type() == Type.BLANK ? "（空）" : t.text());
    }
    return String.join(" ", parts);
  }

  private static Cell cell(Tok t, ValueKind kind) {
    if (t.type() == Type.BLANK) {
      return Cell.BLANK;
    }
    if (t.type() != Type.NUM) {
      return Cell.VERIFY;
    }
    String s = t.text();
    switch (kind) {
      case SIGNED:
        if (s.matches("[+-]?(0|[1-9]\\d*)")) {
          String v = s.startsWith("+") ? s.substring(1) : s;
          return new Cell(Kind.READ, v.equals("-0") ? "0" : v);
        }
        return Cell.VERIFY;
      case AMOUNT:
        if (s.matches("(0|[1-9]\\d*)(\\.\\d+)?")) {
          return new Cell(Kind.READ, s);
        }
        return Cell.VERIFY;
      default:
        if (s.matches("0|[1-9]\\d*")) {
          return new Cell(Kind.READ, s);
        }
        return Cell.VERIFY;
    }
  }

  private static List<Cell> numbers(List<BigDecimal> values) {
    return values.stream().map(v -> new Cell(Kind.READ, v.toPlainString())).toList();
  }

  private static void drop(List<Tok> toks, int k, int from, List<BigDecimal> kept, Totals totals, Set<List<BigDecimal>> out, List<Integer> unused) {
    if (out.size() > 1) {
      return;
    }
    int left = toks.size() - from;
    // (at most three dropped: C(n, 3) readings)
    int need = k - kept.size();
    if (need == 0) {
      if (totals.agree(kept)) {
        out.add(java.util.Collections.unmodifiableList(new ArrayList<>(kept)));
      }
      return;
    }
    if (left < need) {
      return;
    }
    Tok t = toks.get(from);
    kept.add(t.type() == Type.BLANK ? null : new BigDecimal(t.text()));
    drop(toks, k, from + 1, kept, totals, out, unused);
    kept.remove(kept.size() - 1);
    drop(toks, k, from + 1, kept, totals, out, unused); // this one dropped
  }

  /** Every way to cut the tokens' digits into exactly {@code k} numbers (no leading zeros) that the totals agree with. */
  private static void split(List<Tok> toks, int tok, int k, List<BigDecimal> parts, Totals totals, Set<List<BigDecimal>> out, int[] budget) {
    if (enough(out, totals) || --budget[0] <= 0) {
      return;
    }
    if (tok == toks.size()) {
      if (parts.size() == k && totals.agree(parts)) {
        out.add(List.copyOf(parts));
      }
      return;
    }
    cut(toks.get(tok).text(), 0, toks, tok, k, parts, totals, out, budget);
  }

  private static void cut(String digits, int at, List<Tok> toks, int tok, int k, List<BigDecimal> parts, Totals totals, Set<List<BigDecimal>> out, int[] budget) {
    if (at == digits.length()) {
      split(toks, tok + 1, k, parts, totals, out, budget);
      return;
    }
    if (parts.size() >= k || --budget[0] <= 0) {
      return;
    }
    // the digits left must still fill the parts left, each at least one digit
    if (k - parts.size() < toks.size() - tok) {
      return;
    }
    int digitsAfter = 0; // in the tokens after this one
    for (int i = tok + 1; i < toks.size(); i++) {
      digitsAfter += toks.get(i).text().length();
    }
    int maxLen = digits.charAt(at) == '0' ? 1 : digits.length() - at;
    for (int len = 1; len <= maxLen; len++) {
      int left = digits.length() - at - len + digitsAfter; // digits for the parts still to come
      int partsLeft = k - parts.size() - 1;
      if (left < partsLeft) {
        break;
      }
      parts.add(new BigDecimal(digits.substring(at, at + len)));
      if (groupAgrees(totals, parts)) {
        cut(digits, at + len, toks, tok, k, parts, totals, out, budget);
      }
      parts.remove(parts.size() - 1);
      if (enough(out, totals)) {
        return;
      }
    }
  }

  /** One total: a second reading settles it (待核对); several: each group is judged on every reading. */
  private static boolean enough(Set<List<BigDecimal>> out, Totals totals) {
    return out.size() >= (totals.groups().size() > 1 ? MAX_READINGS : 2);
  }

  /** False when the part just added closes a group whose total disagrees: no need to cut further. */
  private static boolean groupAgrees(Totals totals, List<BigDecimal> parts) {
    for (int[] g : totals.groups()) {
      if (parts.size() == g[1]) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = g[0]; i < g[1] - 1; i++) {
          sum = sum.add(parts.get(i));
        }
        return sum.compareTo(parts.get(g[1] - 1)) == 0;
      }
    }
    return true;
  }
}
