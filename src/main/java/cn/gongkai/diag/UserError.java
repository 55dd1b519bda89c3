package cn.gongkai.diag;

import java.util.List;

/**
 * A problem the webmaster can fix, shown as Chinese text and never as a stack trace: findings of the
 * content (each with its rule), a command used the wrong way, or a refusal such as an existing file.
 * {@link Report} prints it; the command line maps its {@link Kind} to an exit code.
 */
public final class UserError extends Exception {
  /** What went wrong, which decides the exit code. */
  public enum Kind {
    /** The content has errors (or, in strict mode, warnings): the findings say which. */
    FINDINGS,
    /** The command was called the wrong way (an option, a folder, a year). */
    USAGE,
    /** The command would have to overwrite or could not write something; nothing was changed. */
    REFUSED
  }

  private final Kind kind;
  private final List<Finding> findings;
  private final boolean strict;

  private UserError(Kind kind, String message, List<Finding> findings, boolean strict) {
    super(message);
    this.kind = kind;
    this.findings = List.copyOf(findings);
    this.strict = strict;
  }

  /** The run stops on these findings; {@code strict} when warnings made it fail. */
  public static UserError findings(Findings findings, boolean strict) {
    return new UserError(Kind.FINDINGS, findings.summary(), findings.sorted(), strict);
  }

  public static UserError usage(String message) {
    return new UserError(Kind.USAGE, message, List.of(), false);
  }

  public static UserError refused(String message) {
    return new UserError(Kind.REFUSED, message, List.of(), false);
  }

  public Kind kind() {
    return kind;
  }

  /** In order, for {@link Kind#FINDINGS}; empty otherwise. */
  public List<Finding> findings() {
    return findings;
  }

  /** Whether warnings failed the run because of {@code --strict}. */
  public boolean strict() {
    return strict;
  }
}
