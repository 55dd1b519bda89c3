package cn.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.report.ReportFormat;
import cn.gongkai.report.ReportSchema;
import cn.gongkai.report.ReportSchema.ActiveGroup;
import cn.gongkai.report.ReportSchema.Field;
import cn.gongkai.report.ReportSchema.ReviewGroup;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every column label of both formats says where it may break; a new label would otherwise break anywhere. */
class HeaderWordsTest {
  @Test
  void everyColumnLabelLongerThanOneWordIsSplitIntoWords() {
    List<String> labels = new ArrayList<>(List.of("信息内容", "申请人情况", ReportSchema.LEGAL_PERSONS));
    for (ReportFormat f : ReportFormat.values()) {
      for (ActiveGroup g : ReportSchema.activeGroups(f)) {
        g.columns().stream().map(Field::label).forEach(labels::add);
      }
    }
    labels.addAll(ReportSchema.COLUMNS_WITH_TOTAL);
    labels.addAll(ReportSchema.REVIEW_COLUMN_LABELS);
    for (ReviewGroup g : ReportSchema.REVIEW_GROUPS) {
      labels.add(g.label());
      if (!g.parent().isEmpty()) {
        labels.add(g.parent());
      }
    }
    for (String label : labels) {
      // 总计, 其他, 自然人: one word each.
      assertTrue(label.length() <= 3 || HeaderWords.known(label), "no word breaks for column label " + label);
      assertEquals(label, String.join("", HeaderWords.of(label)));
      HeaderWords.of(label).forEach(w -> assertTrue(w.length() <= 4 || w.startsWith("（"), label + ": word " + w));
    }
  }
}
