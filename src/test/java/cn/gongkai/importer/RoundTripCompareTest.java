package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.importer.RoundTripCompare.Result;
import cn.gongkai.importer.RoundTripReport.Cell;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round trip's comparator can fail: a generated report loaded back unchanged compares clean, and
 * each deliberate corruption (a number changed, a blank read as 0, a number read as blank, an unallowed
 * 待核对, a narrative changed) is caught, counted and named.
 */
class RoundTripCompareTest {
  @TempDir Path dir;

  /** A report with blanks, in the 2021 format (the search stops at the first seed that has them). */
  private static RoundTripReport withBlank() {
    for (long seed = 1; ; seed++) {
      RoundTripReport r = RoundTripReport.generate(seed, 2023);
      if (r.cells().stream().filter(Cell::blank).count() > 0 && r.cells().stream().filter(Cell::blank).count() < 5) {
        return r;
      }
    }
  }

  private Result roundTrip(RoundTripReport original, RoundTripReport written, UnaryOperator<String> edit, boolean mayVerify) throws Exception {
    RoundTripTest.Loaded loaded =
        RoundTripTest.load(dir.resolve("s" + System.nanoTime()), written.year(), edit.apply(written.yaml()), written.markdown());
    return RoundTripCompare.compare(original, loaded.report(), loaded.findings(), c -> mayVerify);
  }

  private static RoundTripReport change(RoundTripReport r, UnaryOperator<Cell> f) {
    List<Cell> cells = new ArrayList<>();
    boolean done = false;
    for (Cell c : r.cells()) {
      Cell d = done ? c : f.apply(c);
      done |= d != c;
      cells.add(d);
    }
    assertTrue(done, "nothing to corrupt");
    return new RoundTripReport(r.seed(), r.year(), r.format(), cells, r.blankTables(), r.s1(), r.s5(), r.s6());
  }

  @Test
  void unchangedReportComparesClean() throws Exception {
    RoundTripReport r = withBlank();
    Result res = roundTrip(r, r, y -> y, false);
    assertEquals(List.of(), res.problems());
    assertEquals(r.cells().size(), res.read() + res.blank());
    assertTrue(res.blank() > 0);
    assertEquals(0, res.wrong());
    assertEquals(3, res.narrativeOk());
  }

  @Test
  void aChangedNumberIsWrong() throws Exception {
    RoundTripReport r = withBlank();
    RoundTripReport bad = change(r, c -> c.table() == 3 && !c.blank() ? new Cell(3, c.row(), c.col(), c.value().add(BigDecimal.ONE)) : c);
    Result res = roundTrip(r, bad, y -> y, true);
    assertEquals(1, res.wrong(), res.problems().toString());
    assertTrue(res.problems().get(0).contains("读成"), res.problems().toString());
  }

  @Test
  void aBlankReadAsZeroAndANumberReadAsBlankAreWrong() throws Exception {
    RoundTripReport r = withBlank();
    RoundTripReport zeroed = change(r, c -> c.blank() ? new Cell(c.table(), c.row(), c.col(), BigDecimal.ZERO) : c);
    Result res = roundTrip(r, zeroed, y -> y, true);
    assertEquals(1, res.wrong(), res.problems().toString());
    assertTrue(res.problems().get(0).contains("原表空白，读成 0"), res.problems().toString());

    RoundTripReport blanked = change(r, c -> c.table() == 4 && !c.blank() ? new Cell(4, c.row(), c.col(), null) : c);
    // A new blank needs the FMT-03 acknowledgement the original may lack: the loader then reports it, and so does the comparison.
    Result res2 = roundTrip(r, blanked, y -> y, true);
    assertTrue(res2.wrong() >= 1, res2.problems().toString());
    assertTrue(res2.problems().stream().anyMatch(p -> p.contains("读成空白")), res2.problems().toString());
  }

  @Test
  void toVerifyCountsAndIsWrongWhereTheShapeKeptTheCell() throws Exception {
    RoundTripReport r = withBlank();
    RoundTripReport marked = change(r, c -> c.table() == 2 && !c.blank() ? new Cell(2, c.row(), c.col(), new BigDecimal(424242)) : c);
    UnaryOperator<String> verify = y -> y.replaceFirst("424242", "待核对");
    Result allowed = roundTrip(r, marked, verify, true);
    assertEquals(1, allowed.toVerify());
    assertEquals(List.of(), allowed.problems());
    Result refused = roundTrip(r, marked, verify, false);
    assertEquals(1, refused.toVerify());
    assertEquals(1, refused.problems().size(), refused.problems().toString());
    assertTrue(refused.problems().get(0).contains("待核对，但这种形式保留了这一格"));
  }

  @Test
  void aChangedNarrativeIsCaught() throws Exception {
    RoundTripReport r = withBlank();
    RoundTripReport other = new RoundTripReport(r.seed(), r.year(), r.format(), r.cells(), r.blankTables(), r.s1() + "多出的一句。", r.s5(), r.s6());
    Result res = roundTrip(r, other, y -> y, false);
    assertEquals(2, res.narrativeOk());
    assertTrue(res.problems().get(0).startsWith("叙述第 1 节不同"), res.problems().toString());
  }

  @Test
  void aChangedOrMissingIndexNumberIsCaughtOrCounted() throws Exception {
    RoundTripReport r = withBlank();
    Result changed = roundTrip(r, r, y -> y.replace(r.indexNo(), r.indexNo() + "9"), false);
    assertTrue(changed.problems().stream().anyMatch(p -> p.startsWith("索引号读成")), changed.problems().toString());
    Result missing = roundTrip(r, r, y -> y.replaceAll("(?m)^index_no:.*\n", ""), false);
    assertEquals(List.of(), missing.problems());
    assertEquals(1, missing.metaMissing());
    assertEquals(RoundTripCompare.META_FIELDS - 1, missing.metaOk());
  }

  @Test
  void gluedDigitsSplitUniquelyOnlyWhereTheTotalDecides() {
    assertTrue(RoundTripCompare.uniqueSplit(nums(80, 1, 0, 0, 0, 0, 81)));
    assertTrue(RoundTripCompare.uniqueSplit(nums(0, 0, 0, 0, 0, 0, 0)));
    assertTrue(RoundTripCompare.uniqueSplit(nums(1, 0, 0, 2, 3)));
    // 11 | 1 | 0 | 0 | 0 | 0 | 12 and 1 | 11 | 0 | 0 | 0 | 0 | 12 glue the same: not unique.
    assertFalse(RoundTripCompare.uniqueSplit(nums(1, 11, 0, 0, 0, 0, 12)));
    List<BigDecimal> withBlank = new ArrayList<>(nums(1, 0, 0, 0, 0, 0, 1));
    withBlank.set(1, null);
    assertFalse(RoundTripCompare.uniqueSplit(withBlank));
  }

  private static List<BigDecimal> nums(long... v) {
    List<BigDecimal> out = new ArrayList<>();
    for (long x : v) {
      out.add(BigDecimal.valueOf(x));
    }
    return out;
  }
}
