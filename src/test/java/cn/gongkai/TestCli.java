package cn.gongkai;

import cn.gongkai.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line run in-process, as the webmaster would type it: exit code and what it printed. */
public final class TestCli {
  private TestCli() {}

  public record Run(int code, String out, String err) {
    public String all() {
      return out + err;
    }
  }

  public static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }
}
