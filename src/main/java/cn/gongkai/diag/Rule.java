package cn.gongkai.diag;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every rule a finding can name: its id as the webmaster reads it, its level, whether an {@code
 * acknowledged} entry may waive it, and a one-line summary (the README's rule table explains each, and
 * a test keeps the two in step).
 */
public enum Rule {
  FMT_01("FMT-01", Level.ERROR, true, "2021 年度及以后的年报使用 2021 年格式，2020 年度及以前使用 2019 年试行格式"),
  FMT_02("FMT-02", Level.ERROR, true, "叙述中有第一、五、六部分，标题是规定的章节标题"),
  // Acknowledgeable only for a cell, row or table blank as published (Finding.blank); missing or wrong data never.
  FMT_03("FMT-03", Level.ERROR, true, true, "所选格式的每一行、每一格都已填写（按原文存档的空白须确认）；件数为非负整数，金额为非负数；没有未知的键"),
  FMT_04("FMT-04", Level.ERROR, true, "章节标题的序号正确、顺序正确（如“三、主动公开政府信息情况”应为“二、”）"),
  T3_01("T3-01", Level.ERROR, true, "表三每一列：第一项 + 第二项 = 第三项（七）总计 + 第四项（勾稽关系）"),
  T3_02("T3-02", Level.ERROR, true, "填写的（七）总计等于各办理结果行之和"),
  T3_03("T3-03", Level.ERROR, true, "填写的总计（第 7 个数）等于前六列之和"),
  T4_01("T4-01", Level.ERROR, true, "表四填写的总计等于结果维持 + 结果纠正 + 其他结果 + 尚未审结"),
  T2_01("T2-01", Level.ERROR, true, "乡镇、街道的“规章”各列均为 0（乡镇无规章制定权）"),
  T2_02("T2-02", Level.WARNING, true, "2021 格式：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数"),
  T2_03("T2-03", Level.WARNING, true, "表二某行各列为同一个非零数（疑似照抄）"),
  X_01("X-01", Level.WARNING, true, "本年“二、上年结转”等于上年“四、结转下年度继续办理”（逐列）"),
  TXT_01("TXT-01", Level.WARNING, true, "叙述中写到的数字（收到、上年结转、办结、予以公开、结转下年度、行政复议等 N 件）与表格一致"),
  TXT_02("TXT-02", Level.WARNING, true, "叙述中没有从其他年份照抄的年份（“截至YYYY年”“本单位YYYY年度”等）"),
  TXT_03("TXT-03", Level.WARNING, true, "叙述中没有重复打了两遍的词（“资金资金”）"),
  SEC5_01("SEC5-01", Level.WARNING, true, "第五部分写明存在的问题和改进情况，不只是“无”或寥寥数字"),
  SEC6_01("SEC6-01", Level.WARNING, true, "2021 格式：第六部分写明信息处理费收取情况"),
  PUB_01("PUB-01", Level.WARNING, true, "公开日期不晚于次年 1 月 31 日"),
  SIM_01("SIM-01", Level.WARNING, true, "第一、五部分不是上一年文字的照搬（雷同：60% 以上的字落在与上年相同的 20 字以上段落中）"),
  LBL_01("LBL-01", Level.WARNING, true, "导入时读到的表格标签与规定的标签一致（错别字、旧格式的说法都会指出）"),
  META_01("META-01", Level.ERROR, true, "索引号为“本单位代码/公开年份-序号”，全站唯一"),
  META_02("META-02", Level.WARNING, true, "发布机构与报告主体一致"),
  ACK_01("ACK-01", Level.WARNING, false, "acknowledged 中的每一项都对应一条实际的检查结果"),
  // Site-wide rules: they guard the whole site rather than one report's numbers, so none can be waived.
  CFG_01("CFG-01", Level.ERROR, false, "content/site.yaml 存在，必填项齐全，没有未知的键，unit_code 和 base_url 有效"),
  CFG_02("CFG-02", Level.WARNING, false, "base_url 不是示例地址（.example、.test、.invalid、localhost 等），否则二维码指向不存在的地址"),
  ENC_01("ENC-01", Level.ERROR, false, "文件用 UTF-8 编码保存（可带 BOM，可用 Windows 换行）"),
  COL_01("COL-01", Level.ERROR, false, "content/columns.yaml 中的栏目有效；信息所属的栏目存在"),
  ITEM_01("ITEM-01", Level.ERROR, false, "信息文件有完整的信息头，附件在同一文件夹中；content/ 中没有符号链接"),
  NAME_01("NAME-01", Level.ERROR, false, "信息文件名只用小写英文字母、数字和连字符，不是保留名称，同一栏目内不重名"),
  LINK_01("LINK-01", Level.ERROR, false, "正文中的站内链接指向会生成的页面或文件，不指向站点以外"),
  HTML_01("HTML-01", Level.ERROR, false, "正文中的 HTML 只用允许的标签和属性：没有脚本、表单、样式表和 on…= 事件属性，不从其他网站加载图片或文件，链接只用 http、https、mailto、tel 或本站地址"),
  HTML_02("HTML-02", Level.WARNING, false, "正文中没有从 Word、WPS、微信粘贴带来的排版代码（style、class、lang 属性，<font>、<span> 等标签）；有则从发布的页面中删除并提示"),
  YAML_01("YAML-01", Level.ERROR, false, "YAML 写法正确：缩进只用空格且对齐，键后有冒号，引号和括号成对，键不重复，一个文件一个文档，冒号、逗号、括号和数字用英文（半角）");

  private final String id;
  private final Level level;
  private final boolean acknowledgeable;
  private final boolean blanksOnly;
  private final String summary;

  Rule(String id, Level level, boolean acknowledgeable, String summary) {
    this(id, level, acknowledgeable, false, summary);
  }

  Rule(String id, Level level, boolean acknowledgeable, boolean blanksOnly, String summary) {
    this.id = id;
    this.level = level;
    this.acknowledgeable = acknowledgeable;
    this.blanksOnly = blanksOnly;
    this.summary = summary;
  }

  public String id() {
    return id;
  }

  public Level level() {
    return level;
  }

  /**
   * Whether an {@code acknowledged} entry may name it: never the site-wide rules. Which of its findings
   * it waives is the finding's {@link Finding#waivable()}: under FMT-03 only blanks, never missing data.
   */
  public boolean acknowledgeable() {
    return acknowledgeable;
  }

  /** Whether an acknowledgement waives its findings in general (not only its blanks, as for FMT-03). */
  public boolean waivesAny() {
    return acknowledgeable && !blanksOnly;
  }

  public String summary() {
    return summary;
  }

  /** The rule a webmaster wrote by its id, e.g. in {@code acknowledged}. */
  public static Optional<Rule> byId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
