package cn.gongkai.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Chinese wording for picocli's parameter errors; picocli's own (English) message is never shown. */
final class Messages {
  private Messages() {}

  static String parameterError(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      String hint = suggestions.isEmpty() ? "" : "。是不是要写 " + String.join(" 或 ", suggestions) + "？";
      return "无法识别的参数 " + String.join(" ", u.getUnmatched()) + hint;
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      return "缺少 " + m.getMissing().stream().map(Messages::shown).collect(Collectors.joining("、")) + "。";
    }
    if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
      return name(o.getOverwritten()) + " 只能写一次。";
    }
    ArgSpec arg = ex.getArgSpec();
    if (arg != null && ex.getValue() != null) {
      return name(arg) + " 的值“" + ex.getValue() + "”无效：" + expected(arg.type());
    }
    if (arg != null) {
      return name(arg) + " 的写法不对，应写成 " + shown(arg) + "。";
    }
    return "参数的写法不对。";
  }

  /** {@code --column <栏目标识>} or {@code <年度>}. */
  private static String shown(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() + " " + o.paramLabel() : a.paramLabel();
  }

  private static String name(ArgSpec a) {
    return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
  }

  private static String expected(Class<?> type) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "应为整数（只写数字）。";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "这个选项不带值，只写选项本身即可。";
    }
    if (type == LocalDate.class) {
      return "应为日期，写成 2024-03-01（月和日都写两位）。";
    }
    if (type == Path.class) {
      return "不是有效的文件夹路径。";
    }
    return "请按 --help 中的说明改正。";
  }
}
