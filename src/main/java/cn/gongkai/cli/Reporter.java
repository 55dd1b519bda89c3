package cn.gongkai.cli;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Report;
import cn.gongkai.diag.UserError;
import java.io.PrintWriter;
import java.util.List;

/** Prints findings and user errors the same way for every command (through {@link Report}). */
final class Reporter {
  private Reporter() {}

  static void findings(PrintWriter out, List<Finding> findings) {
    Report.findingLines(findings).forEach(out::println);
  }

  /** Prints what failed, {@code outcome} after the summary of findings, and returns the exit code. */
  static int fail(PrintWriter err, UserError e, String outcome) {
    Report.lines(e, outcome).forEach(err::println);
    return ExitCode.of(e).code();
  }
}
