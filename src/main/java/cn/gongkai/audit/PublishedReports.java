package cn.gongkai.audit;

import cn.gongkai.diag.UserError;
import cn.gongkai.importer.ImportedReport;
import cn.gongkai.importer.ReportImporter;
import cn.gongkai.importer.Sources;
import java.nio.file.Path;
import java.util.OptionalInt;

/** The importer audit uses on real files: the file read into lines of cells, then matched to the official rows. */
public final class PublishedReports {
  private PublishedReports() {}

  /** The year is the one the report states (audit has no --year: a county's folder mixes years). */
  public static ImportedReport read(Path file, String shown) throws UserError {
    return ReportImporter.read(Sources.read(file, shown), OptionalInt.empty());
  }
}
