package cn.gongkai.render;

import java.util.List;
import java.util.Map;

/**
 * Where the column labels of the official tables may break across lines: between words (结果 | 维持), never
 * inside one (“结果维/持”). Chinese has no spaces to say so, and browsers break between any two characters,
 * so the labels of the two formats are split into words here; a label not listed stays whole.
 */
final class HeaderWords {
  private static final Map<String, List<String>> WORDS =
      Map.ofEntries(
          words("信息|内容"),
          words("本年|制发|件数"),
          words("本年|废止|件数"),
          words("现行|有效|件数"),
          words("本年|处理|决定|数量"),
          words("本年|收费|金额|（单位：|万元）"),
          words("本年|新制作|数量"),
          words("本年|新公开|数量"),
          words("对外|公开|总数量"),
          words("上一年|项目|数量"),
          words("本年|增/减"),
          words("处理|决定|数量"),
          words("采购|项目|数量"),
          words("采购|总金额"),
          words("申请人|情况"),
          words("法人或|其他|组织"),
          words("商业|企业"),
          words("科研|机构"),
          words("社会|公益|组织"),
          words("法律|服务|机构"),
          words("行政|复议"),
          words("行政|诉讼"),
          words("未经|复议|直接|起诉"),
          words("复议后|起诉"),
          words("结果|维持"),
          words("结果|纠正"),
          words("其他|结果"),
          words("尚未|审结"));

  private HeaderWords() {}

  private static Map.Entry<String, List<String>> words(String split) {
    return Map.entry(split.replace("|", ""), List.of(split.split("\\|")));
  }

  /** The label's words; a label not listed is one word. */
  static List<String> of(String label) {
    return WORDS.getOrDefault(label, List.of(label));
  }

  static boolean known(String label) {
    return WORDS.containsKey(label);
  }
}
