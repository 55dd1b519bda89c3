package cn.gongkai.edit;

import cn.gongkai.report.ReportFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 年报填报 form: {@code fields} maps every field name (see {@link ReportForms#fieldNames}) to the text
 * as typed, in file order; {@code base} is the fingerprint of the two files on disk when the form was
 * loaded ({@code ""} for a year that had none), so that a save can tell whether they changed meanwhile.
 */
public record ReportForm(int year, ReportFormat format, Map<String, String> fields, String base) {
  public ReportForm {
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
  }

  /** The text typed into {@code field}; {@code ""} when the form has no such field. */
  public String value(String field) {
    return fields.getOrDefault(field, "");
  }

  /** This form with {@code field} set to {@code text} (the field is added when it was not there). */
  public ReportForm with(String field, String text) {
    Map<String, String> copy = new LinkedHashMap<>(fields);
    copy.put(field, text);
    return new ReportForm(year, format, copy, base);
  }
}
