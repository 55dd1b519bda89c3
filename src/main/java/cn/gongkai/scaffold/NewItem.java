package cn.gongkai.scaffold;

import cn.gongkai.check.ConfigRules;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.config.SiteConfigLoader;
import cn.gongkai.diag.Environment;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.ColumnTree;
import cn.gongkai.items.ColumnsLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** {@code new-item}: a draft item in a column with the year's next free 索引号 and the given date. */
public final class NewItem {
  private static final Pattern INDEX_LINE = Pattern.compile("(?m)^\\s*index_no:\\s*[\"']?([^\\s\"'#]+)");

  private NewItem() {}

  public static Path create(Path source, String column, String title, LocalDate date) throws UserError {
    Findings findings = new Findings();
    Optional<SiteConfig> loaded = SiteConfigLoader.load(source, findings);
    loaded.ifPresent(site -> ConfigRules.run(site, findings));
    Optional<ColumnTree> tree = ColumnsLoader.load(source, findings);
    if (findings.hasErrors()) {
      throw UserError.findings(findings, false);
    }
    SiteConfig site = loaded.orElseThrow();
    ColumnTree columns = tree.orElseThrow();
    if (columns.find(column).isEmpty() || column.equals(ColumnTree.REPORTS)) {
      throw UserError.usage(
          "栏目“" + column + "”不能用于新建信息。可用的栏目：" + String.join("、", columns.byId().keySet().stream().filter(id -> !id.equals(ColumnTree.REPORTS)).toList()) + "（年报请用 new-report）。");
    }
    if (title.isBlank()) {
      throw UserError.usage("--title 不能为空。");
    }
    String indexNo = nextIndexNo(source, site.unitCode(), date.getYear());
    Path folder = source.resolve("content").resolve(column);
    Path file = folder.resolve(date + ".md");
    for (int n = 2; Files.exists(file); n++) {
      file = folder.resolve(date + "-" + n + ".md");
    }
    String text =
        "---\n"
            + "title: \"" + title.strip().replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n"
            + "index_no: " + indexNo + "\n"
            + "publisher: " + site.publisher() + "\n"
            + "generated: " + date + "        # 生成日期（成文日期）\n"
            + "published: " + date + "        # 公开日期；晚于今天的信息到那天重新生成时才发布\n"
            + "scope: 全部公开\n"
            + "channel: 政府网站\n"
            + "column: " + column + "\n"
            + "# doc_no: 文号                   # 有正式文号时填写\n"
            + "# validity: 有效                 # 有效性：有效、失效或废止（规范性文件填写）\n"
            + "# summary: 内容概述，不超过100字\n"
            + "# attachments: [附件文件名.pdf]   # 附件放在本文件所在的文件夹\n"
            + "status: draft                    # 草稿不发布；写好正文后删除这一行\n"
            + "---\n\n"
            + "<!-- 在这里写正文。 -->\n";
    try {
      Files.createDirectories(folder);
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw UserError.environment("无法写入 " + file + "：" + Environment.reason(e) + "。请确认这个文件夹可以写入、磁盘还有空间，然后再运行一次。");
    }
    return Path.of(SourcePos.display(source, file));
  }

  /** The year's next free 索引号: {@code <unit code>/<year>-<next sequence>}. */
  public static String nextIndexNo(Path source, String unitCode, int year) throws UserError {
    return unitCode + "/" + year + "-" + nextSequence(source, unitCode, year);
  }

  /** One more than the largest sequence used this year in any item, draft or report. */
  static long nextSequence(Path source, String unitCode, int year) throws UserError {
    Pattern own = Pattern.compile(Pattern.quote(unitCode) + "/" + year + "-(\\d+)");
    long max = 0;
    try (Stream<Path> walk = Files.walk(source.resolve("content"))) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile).filter(NewItem::mayHoldIndexNo)::iterator) {
        Matcher line = INDEX_LINE.matcher(Files.readString(p, StandardCharsets.UTF_8));
        while (line.find()) {
          Matcher m = own.matcher(line.group(1));
          if (m.matches() && m.group(1).length() < 18) {
            max = Math.max(max, Long.parseLong(m.group(1)));
          }
        }
      }
    } catch (IOException | java.io.UncheckedIOException e) {
      IOException cause = e instanceof IOException io ? io : ((java.io.UncheckedIOException) e).getCause();
      throw UserError.environment("无法读取 content/ 中的文件：" + Environment.reason(cause) + "。请确认这个文件夹可以打开，然后再运行一次。");
    }
    return max + 1;
  }

  /** The site's configuration, checked; its findings stop the command (the new file would copy them). */
  public static SiteConfig siteConfig(Path source) throws UserError {
    Findings findings = new Findings();
    Optional<SiteConfig> site = SiteConfigLoader.load(source, findings);
    site.ifPresent(s -> ConfigRules.run(s, findings));
    if (findings.hasErrors()) {
      throw UserError.findings(findings, false);
    }
    return site.orElseThrow();
  }

  private static boolean mayHoldIndexNo(Path p) {
    String name = p.getFileName().toString();
    return name.endsWith(".md") || name.endsWith(".yaml");
  }
}
