package cn.gongkai.meta;

import cn.gongkai.diag.SourcePos;
import java.time.LocalDate;

/**
 * The metadata every disclosed document carries (国办发〔2019〕54号 and the 政府信息公开目录): 索引号,
 * 发布机构, 生成日期, 公开日期, 公开范围, 公开方式, and for documents with one, 文号 and 有效性. Items and
 * annual reports both have it and read it with {@link DisclosureMetaReader}. Empty text and null dates
 * stand for what was not written (a finding already says so).
 */
public record DisclosureMeta(
    String indexNo,
    String publisher,
    LocalDate generated,
    LocalDate published,
    String scope,
    String channel,
    String docNo,
    String validity,
    Positions positions) {

  /** Where the keys that checks speak about were written. */
  public record Positions(SourcePos indexNo, SourcePos publisher, SourcePos published) {}

  /** Metadata of a document whose front matter was not read (a draft). */
  public static DisclosureMeta none(SourcePos at) {
    return new DisclosureMeta("", "", null, null, "", "", "", "", new Positions(at, at, at));
  }
}
