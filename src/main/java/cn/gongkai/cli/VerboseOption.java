package cn.gongkai.cli;

import picocli.CommandLine.Option;

/** {@code --verbose}: also list the acknowledged findings and the 无法核对 notes, one line each. */
final class VerboseOption {
  @Option(names = "--verbose", description = "逐条列出已确认和无法核对的项目（默认只显示数目）。")
  boolean verbose;
}
