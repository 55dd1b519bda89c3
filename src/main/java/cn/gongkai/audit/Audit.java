package cn.gongkai.audit;

import cn.gongkai.check.Checks;
import cn.gongkai.config.SiteConfig;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.importer.ImportedReport;
import cn.gongkai.importer.StandaloneSite;
import cn.gongkai.report.AnnualReport;
import cn.gongkai.report.ReportLoader;
import cn.gongkai.yaml.UnreadableFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code gongkai audit}: published reports imported in memory, every report check run on each, the
 * cross-year rules (X-01, T2-02, SIM-01) between consecutive years of the same organ. Nothing is written
 * anywhere; a file that cannot be imported becomes a row with its reason and the run goes on.
 */
public final class Audit {
  /** The files a folder is searched for (case does not matter). */
  public static final List<String> EXTENSIONS = List.of(".html", ".htm", ".txt", ".md", ".docx", ".pdf");

  /** Reads one published report; a file that is no report (or cannot be read) is a {@link UserError} whose message says why. */
  @FunctionalInterface
  public interface Importer {
    ImportedReport read(Path file, String shown) throws UserError;
  }

  private Audit() {}

  /**
   * The report files of {@code inputs}: a file as given, a folder walked (links not followed) for
   * {@link #EXTENSIONS}, leaving out hidden files, Word's lock files (“~$”) and {@code skip} (the
   * audit's own output); sorted by path, each once. A path that does not exist is a usage error.
   */
  public static List<Path> files(List<Path> inputs, Set<Path> skip) throws UserError {
    Set<Path> skipped = new LinkedHashSet<>();
    skip.forEach(p -> skipped.add(p.toAbsolutePath().normalize()));
    Set<Path> out = new LinkedHashSet<>();
    for (Path input : inputs) {
      if (Files.isRegularFile(input)) {
        out.add(input.toAbsolutePath().normalize());
      } else if (Files.isDirectory(input)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(input)) {
          found =
              walk.filter(Files::isRegularFile).filter(Audit::isReportFile).filter(p -> !isOwnPage(p))
                  .map(p -> p.toAbsolutePath().normalize()).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
          throw UserError.environment("无法读取文件夹 " + input + "：" + reason(e) + "。请确认这个文件夹可以打开，然后再运行一次。");
        }
        out.addAll(found);
      } else {
        throw UserError.usage("找不到文件或文件夹“" + input + "”。请检查路径（含空格的路径要加引号）。");
      }
    }
    out.removeAll(skipped);
    List<Path> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.naturalOrder());
    return sorted;
  }

  private static String reason(Exception e) {
    IOException io = e instanceof IOException i ? i : ((java.io.UncheckedIOException) e).getCause();
    return cn.gongkai.diag.Environment.reason(io);
  }

  /** An audit page saved earlier in the folder (its head carries {@link AuditPage#GENERATOR}). */
  static boolean isOwnPage(Path p) {
    if (!p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.html?")) {
      return false;
    }
    try (java.io.InputStream in = Files.newInputStream(p)) {
      String head = new String(in.readNBytes(1024), java.nio.charset.StandardCharsets.UTF_8);
      return head.contains(AuditPage.GENERATOR);
    } catch (IOException e) {
      return false; // unreadable: the importer will say so
    }
  }

  static boolean isReportFile(Path p) {
    String name = p.getFileName().toString();
    if (name.startsWith(".") || name.startsWith("~$")) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /** How a file is named in the audit's output: relative to the current folder when inside it. */
  public static String shown(Path file) {
    return SourcePos.display(Path.of(""), file);
  }

  /**
   * Imports and checks every file. {@code site}, when given (a site's {@code content/site.yaml}), is
   * the one every 索引号 is checked against; otherwise each report is checked against a site made from
   * itself ({@link #siteOf}), so META-01 checks the 索引号's form but cannot say whose code it is.
   */
  public static List<Audited> run(List<Path> files, Optional<SiteConfig> site, Importer importer) throws UserError {
    List<Loaded> loaded = new ArrayList<>();
    List<Audited> failed = new ArrayList<>();
    for (Path file : files) {
      String shown = shown(file);
      try {
        ImportedReport imported = importer.read(file, shown);
        loaded.add(load(shown, imported, site));
      } catch (UserError e) {
        if (e.kind() == UserError.Kind.USAGE) {
          throw e;
        }
        failed.add(Audited.failure(shown, firstLine(e)));
      } catch (RuntimeException e) {
        // a defect of the importer must not stop a county's batch: this file is listed, the rest are checked
        failed.add(Audited.failure(shown, "程序内部错误（不是文件的问题），请把这个文件发给维护人员：" + e));
      }
    }
    checkAcrossYears(loaded, site);
    List<Audited> out = new ArrayList<>(failed);
    for (Loaded l : loaded) {
      out.add(l.audited());
    }
    out.sort(Comparator.comparing(Audited::file));
    return out;
  }

  private static String firstLine(UserError e) {
    String m = e.getMessage() == null ? "" : e.getMessage().strip();
    if (e.kind() == UserError.Kind.FINDINGS && !e.findings().isEmpty()) {
      m = e.findings().get(0).format();
    }
    return m.isEmpty() ? "无法导入。" : m;
  }

  /** One imported report on its way through the checks; {@code report} empty when its texts could not be read. */
  private static final class Loaded {
    final String shown;
    final ImportedReport imported;
    final Optional<AnnualReport> report;
    final List<Finding> findings = new ArrayList<>();

    Loaded(String shown, ImportedReport imported, Optional<AnnualReport> report) {
      this.shown = shown;
      this.imported = imported;
      this.report = report;
    }

    /**
     * Which reports belong together: the organ (spaces removed); without one, the unit code of the
     * 索引号 (“unit:” + code); without either, empty — nothing says whose report it is.
     */
    String groupKey() {
      String organ = report.map(AnnualReport::organ).orElse("").replaceAll("\\s+", "");
      if (!organ.isEmpty()) {
        return organ;
      }
      String indexNo = report.map(r -> r.meta().indexNo()).orElse("");
      int slash = indexNo.indexOf('/');
      return slash > 0 ? "unit:" + indexNo.substring(0, slash).strip() : "";
    }

    Audited audited() {
      Findings sorted = new Findings();
      sorted.replaceAll(findings);
      return new Audited(
          shown, report.map(AnnualReport::organ).orElse(""), imported.year(), imported.format() == null ? "" : imported.format().id(),
          imported.tally().toVerify(), sorted.sorted(), "");
    }
  }

  /** The texts an import made, loaded as {@code <file>#<year>.yaml} / {@code .md} (the names messages show). */
  private static Loaded load(String shown, ImportedReport imported, Optional<SiteConfig> site) throws UserError {
    Findings findings = new Findings();
    imported.findings().forEach(findings::add);
    String yamlName = shown + "#" + imported.year() + ".yaml";
    String mdName = shown + "#" + imported.year() + ".md";
    SiteConfig loading = site.orElse(blankSite());
    Optional<AnnualReport> report;
    try {
      report = Optional.of(new ReportLoader(Path.of(""), loading, findings).load(yamlName, imported.yaml(), mdName, imported.markdown()));
    } catch (UnreadableFile e) {
      e.findings().forEach(findings::add);
      report = Optional.empty();
    }
    Loaded l = new Loaded(shown, imported, report);
    l.findings.addAll(withoutPageHeader(yamlName, findings.all()));
    return l;
  }

  private static final Pattern MISSING_KEY = Pattern.compile(".*缺少必填项“([a-z_]+)”（([^）]+)）.*");

  /**
   * The 信息头 (索引号, 生成日期 …) belongs to the page that publishes the report, not to the report: a
   * PDF or Word file never has it, and a page saved or copied without its frame loses it. Its absence
   * is therefore not an error of the report under audit: the missing items are one 无法核对 line
   * instead of one error each (import, which writes them into a site, still requires them).
   */
  private static List<Finding> withoutPageHeader(String yamlName, List<Finding> findings) {
    List<Finding> kept = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    SourcePos at = null;
    for (Finding f : findings) {
      Matcher m = MISSING_KEY.matcher(f.message());
      if (f.rule() == Rule.FMT_03 && m.matches() && !m.group(1).equals("year")) {
        missing.add(m.group(2));
        at = at == null ? f.pos() : at;
      } else {
        kept.add(f);
      }
    }
    if (!missing.isEmpty()) {
      kept.add(
          Finding.unverified(
              Rule.FMT_03, at, "原文件中没有信息头里的这几项（它们通常在发布年报的网页上，不在年报正文里），无法核对（导入到站点时须填写）：" + String.join("、", missing) + "。", yamlName));
    }
    return kept;
  }

  /**
   * Checks each report alone or, when its organ has a report of the year before, together with that
   * report; only the findings about the report itself are kept (the year before is checked in its
   * own turn). Same organ: the organ names equal once spaces are removed, or, for reports that do not
   * name their organ, the same unit code in the 索引号.
   */
  private static void checkAcrossYears(List<Loaded> loaded, Optional<SiteConfig> site) {
    Map<String, List<Loaded>> byOrgan = new LinkedHashMap<>();
    for (Loaded l : loaded) {
      if (l.report.isPresent()) {
        // without an organ nothing says which reports belong together: such a report stands alone
        String key = l.groupKey().isEmpty() ? "\u0000" + l.shown : l.groupKey();
        byOrgan.computeIfAbsent(key, k -> new ArrayList<>()).add(l);
      }
    }
    for (List<Loaded> group : byOrgan.values()) {
      for (Loaded l : group) {
        AnnualReport r = l.report.get();
        Optional<AnnualReport> previous =
            group.stream().map(x -> x.report.get()).filter(p -> p.year() == r.year() - 1).findFirst();
        List<AnnualReport> checked = previous.isPresent() ? List.of(previous.get(), r) : List.of(r);
        Findings found = new Findings();
        Checks.reports(site.orElse(siteOf(r)), checked, found);
        Set<String> own = Set.of(r.files().yaml(), r.files().markdown());
        for (Finding f : found.all()) {
          if (own.contains(f.subject()) || own.contains(f.pos().file())) {
            l.findings.add(f);
          }
        }
      }
    }
  }

  /** Loading needs a site only for defaults the imported texts always fill in (organ, publisher). */
  private static SiteConfig blankSite() {
    return StandaloneSite.of("", "", "");
  }

  /**
   * A site made from the report itself: its organ and publisher, and as unit code the part of its own
   * 索引号 before “/” (so META-01 checks the form, the year and placeholder codes, not whose code it is).
   */
  static SiteConfig siteOf(AnnualReport r) {
    return StandaloneSite.of(r.organ(), r.meta().publisher(), r.meta().indexNo());
  }
}
