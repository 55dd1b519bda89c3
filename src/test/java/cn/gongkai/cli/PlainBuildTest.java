package cn.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The build read without picocli ({@link PlainBuild}) reads its arguments exactly as picocli does. */
class PlainBuildTest {
  /** Options, values, near-misses and things picocli refuses. */
  private static final List<String> TOKENS = List.of(
      "--source", "--out", "--verbose", "--source=站点", "--out=a b", "--out=", "--verbose=true", "网站",
      "x=y", "-o", "--help", "-h", "--", "--sourc", "build", "--strict", "/tmp/out");

  /** Every argument list of up to four tokens after {@code build}. */
  @Test
  void readsEveryShortArgumentListAsPicocliDoesOrLeavesItToPicocli() {
    int plain = 0;
    int all = 0;
    for (List<String> rest : lists(4)) {
      List<String> args = new ArrayList<>(List.of("build"));
      args.addAll(rest);
      String[] argv = args.toArray(String[]::new);
      PlainBuild read = PlainBuild.of(argv);
      all++;
      if (read == null) {
        continue;
      }
      plain++;
      BuildCommand parsed;
      try {
        CommandLine cli = Main.commandLine(argv);
        CommandLine.ParseResult result = cli.parseArgs(argv);
        assertTrue(result.hasSubcommand(), args::toString);
        assertTrue(!result.subcommand().isUsageHelpRequested(), args::toString);
        parsed = (BuildCommand) result.subcommand().commandSpec().userObject();
      } catch (CommandLine.ParameterException e) {
        fail("picocli refuses " + args + " (" + e.getMessage() + ") but PlainBuild read it as " + read);
        return;
      }
      assertEquals(new PlainBuild(parsed.source.source, parsed.out, parsed.verbose.verbose), read, args::toString);
    }
    // Not vacuous: the everyday forms are read, and most lists are left to picocli.
    assertTrue(plain > 50 && plain < all / 2, plain + " of " + all);
  }

  @Test
  void theEverydayFormsAreReadAndTheRestLeftToPicocli() {
    assertEquals(new PlainBuild(Path.of("."), null, false), PlainBuild.of(new String[] {"build"}));
    assertEquals(new PlainBuild(Path.of("s"), Path.of("o"), true), PlainBuild.of(new String[] {"build", "--out", "o", "--verbose", "--source=s"}));
    assertNull(PlainBuild.of(new String[] {"build", "--help"}));
    assertNull(PlainBuild.of(new String[] {"build", "--out", "a", "--out", "b"}));
    assertNull(PlainBuild.of(new String[] {"check"}));
    assertNull(PlainBuild.of(new String[] {}));
    assertNotNull(PlainBuild.of(new String[] {"build", "--source", "a=b"}));
  }

  /** Its mistakes are still picocli's Chinese usage errors. */
  @Test
  void aMistypedBuildStillGetsPicocliUsageError() {
    var r = cn.gongkai.TestCli.run("build", "--outt", "x");
    assertEquals(ExitCode.USAGE.code(), r.code());
    assertTrue(r.err().contains("命令行参数错误"), r.err());
  }

  /** The build's closing line writes its seconds as {@code %.1f} would. */
  @Test
  void theSecondsAreWrittenAsPercentPointOneFWould() {
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < 100_000; i++) {
      double s = i < 1000 ? i / 200.0 : random.nextDouble() * (i % 2 == 0 ? 10 : 1000);
      assertEquals(String.format("%.1f", s), BuildCommand.tenths(s), () -> Double.toString(s));
    }
  }

  private static List<List<String>> lists(int maxLength) {
    List<List<String>> lists = new ArrayList<>();
    lists.add(List.of());
    List<List<String>> previous = List.of(List.of());
    for (int n = 1; n <= maxLength; n++) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> p : previous) {
        for (String t : TOKENS) {
          List<String> l = new ArrayList<>(p);
          l.add(t);
          next.add(l);
        }
      }
      lists.addAll(next);
      previous = next;
    }
    return lists;
  }
}
