package cn.gongkai.data;

import cn.gongkai.diag.Level;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Every check rule (spec §3) with its level and a one-line summary; the README explains each. */
public final class Rules {
  public record Rule(String id, Level level, String summary) {}

  public static final Map<String, Rule> ALL = new LinkedHashMap<>();

  static {
    add("FMT-01", Level.ERROR, "2021 年度及以后的年报使用 2021 年格式，2020 年度及以前使用 2019 年试行格式");
    add("FMT-02", Level.ERROR, "叙述中有第一、五、六部分，且按顺序排列");
    add("FMT-03", Level.ERROR, "所选格式的每一行、每一格都已填写；件数为非负整数，金额为非负数；没有未知的键");
    add("T3-01", Level.ERROR, "表三每一列：第一项 + 第二项 = 第三项（七）总计 + 第四项（勾稽关系）");
    add("T3-02", Level.ERROR, "填写的（七）总计等于各办理结果行之和");
    add("T3-03", Level.ERROR, "填写的总计（第 7 个数）等于前六列之和");
    add("T4-01", Level.ERROR, "表四填写的总计等于结果维持 + 结果纠正 + 其他结果 + 尚未审结");
    add("T2-01", Level.ERROR, "乡镇、街道的“规章”各列均为 0（乡镇无规章制定权）");
    add("T2-02", Level.WARNING, "2021 格式：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数");
    add("T2-03", Level.WARNING, "表二某行各列为同一个非零数（疑似照抄）");
    add("X-01", Level.WARNING, "本年“二、上年结转”等于上年“四、结转下年度继续办理”（逐列）");
    add("TXT-01", Level.WARNING, "叙述中写到的数字（收到申请 N 件等）与表格一致");
    add("TXT-02", Level.WARNING, "叙述中没有从其他年份照抄的年份（“截至YYYY年”等）");
    add("SEC6-01", Level.WARNING, "2021 格式：第六部分写明信息处理费收取情况");
    add("PUB-01", Level.WARNING, "公开日期不晚于次年 1 月 31 日");
    add("META-01", Level.ERROR, "索引号为“本单位代码/公开年份-序号”，全站唯一");
    add("META-02", Level.WARNING, "发布机构与报告主体一致");
    add("ACK-01", Level.WARNING, "acknowledged 中的每一项都对应一条实际的检查结果");
    // Site-wide rules (not about a report's numbers); none of them can be acknowledged.
    add("CFG-01", Level.ERROR, "content/site.yaml 存在，必填项齐全，没有未知的键，unit_code 和 base_url 有效");
    add("ENC-01", Level.ERROR, "文件用 UTF-8 编码保存（可带 BOM，可用 Windows 换行）");
    add("COL-01", Level.ERROR, "content/columns.yaml 中的栏目有效；信息所属的栏目存在");
    add("ITEM-01", Level.ERROR, "信息文件有完整的信息头，附件在同一文件夹中；content/ 中没有符号链接");
    add("NAME-01", Level.ERROR, "信息文件名只用小写英文字母、数字和连字符，不是保留名称，同一栏目内不重名");
    add("LINK-01", Level.ERROR, "正文中的站内链接指向会生成的页面或文件，不指向站点以外");
    add("HTML-01", Level.ERROR, "正文中没有 <script>、<iframe>、<object>、<embed> 等标签、on…= 事件属性和 javascript: 地址");
  }

  /**
   * Errors that no acknowledgement can waive: structural errors (the page cannot be built without the
   * data) and the site-wide rules, which guard the whole site rather than one report's numbers.
   */
  public static final Set<String> NOT_ACKNOWLEDGEABLE =
      Set.of("FMT-03", "ACK-01", "CFG-01", "ENC-01", "COL-01", "ITEM-01", "NAME-01", "LINK-01", "HTML-01");

  private Rules() {}

  private static void add(String id, Level level, String summary) {
    ALL.put(id, new Rule(id, level, summary));
  }
}
