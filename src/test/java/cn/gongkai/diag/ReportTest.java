package cn.gongkai.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How findings are printed: acknowledged and 无法核对 findings counted unless verbose; serve's panel by level. */
class ReportTest {
  static final Finding ACK = Finding.of(Rule.T2_01, new SourcePos("a.yaml", 1, 1), "规章不为 0。").acknowledged("按原文存档");
  static final Finding UNVERIFIED = Finding.unverified(Rule.T3_01, new SourcePos("a.yaml", 2, 1), "无法核对。", "a.yaml");
  static final Finding WARNING = Finding.of(Rule.PUB_01, new SourcePos("a.yaml", 3, 1), "公开日期晚了。");
  static final Finding ERROR = Finding.of(Rule.FMT_03, new SourcePos("b.yaml", 4, 1), "是负数。");
  static final List<Finding> ALL = List.of(ACK, UNVERIFIED, WARNING, ERROR);

  @Test
  void byDefaultAcknowledgedAndUnverifiedAreOneLineEach() {
    assertEquals(
        List.of(WARNING.format(), ERROR.format(), "1 项已确认（按原文存档），用 --verbose 查看。", "1 项无法核对（原表空白），用 --verbose 查看。"),
        Report.findingLines(ALL, false));
  }

  @Test
  void verboseListsEveryFindingInOrder() {
    assertEquals(ALL.stream().map(Finding::format).toList(), Report.findingLines(ALL, true));
  }

  @Test
  void noCountLineWithoutAcknowledgedFindings() {
    assertEquals(List.of(WARNING.format(), ERROR.format()), Report.findingLines(List.of(WARNING, ERROR), false));
  }

  @Test
  void servePanelListsErrorsThenWarningsThenAcknowledgedAndEndsWithTheSummary() {
    assertEquals(
        List.of(ERROR.format(), WARNING.format(), ACK.format(), UNVERIFIED.format(), "共 1 个错误，1 个警告，1 项已确认，1 项无法核对。"),
        Report.panelLines(ALL, true, "共 1 个错误，1 个警告，1 项已确认，1 项无法核对。"));
    assertEquals(
        List.of(ERROR.format(), WARNING.format(), "1 项已确认（按原文存档），用 --verbose 查看。", "1 项无法核对（原表空白），用 --verbose 查看。", "共…"),
        Report.panelLines(ALL, false, "共…"));
  }
}
