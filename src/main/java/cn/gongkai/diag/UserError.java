package cn.gongkai.diag;

import java.util.List;

/**
 * A mistake in the site's content or in how the tool was called: shown to the webmaster as Chinese
 * messages, never as a stack trace. The CLI maps it to an exit code.
 */
public final class UserError extends Exception {
  public static final int CONTENT = 1;
  public static final int USAGE = 2;

  private final int exitCode;
  private final List<String> lines;

  public UserError(int exitCode, List<String> lines) {
    super(String.join("\n", lines));
    this.exitCode = exitCode;
    this.lines = List.copyOf(lines);
  }

  public static UserError content(String message) {
    return new UserError(CONTENT, List.of(message));
  }

  public int exitCode() {
    return exitCode;
  }

  public List<String> lines() {
    return lines;
  }
}
