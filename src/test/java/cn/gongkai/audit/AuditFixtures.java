package cn.gongkai.audit;

import cn.gongkai.TestSite;
import cn.gongkai.diag.UserError;
import cn.gongkai.importer.ImportedReport;
import cn.gongkai.importer.Tally;
import cn.gongkai.report.ReportFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic reports (示例县示例镇, figures invented for tests) for audit, and a stand-in importer: a
 * “report file” holds the YAML text, a line {@value #SEPARATOR}, and the Markdown text, so audit's own
 * logic is tested apart from the real importer. A file without the line is “not a report”.
 */
public final class AuditFixtures {
  public static final String SEPARATOR = "=====叙述=====";

  private AuditFixtures() {}

  /** The stand-in importer; 待核对 cells are counted as the YAML's “待核对” strings. */
  public static final Audit.Importer FAKE =
      (file, shown) -> {
        String text;
        try {
          text = Files.readString(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        int at = text.indexOf(SEPARATOR);
        if (at < 0) {
          throw UserError.refused(shown + ": 错误 这不是年报：找不到“主动公开政府信息情况”等表格。");
        }
        String yaml = text.substring(0, at);
        String md = text.substring(at + SEPARATOR.length() + 1);
        Matcher y = Pattern.compile("(?m)^year: (\\d{4})").matcher(yaml);
        int year = y.find() ? Integer.parseInt(y.group(1)) : 0;
        Matcher f = Pattern.compile("(?m)^format: \"(\\d{4})\"").matcher(yaml);
        ReportFormat format = f.find() ? ReportFormat.byId(f.group(1)) : ReportFormat.requiredFor(year);
        int toVerify = yaml.split("待核对", -1).length - 1;
        return new ImportedReport(shown, year, format, yaml, md, new Tally(100, 0, toVerify), List.of());
      };

  /** The 2023 fixture (2021 format, consistent). */
  public static String yaml2023() {
    return TestSite.resource("fixtures/report-2021.yaml");
  }

  public static String md2023() {
    return TestSite.resource("fixtures/report-2021.md");
  }

  /**
   * 2022 for the same organ: consistent figures (现行有效 4 + 2 − 1 = 5), but 结转下年度 2 where 2023
   * carries over 1 (X-01 on 2023), and its narrative is 2023's with the year changed (SIM-01 on 2023).
   */
  public static String yaml2022() {
    return edit(
        edit(edit(edit(edit(edit(edit(edit(yaml2023(),
            "year: 2023", "year: 2022"),
            "index_no: 123456789X/2024-0001", "index_no: 123456789X/2023-0001"),
            "generated: 2024-01-20", "generated: 2023-01-20"),
            "published: 2024-01-20", "published: 2023-01-20"),
            "signed_on: 2024-01-19", "signed_on: 2023-01-19"),
            "{issued: 2, repealed: 1, in_force: 5}", "{issued: 2, repealed: 1, in_force: 4}"),
            "carried_over: [1, 0, 0, 0, 0, 0]", "carried_over: [2, 0, 0, 0, 0, 0]"),
        "carried_forward: [1, 0, 0, 0, 0, 0]", "carried_forward: [2, 0, 0, 0, 0, 0]");
  }

  public static String md2022() {
    return md2023().replace("2023年", "2022年");
  }

  /** A report file for {@link #FAKE}. */
  public static Path write(Path file, String yaml, String md) {
    try {
      Files.createDirectories(file.getParent());
      return Files.writeString(file, yaml + SEPARATOR + "\n" + md);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A folder with a sample of everything the audit shows: two consecutive years of 示例镇 (X-01 and
   * SIM-01 on 2023), a report with an error and awkward characters in its name, and a page that is no
   * report; audited with {@link #FAKE}.
   */
  public static List<Audited> sample(Path dir) throws UserError {
    write(dir.resolve("示例镇 2023.txt"), yaml2023(), md2023());
    write(dir.resolve("示例镇 2022.txt"), yaml2022(), md2022());
    write(dir.resolve("<坏> & \"引号\".txt"), yaml2023().replace("  penalty: 3", "  penalty: -3"), "");
    try {
      Files.writeString(dir.resolve("通知.html"), "<p>通知</p>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Audit.run(Audit.files(List.of(dir), java.util.Set.of()), java.util.Optional.empty(), FAKE);
  }

  public static String edit(String text, String from, String to) {
    int at = text.indexOf(from);
    if (at < 0 || text.indexOf(from, at + 1) >= 0) {
      throw new IllegalStateException("fixture does not contain exactly once: " + from);
    }
    return text.substring(0, at) + to + text.substring(at + from.length());
  }
}
