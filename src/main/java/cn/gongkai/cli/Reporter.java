package cn.gongkai.cli;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Report;
import cn.gongkai.diag.UserError;
import java.io.PrintWriter;
import java.util.List;

/** Prints findings and user errors the same way for every command (through {@link Report}). */
final class Reporter {
  private Reporter() {}

  /** Errors and warnings; acknowledged and 无法核对 findings listed only {@code verbose}, otherwise counted. */
  static void findings(PrintWriter out, List<Finding> findings, boolean verbose) {
    Report.findingLines(findings, verbose).forEach(out::println);
  }

  /** Prints what failed, {@code outcome} after the summary of findings, and returns the exit code. */
  static int fail(PrintWriter err, UserError e, String outcome) {
    return fail(err, e, outcome, true);
  }

  /** As {@link #fail(PrintWriter, UserError, String)}, acknowledged findings listed only {@code verbose}. */
  static int fail(PrintWriter err, UserError e, String outcome, boolean verbose) {
    Report.lines(e, outcome, verbose).forEach(err::println);
    return ExitCode.of(e).code();
  }
}
