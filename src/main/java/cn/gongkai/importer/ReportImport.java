package cn.gongkai.importer;

import cn.gongkai.check.Checks;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.config.SiteConfigLoader;
import cn.gongkai.content.ContentLoader;
import cn.gongkai.diag.Environment;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportLoader;
import cn.gongkai.yaml.UnreadableFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code import FILE...}: every file read and understood first; only when all of them are, and none of
 * their targets exists, are the {@code <year>.yaml} + {@code <year>.md} pairs written (each file through
 * a temporary file and a rename that refuses to replace). Then the report checks run on what was
 * written, with the site's other reports when the target is the site's own {@code content/reports/}.
 */
public final class ReportImport {
  /** One imported report and where its two files went (as messages show them). */
  public record Written(ImportedReport report, String yaml, String markdown) {}

  /** What was written, and the findings about it: the reading's own (LBL-01) first, then the checks'. */
  public record Result(List<Written> written, List<Finding> findings) {}

  private ReportImport() {}

  /** {@code out} null: into {@code source}'s content/reports/; otherwise into {@code out}, no site needed. */
  public static Result run(List<Path> files, Path source, Path out, OptionalInt year) throws UserError {
    if (out == null) {
      ContentLoader.requireSiteFolder(source);
    }
    Path folder = out != null ? out : ReportLoader.folder(source);
    Path shownRoot = out != null ? Path.of("") : source;
    List<ImportedReport> reports = readAll(files, shownRoot, year);
    Map<Path, ImportedReport> targets = targets(reports, folder, shownRoot);
    List<Written> written = write(targets, folder, shownRoot);
    return new Result(written, check(written, targets.keySet(), source, out, shownRoot));
  }

  private static List<ImportedReport> readAll(List<Path> files, Path shownRoot, OptionalInt year) throws UserError {
    List<ImportedReport> reports = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      String shown = SourcePos.display(shownRoot, file);
      try {
        reports.add(ReportImporter.read(Sources.read(file, shown), year));
      } catch (UserError e) {
        if (e.kind() == UserError.Kind.ENVIRONMENT || e.kind() == UserError.Kind.USAGE) {
          throw e;
        }
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw UserError.refused(String.join("\n", problems) + "\n未写入任何文件。");
    }
    return reports;
  }

  /** The {@code <year>.yaml} of each report; refused when two give the same year or a target exists. */
  private static Map<Path, ImportedReport> targets(List<ImportedReport> reports, Path folder, Path shownRoot) throws UserError {
    Map<Path, ImportedReport> targets = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (ImportedReport r : reports) {
      Path yaml = folder.resolve(r.year() + ".yaml");
      ImportedReport other = targets.putIfAbsent(yaml, r);
      if (other != null) {
        problems.add(r.source() + " 与 " + other.source() + " 都是 " + r.year() + " 年度的年报，一次只能导入同一年度的一份。");
      }
      for (Path p : List.of(yaml, markdownOf(yaml))) {
        if (Files.exists(p)) {
          problems.add(SourcePos.display(shownRoot, p) + " 已存在（import 从不覆盖已有文件）。要导入到别处，请加 --out <文件夹>。");
        }
      }
    }
    if (!problems.isEmpty()) {
      throw UserError.refused(String.join("\n", problems) + "\n未写入任何文件。");
    }
    return targets;
  }

  private static List<Written> write(Map<Path, ImportedReport> targets, Path folder, Path shownRoot) throws UserError {
    List<Path> done = new ArrayList<>();
    List<Written> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (Map.Entry<Path, ImportedReport> t : targets.entrySet()) {
        Path yaml = t.getKey();
        Path md = markdownOf(yaml);
        writeNew(yaml, t.getValue().yaml());
        done.add(yaml);
        writeNew(md, t.getValue().markdown());
        done.add(md);
        written.add(new Written(t.getValue(), SourcePos.display(shownRoot, yaml), SourcePos.display(shownRoot, md)));
      }
      return written;
    } catch (IOException e) {
      for (Path p : done) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // The message below names the folder; a leftover is the lesser harm than hiding the cause.
        }
      }
      if (e instanceof FileAlreadyExistsException) {
        throw UserError.refused(e.getMessage() + " 已存在（import 从不覆盖已有文件）。未写入任何文件。");
      }
      throw UserError.environment("无法写入 " + SourcePos.display(shownRoot, folder) + "：" + Environment.reason(e) + "。未写入任何文件。请确认这个文件夹可以写入、磁盘还有空间，然后再运行一次。");
    }
  }

  /** Written whole to a temporary file beside it, then renamed: a reader never sees half a file. */
  private static void writeNew(Path target, String text) throws IOException {
    Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
    try {
      Files.writeString(tmp, text, StandardCharsets.UTF_8);
      Files.move(tmp, target);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static List<Finding> check(List<Written> written, Set<Path> yamls, Path source, Path out, Path shownRoot)
      throws UserError {
    Findings findings = new Findings();
    written.forEach(w -> w.report().findings().forEach(findings::add));
    Findings checked = new Findings();
    if (out == null) {
      Findings siteFindings = new Findings();
      SiteConfig site = SiteConfigLoader.load(source, siteFindings).orElse(null);
      if (site == null) {
        siteFindings.all().forEach(findings::add);
        return findings.sorted();
      }
      List<AnnualReport> all = new ReportLoader(source, site, checked).loadAll();
      Checks.reports(site, all, checked);
    } else {
      // Reports of one organ are checked together, so cross-year rules compare consecutive years.
      Map<String, List<AnnualReport>> byOrgan = new LinkedHashMap<>();
      for (Path yaml : yamls) {
        AnnualReport r = loadStandalone(yaml, shownRoot, checked);
        if (r != null) {
          byOrgan.computeIfAbsent(r.organ() == null ? "" : r.organ(), k -> new ArrayList<>()).add(r);
        }
      }
      for (List<AnnualReport> reports : byOrgan.values()) {
        AnnualReport first = reports.get(0);
        SiteConfig site = StandaloneSite.of(first.organ(), first.meta().publisher(), first.meta().indexNo());
        Checks.reports(site, reports, checked);
      }
    }
    Set<String> ours = new HashSet<>();
    written.forEach(w -> {
      ours.add(w.yaml());
      ours.add(w.markdown());
    });
    checked.all().stream().filter(f -> ours.contains(f.pos().file())).forEach(findings::add);
    return findings.sorted();
  }

  /**
   * Loading uses a site only for defaults (organ, publisher, title) that an import writes whenever the
   * document has them, so a blank one serves; the checks get the report's own ({@link StandaloneSite}).
   */
  private static AnnualReport loadStandalone(Path yaml, Path shownRoot, Findings findings) throws UserError {
    try {
      return new ReportLoader(shownRoot, StandaloneSite.of("", "", ""), findings).load(yaml);
    } catch (UnreadableFile e) {
      e.findings().forEach(findings::add);
      return null;
    }
  }

  private static Path markdownOf(Path yaml) {
    String name = yaml.getFileName().toString();
    return yaml.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".md");
  }
}
