package cn.gongkai.report;

/** The two official annual-report formats: 国办公开办函〔2019〕60号 (试行) and 〔2021〕30号. */
public enum ReportFormat {
  F2019("2019", "《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）"),
  F2021("2021", "《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）");

  private final String id;
  private final String document;

  ReportFormat(String id, String document) {
    this.id = id;
    this.document = document;
  }

  public String id() {
    return id;
  }

  public String document() {
    return document;
  }

  /** The format a report of this year must use. */
  public static ReportFormat requiredFor(int year) {
    return year >= 2021 ? F2021 : F2019;
  }

  public static ReportFormat byId(String id) {
    for (ReportFormat f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    return null;
  }
}
