package cn.gongkai.report;

import cn.gongkai.yaml.ValueKind;
import java.util.ArrayList;
import java.util.List;

/**
 * The official tables of each format: YAML keys, labels character for character, value kinds. Loading,
 * checks, rendering, open data and {@code new-report} all read this one description, so a label can
 * only ever be spelled one way.
 */
public final class ReportSchema {

  /** One value column of a table-二 row: YAML key, column header, kind. */
  public record Field(String key, String label, ValueKind kind) {}

  /** A table-二 row; {@code scalar} rows are written as a single number in YAML (2021: 行政许可 …). */
  public record ActiveRow(String key, String label, List<Field> fields, boolean scalar) {}

  /** A “第二十条第（X）项” group of table 二. */
  public record ActiveGroup(String title, List<ActiveRow> rows) {
    public List<Field> columns() {
      return rows.get(0).fields();
    }
  }

  /**
   * A table-三 row. {@code path} is the YAML key path (e.g. {@code results.withheld.state_secret});
   * {@code labels} the label cells from outermost to innermost.
   */
  public record ApplicationRow(String path, List<String> labels) {
    public String label() {
      return labels.get(labels.size() - 1);
    }

    public String fullLabel() {
      return String.join("", labels);
    }

    public boolean isResult() {
      return path.startsWith("results.");
    }
  }

  public static final List<String> APPLICANT_COLUMNS =
      List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他");
  public static final String TOTAL = "总计";
  /** The seven columns of a table-三 row as rendered: the six applicant columns, then 总计. */
  public static final List<String> COLUMNS_WITH_TOTAL = withTotal(APPLICANT_COLUMNS);
  public static final String LEGAL_PERSONS = "法人或其他组织";
  public static final String TABLE3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

  public static final String RECEIVED = "一、本年新收政府信息公开申请数量";
  public static final String CARRIED_OVER = "二、上年结转政府信息公开申请数量";
  public static final String RESULTS = "三、本年度办理结果";
  public static final String RESULTS_TOTAL = "（七）总计";
  public static final String CARRIED_FORWARD = "四、结转下年度继续办理";

