package cn.gongkai.cli;

import picocli.CommandLine;

/** Chinese wording for picocli's parameter errors. */
final class Messages {
  private Messages() {}

  static String parameterError(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return "无法识别的参数 " + String.join(" ", u.getUnmatched());
    }
    if (ex instanceof CommandLine.MissingParameterException m) {
      return "缺少参数 " + m.getMissing().stream().map(a -> a.paramLabel()).reduce((x, y) -> x + "、" + y).orElse("");
    }
    if (ex.getCause() instanceof CommandLine.TypeConversionException || ex.getMessage().contains("Invalid value")) {
      return "参数值无效（" + ex.getMessage() + "）";
    }
    return ex.getMessage();
  }
}
