package cn.gongkai.cli;

import cn.gongkai.diag.UserError;

/** The exit codes, in one place (the README's table lists them). */
public enum ExitCode {
  OK(0),
  /** The content has errors (or warnings under --strict), or the command refused to overwrite. */
  CONTENT(1),
  /** The command was called the wrong way. */
  USAGE(2),
  /** A bug: an internal error with its stack trace, for the maintainers. */
  INTERNAL(3),
  /** The computer, not the content: disk full, no permission, read-only disk, no themes/, another build. */
  ENVIRONMENT(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }

  public static ExitCode of(UserError e) {
    return switch (e.kind()) {
      case FINDINGS, REFUSED -> CONTENT;
      case USAGE -> USAGE;
      case ENVIRONMENT -> ENVIRONMENT;
    };
  }
}
