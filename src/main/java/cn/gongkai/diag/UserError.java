package cn.gongkai.diag;

import java.io.IOException;
import java.nio.file.Path;
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
    /** The command would have to overwrite something; nothing was changed. */
    REFUSED,
    /**
     * The computer, not the content or the command: a full disk, no permission, a read-only disk, a
     * missing {@code themes/} folder, another build holding the output; nothing was changed.
     */
    ENVIRONMENT
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

  /** A problem of the computer, already said in Chinese with its path and what to do. */
  public static UserError environment(String message) {
    return new UserError(Kind.ENVIRONMENT, message, List.of(), false);
  }

  /**
   * What {@code e} says about the disk, as a Chinese sentence naming the path and what to do; {@code
   * doing} is what failed, e.g. “写入输出文件”. See {@link Environment}.
   */
  public static UserError environment(String doing, Path path, IOException e) {
    return environment(Environment.describe(doing, path, e));
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
