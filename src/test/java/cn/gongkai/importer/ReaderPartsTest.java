package cn.gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.importer.Cells.Row;
import cn.gongkai.importer.Tokens.Tok;
import cn.gongkai.importer.Tokens.Type;
import cn.gongkai.yaml.ValueKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader's parts on their own: tokens of a cell, a row's cells from its tokens, narrative text. */
class ReaderPartsTest {
  private static String types(List<Tok> toks) {
    List<String> out = new ArrayList<>();
    toks.forEach(t -> out.add(t.type() + ":" + t.text()));
    return String.join(" ", out);
  }

  @Test
  void cellsSplitIntoLabelAndNumbers() {
    assertEquals("NUM:0 NUM:0 NUM:0 NUM:0 NUM:0 NUM:0 NUM:0", types(Tokens.of("0 0 0 0 0 0 0", 1, false)));
    assertEquals("LABEL:规章 NUM:3 NUM:3 NUM:3", types(Tokens.of("规章 3 3 3", 1, false)));
    assertEquals("LABEL:1.属于国家秘密 NUM:0", types(Tokens.of("1.属于国家秘密   0", 1, false)));
    assertEquals("LABEL:1、本机关不掌握相关政府信息 NUM:12", types(Tokens.of("1、本机关不掌握相关政府信息 １２", 1, false)));
    assertEquals("NUM:7730.28", types(Tokens.of("7730.28", 1, false)));
    assertEquals("NUM:3.5", types(Tokens.of("３．５", 1, false)));
    assertEquals("NUM:+3 NUM:-2", types(Tokens.of("+3 -2", 1, false)));
    assertEquals("LABEL:本年增/减", types(Tokens.of("本年增/减", 1, false)));
    assertEquals("LABEL:〔2019〕61号", types(Tokens.of("〔2019〕61号", 1, false)));
    assertEquals("ODD:—", types(Tokens.of("—", 1, true)));
    assertEquals("BLANK:", types(Tokens.of("  ", 1, true)));
    assertEquals("", types(Tokens.of("  ", 1, false)), "in plain text a blank leaves no trace");
  }

  @Test
  void pageFootersAndTheVerticalLabelAreDropped() {
    for (String footer : List.of("-3-", "- 3 -", "— 3 —", "第 3 页", "第3页 共10页", "3/10", "－３－")) {
      assertTrue(Tokens.of(footer, 1, false).isEmpty(), footer);
    }
    for (char c : "三、本年度办理结果".toCharArray()) {
      assertTrue(Tokens.of(String.valueOf(c), 1, false).isEmpty(), String.valueOf(c));
    }
    assertEquals("LABEL:业", types(Tokens.of("业", 1, false)), "a broken header word is text");
  }

  private static List<Tok> nums(String... texts) {
    List<Tok> out = new ArrayList<>();
    for (String t : texts) {
      out.add(new Tok(t.isEmpty() ? Type.BLANK : Type.NUM, t, 1));
    }
    return out;
  }

  private static final List<ValueKind> SEVEN = Collections.nCopies(7, ValueKind.COUNT);
  private static final Cells.Totals ROW_TOTAL = new Cells.Totals(List.<int[]>of(new int[] {0, 7}));

  private static String cells(Row row) {
    return String.join(",", row.cells().stream().map(Cells.Cell::yaml).toList());
  }

  @Test
  void gluedDigitsAreSplitOnlyWhenTheTotalMakesItUnique() {
    assertEquals("80,1,0,0,0,0,81", cells(Cells.resolve(nums("801000081"), SEVEN, ROW_TOTAL)));
    Row twoWays = Cells.resolve(nums("110000011"), SEVEN, ROW_TOTAL); // 1|10|…|11 and 11|0|…|11
    assertEquals(String.join(",", Collections.nCopies(7, "待核对")), cells(twoWays));
    assertTrue(twoWays.note().contains("110000011"));
    assertEquals("2,10,0,0,0,0,12", cells(Cells.resolve(nums("21000", "0012"), SEVEN, ROW_TOTAL)), "glued over two tokens");
    // without a total of its own a row is never split
    assertEquals("待核对,待核对,待核对", cells(Cells.resolve(nums("000"), Collections.nCopies(3, ValueKind.COUNT), Cells.Totals.NONE)));
  }