  /** The table-三 rows both formats share, and the （七）总计 a webmaster may declare. */
  public static final ApplicationRow RECEIVED_ROW = new ApplicationRow("received", List.of(RECEIVED));
  public static final ApplicationRow CARRIED_OVER_ROW = new ApplicationRow("carried_over", List.of(CARRIED_OVER));
  public static final ApplicationRow DISCLOSED_ROW = new ApplicationRow("results.disclosed", List.of(RESULTS, "（一）予以公开"));
  public static final ApplicationRow PARTIALLY_DISCLOSED_ROW =
      new ApplicationRow("results.partially_disclosed", List.of(RESULTS, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"));
  public static final ApplicationRow CARRIED_FORWARD_ROW = new ApplicationRow("carried_forward", List.of(CARRIED_FORWARD));
  public static final ApplicationRow RESULTS_TOTAL_ROW = new ApplicationRow("results.total", List.of(RESULTS, RESULTS_TOTAL));

  /** Keys of the table-二 rows checks speak of (both formats have them). */
  public static final String REGULATIONS = "regulations";
  public static final String NORMATIVE_DOCUMENTS = "normative_documents";

  /** Table 四: the three groups and the four counted columns (总计 is computed). */
  public record ReviewGroup(String key, String label, String parent) {}

  public static final ReviewGroup REVIEW = new ReviewGroup("review", "行政复议", "");
  public static final List<ReviewGroup> REVIEW_GROUPS =
      List.of(
          REVIEW,
          new ReviewGroup("litigation_direct", "未经复议直接起诉", "行政诉讼"),
          new ReviewGroup("litigation_after_review", "复议后起诉", "行政诉讼"));
  public static final List<Field> REVIEW_COLUMNS =
      List.of(
          new Field("upheld", "结果维持", ValueKind.COUNT),
          new Field("corrected", "结果纠正", ValueKind.COUNT),
          new Field("other", "其他结果", ValueKind.COUNT),
          new Field("pending", "尚未审结", ValueKind.COUNT));
  /** 结果维持 · 结果纠正 · 其他结果 · 尚未审结 · 总计: the five columns of each table-四 group. */
  public static final List<String> REVIEW_COLUMN_LABELS = withTotal(REVIEW_COLUMNS.stream().map(Field::label).toList());

  public static final List<String> SECTION_TITLES =
      List.of(
          "一、总体情况",
          "二、主动公开政府信息情况",
          "三、收到和处理政府信息公开申请情况",
          "四、政府信息公开行政复议、行政诉讼情况",
          "五、存在的主要问题及改进情况",
          "六、其他需要报告的事项");

  private ReportSchema() {}

  public static List<ActiveGroup> activeGroups(ReportFormat format) {
    return format == ReportFormat.F2021 ? ACTIVE_2021 : ACTIVE_2019;
  }

  public static List<ApplicationRow> applicationRows(ReportFormat format) {
    return format == ReportFormat.F2021 ? APPLICATIONS_2021 : APPLICATIONS_2019;
  }

  /** Number of 办理结果 rows including （七）总计: 22 in 2021, 20 in 2019. */
  public static int resultRowCount(ReportFormat format) {
    return (int) applicationRows(format).stream().filter(ApplicationRow::isResult).count() + 1;
  }

  private static Field count(String key, String label) {
    return new Field(key, label, ValueKind.COUNT);
  }

  private static List<String> withTotal(List<String> columns) {
    List<String> all = new ArrayList<>(columns);
    all.add(TOTAL);
    return List.copyOf(all);
  }

  /** The 2021 format's 第二十条第（一）项 columns, which T2-02 and {@code new-report} carry from year to year. */
  public static final Field ISSUED = count("issued", "本年制发件数");
  public static final Field REPEALED = count("repealed", "本年废止件数");
  public static final Field IN_FORCE = count("in_force", "现行有效件数");

  private static final List<Field> PROJECT_COLUMNS =
      List.of(
          count("previous", "上一年项目数量"),
          new Field("change", "本年增/减", ValueKind.SIGNED),
          count("decisions", "处理决定数量"));

  private static final List<ActiveGroup> ACTIVE_2019 =
      List.of(
          new ActiveGroup(
              "第二十条第（一）项",
              List.of(
                  new ActiveRow(REGULATIONS, "规章", newlyMade(), false),
                  new ActiveRow(NORMATIVE_DOCUMENTS, "规范性文件", newlyMade(), false))),
          new ActiveGroup(
              "第二十条第（五）项",
              List.of(
                  new ActiveRow("licensing", "行政许可", PROJECT_COLUMNS, false),
                  new ActiveRow("other_services", "其他对外管理服务事项", PROJECT_COLUMNS, false))),
          new ActiveGroup(
              "第二十条第（六）项",
              List.of(
                  new ActiveRow("penalty", "行政处罚", PROJECT_COLUMNS, false),
                  new ActiveRow("coercion", "行政强制", PROJECT_COLUMNS, false))),
          new ActiveGroup(
              "第二十条第（八）项",
              List.of(
                  new ActiveRow(
                      "fees",
                      "行政事业性收费",
                      List.of(count("previous", "上一年项目数量"), new Field("change", "本年增/减", ValueKind.SIGNED)),
                      false))),
          new ActiveGroup(
              "第二十条第（九）项",
              List.of(
                  new ActiveRow(
                      "procurement",
                      "政府集中采购",
                      List.of(count("projects", "采购项目数量"), new Field("amount", "采购总金额", ValueKind.AMOUNT)),
                      false))));

  private static List<Field> newlyMade() {
    return List.of(count("created", "本年新制作数量"), count("published", "本年新公开数量"), count("total", "对外公开总数量"));
  }

  private static List<Field> issued() {
    return List.of(ISSUED, REPEALED, IN_FORCE);
  }

  private static final List<Field> DECISIONS = List.of(count("value", "本年处理决定数量"));

  private static final List<ActiveGroup> ACTIVE_2021 =
      List.of(
          new ActiveGroup(
              "第二十条第（一）项",
              List.of(
                  new ActiveRow(REGULATIONS, "规章", issued(), false),
                  new ActiveRow(NORMATIVE_DOCUMENTS, "行政规范性文件", issued(), false))),
          new ActiveGroup("第二十条第（五）项", List.of(new ActiveRow("licensing", "行政许可", DECISIONS, true))),
          new ActiveGroup(
              "第二十条第（六）项",
              List.of(
                  new ActiveRow("penalty", "行政处罚", DECISIONS, true),
                  new ActiveRow("coercion", "行政强制", DECISIONS, true))),
          new ActiveGroup(
              "第二十条第（八）项",
              List.of(
                  new ActiveRow(
                      "fees",
                      "行政事业性收费",
                      List.of(new Field("value", "本年收费金额（单位：万元）", ValueKind.AMOUNT)),
                      true))));

  private static final List<ApplicationRow> APPLICATIONS_2019 = applications(false);
  private static final List<ApplicationRow> APPLICATIONS_2021 = applications(true);

  private static List<ApplicationRow> applications(boolean format2021) {
    List<ApplicationRow> rows = new ArrayList<>();
    rows.add(RECEIVED_ROW);
    rows.add(CARRIED_OVER_ROW);
    rows.add(DISCLOSED_ROW);
    rows.add(PARTIALLY_DISCLOSED_ROW);
    sub(rows, "results.withheld", "（三）不予公开",
        "state_secret", "1.属于国家秘密",
        "prohibited_by_law", "2.其他法律行政法规禁止公开",
        "security_and_stability", "3.危及“三安全一稳定”",
        "third_party_rights", "4.保护第三方合法权益",
        "internal_affairs", "5.属于三类内部事务信息",
        "process_information", "6.属于四类过程性信息",
        "enforcement_files", "7.属于行政执法案卷",
        "administrative_query", "8.属于行政查询事项");
    sub(rows, "results.unavailable", "（四）无法提供",
        "not_held", "1.本机关不掌握相关政府信息",
        "needs_creation", "2.没有现成信息需要另行制作",
        "still_unclear", "3.补正后申请内容仍不明确");
    sub(rows, "results.not_handled", "（五）不予处理",
        "complaint", "1.信访举报投诉类申请",
        "duplicate", "2.重复申请",
        "publication", "3.要求提供公开出版物",
        "excessive", "4.无正当理由大量反复申请",
        "confirmation", "5.要求行政机关确认或重新出具已获取信息");
    if (format2021) {
      sub(rows, "results.other", "（六）其他处理",
          "no_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "fee_unpaid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
          "other", "3.其他");
    } else {
      rows.add(new ApplicationRow("results.other", List.of(RESULTS, "（六）其他处理")));
    }
    rows.add(CARRIED_FORWARD_ROW);
    return List.copyOf(rows);
  }

  private static void sub(List<ApplicationRow> rows, String prefix, String group, String... keyLabel) {
    for (int i = 0; i < keyLabel.length; i += 2) {
      rows.add(new ApplicationRow(prefix + "." + keyLabel[i], List.of(RESULTS, group, keyLabel[i + 1])));
    }
  }
}
