package cn.gongkai.importer;

/**
 * What an import made of the tables' cells: read with certainty, blank as published ({@code ~}), and
 * {@code 待核对} (not read with certainty; the raw text is in a comment beside it).
 */
public record Tally(int read, int blank, int toVerify) {
  public Tally plus(Tally other) {
    return new Tally(read + other.read, blank + other.blank, toVerify + other.toVerify);
  }

  /** The line import prints: “读取 N 格，原表空白 B 格，待核对 M 格”. */
  public String line() {
    return "读取 " + read + " 格，原表空白 " + blank + " 格，待核对 " + toVerify + " 格";
  }
}