  @Test
  void aLongRunOfDigitsIsToVerifyAndQuick() {
    List<ValueKind> fifteen = Collections.nCopies(15, ValueKind.COUNT);
    Cells.Totals groups = new Cells.Totals(List.of(new int[] {0, 5}, new int[] {5, 10}, new int[] {10, 15}));
    Row row = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
        () -> Cells.resolve(nums("1234567890123456789012345678901234567890"), fifteen, groups));
    assertTrue(row.cells().stream().allMatch(c -> c.kind() == Cells.Kind.VERIFY));
    assertEquals("1,0,0,0,1,0,0,0,1,1,0,0,0,0,0", cells(Cells.resolve(nums("100010001100000"), fifteen, groups)));
  }

  @Test
  void aStrayNumberIsDroppedOnlyWhenOneReadingAgreesWithTheTotal() {
    assertEquals("5,0,0,0,0,0,5", cells(Cells.resolve(nums("5", "0", "0", "0", "0", "0", "5", "7"), SEVEN, ROW_TOTAL)));
    assertEquals("待核对", cells(Cells.resolve(nums("3", "0", "0", "0", "0", "0", "3", "3"), SEVEN, ROW_TOTAL)).split(",")[0]);
    assertEquals("12,0,0,0,1,0,13", cells(Cells.resolve(nums("", "12", "0", "0", "0", "1", "0", "13"), SEVEN, ROW_TOTAL)), "an empty padding cell");
    assertEquals("待核对,待核对,待核对", cells(Cells.resolve(nums("1", "2", "3", "4"), Collections.nCopies(3, ValueKind.COUNT), Cells.Totals.NONE)));
  }

  @Test
  void missingBlankAndOddCells() {
    assertEquals(String.join(",", Collections.nCopies(7, "待核对")), cells(Cells.resolve(nums("0", "0", "0", "0", "0", "0"), SEVEN, ROW_TOTAL)));
    assertEquals("0,~,0,0,0,0,0", cells(Cells.resolve(nums("0", "", "0", "0", "0", "0", "0"), SEVEN, ROW_TOTAL)), "a blank table cell is ~");
    assertTrue(Cells.resolve(List.of(), SEVEN, ROW_TOTAL).allBlank(), "a row with no numbers at all is blank");
    List<Tok> odd = new ArrayList<>(nums("1", "0"));
    odd.add(new Tok(Type.ODD, "—", 1));
    assertEquals("1,0,待核对", cells(Cells.resolve(odd, Collections.nCopies(3, ValueKind.COUNT), Cells.Totals.NONE)));
    assertEquals("待核对", cells(Cells.resolve(nums("-2"), List.of(ValueKind.COUNT), Cells.Totals.NONE)), "a sign only in 本年增/减");
    assertEquals("-2", cells(Cells.resolve(nums("-2"), List.of(ValueKind.SIGNED), Cells.Totals.NONE)));
    assertEquals("待核对", cells(Cells.resolve(nums("2.5"), List.of(ValueKind.COUNT), Cells.Totals.NONE)), "a count is whole");
    assertEquals("0.092", cells(Cells.resolve(nums("0.092"), List.of(ValueKind.AMOUNT), Cells.Totals.NONE)));
  }

  @Test
  void narrativeTextLosesTheWrappingSpacesAndGetsFullWidthPunctuation() {
    assertEquals("领导小组的指导下，坚持政务公开", Text.prose("领导小组的 指导下,坚持政务公开"));
    assertEquals("（国办公开办函〔2019〕61号）要求", Text.prose("(国办公开办函〔2019〕61 号) 要求"));
    // spaces next to a CJK character go (wrapping put them there); between two ASCII words one stays
    assertEquals("使用Word 2019编辑，共3.5万字", Text.prose("使用 Word  2019 编辑, 共 3.5 万字"));
    assertEquals("即：行政审批", Text.prose("即:  行政审批"));
  }

  @Test
  void silentLabelTolerancesAreOnlyWidthSpacesQuotesAndOrdinalPunctuation() {
    assertEquals(Text.norm("1.属于国家秘密"), Text.norm("1、属于 国家秘密"));
    assertEquals(Text.norm("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"), Text.norm("(二)部分公开(区分处理的,只计这一情形,不计其他情形)"));
    assertEquals(Text.norm("3.危及“三安全一稳定”"), Text.norm("3．危及\"三安全一稳定\""));
    assertTrue(!Text.norm("规范性文件").equals(Text.norm("行政规范性文件")), "an old wording is not silent");
  }
}
