package cn.gongkai.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every {@code --help} and every command-line error a webmaster can meet is in Chinese: apart from the
 * names of commands and options (taken from the picocli model, so a new option is covered) and a few
 * file, folder and product names, no Latin word appears. picocli's own English texts (“Usage:”,
 * “Commands:”, “Show this help message and exit.”, “Unknown option”, “Missing required parameter”) must not.
 */
class ChineseHelpTest {
  /** Names of files, folders and programs that the texts may show as they are. */
  static final Set<String> NAMES = Set.of("gongkai", "target", "cmd", "Windows", "content", "themes", "site", "columns", "yaml", "md", "policy", "http", "Ctrl", "C",
      "reports", "html", "txt", "docx", "Word", "PDF", "Excel", "id");

  static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z-]*");

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  static Set<String> allowed() {
    Set<String> words = new TreeSet<>(NAMES);
    CommandLine cli = Main.commandLine();
    List<CommandLine> all = new ArrayList<>(List.of(cli));
    all.addAll(cli.getSubcommands().values());
    for (CommandLine c : all) {
      words.add(c.getCommandName());
      for (CommandLine.Model.OptionSpec o : c.getCommandSpec().options()) {
        for (String n : o.names()) {
          words.add(n.replaceFirst("^-+", ""));
        }
      }
    }
    return words;
  }

  static List<String> englishWords(String text, String... echoed) {
    Set<String> allowed = allowed();
    // What the webmaster typed may be quoted back.
    for (String e : echoed) {
      Matcher w = WORD.matcher(e);
      while (w.find()) {
        allowed.add(w.group());
      }
    }
    List<String> found = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      // "-hV" is the short options -h and -V; a word inside an option like "--port" is the option's name.
      if (!allowed.contains(w) && !(w.matches("[hV]+"))) {
        found.add(w);
      }
    }
    return found;
  }

  static Stream<String> commands() {
    return Stream.concat(Stream.of(""), Main.commandLine().getSubcommands().keySet().stream());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void helpIsChinese(String command) {
    Run r = command.isEmpty() ? run("--help") : run(command, "--help");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().startsWith("用法：gongkai"), r.out());
    assertTrue(r.out().contains("显示本帮助并退出。"), r.out());
    assertEquals(List.of(), englishWords(r.out() + r.err()), r.out());
    assertTrue(r.out().lines().noneMatch(l -> ChineseHelp.width(l) > ChineseHelp.WIDTH), "a line wider than the terminal:\n" + r.out());
  }

  @Test
  void mainHelpListsCommandsAndVersion() {
    Run r = run("--help");
    assertTrue(r.out().contains("\n命令：\n") && r.out().contains("\n选项：\n"), r.out());
    assertTrue(r.out().contains("-V, --version  显示版本号并退出。"), r.out());
  }

  /** Descriptions start in the same terminal column, though {@code <文件夹>} is wider than its characters. */
  @Test
  void optionDescriptionsLineUpOnAChineseTerminal() {
    Run r = run("build", "--help");
    List<Integer> starts =
        r.out().lines().filter(l -> l.startsWith("  -")).map(l -> ChineseHelp.width(l.substring(0, l.indexOf("  ", 8)).stripTrailing()) + (l.substring(l.indexOf("  ", 8)).length() - l.substring(l.indexOf("  ", 8)).stripLeading().length())).toList();
    assertEquals(1, starts.stream().distinct().count(), r.out());
  }

  static Stream<String> badInvocations() {
    return Stream.of(
        "--bogus",
        "biuld",
        "build --sauce .",
        "build --out",
        "check --strict=maybe",
        "new-report",
        "new-report abc",
        "new-report 2023 2024",
        "new-item --title 通知",
        "new-item --column policy --title 通知 --date 2024-1-1",
        "serve --port abc",
        "serve --port 1 --port 2");
  }

  @ParameterizedTest
  @MethodSource("badInvocations")
  void parseErrorsAreChinese(String invocation) {
    Run r = run(invocation.split(" "));
    assertEquals(2, r.code(), r.err());
    assertTrue(r.err().startsWith("命令行参数错误："), r.err());
    assertEquals(List.of(), englishWords(r.out() + r.err(), invocation), r.err());
  }

  @Test
  void parseErrorsSayWhatIsWrong() {
    assertTrue(run("new-report").err().contains("缺少 <年度>。"));
    assertTrue(run("new-item", "--title", "通知").err().contains("缺少 --column <栏目标识>。"));
    assertTrue(run("serve", "--port", "abc").err().contains("--port 的值“abc”无效：应为整数"));
    assertTrue(run("serve", "--port", "1", "--port", "2").err().contains("--port 只能写一次。"));
    assertTrue(run("biuld").err().contains("是不是要写 build？"));
    assertTrue(run("new-item", "--column", "policy", "--title", "通知", "--date", "2024-1-1").err().contains("写成 2024-03-01"));
  }
}
