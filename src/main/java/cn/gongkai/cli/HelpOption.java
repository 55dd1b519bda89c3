package cn.gongkai.cli;

import picocli.CommandLine.Option;

/** {@code -h, --help} with a Chinese description, on every command. */
final class HelpOption {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "显示本帮助并退出。")
  boolean help;
}
