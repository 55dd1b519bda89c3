package cn.gongkai.cli;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.UserError;
import java.io.PrintWriter;
import java.util.List;

/** Prints findings and user errors the same way for every command. */
final class Reporter {
  private Reporter() {}

  static void findings(PrintWriter out, List<Finding> findings) {
    findings.forEach(f -> out.println(f.format()));
  }

  static int fail(PrintWriter err, UserError e) {
    e.lines().forEach(err::println);
    return e.exitCode();
  }
}
