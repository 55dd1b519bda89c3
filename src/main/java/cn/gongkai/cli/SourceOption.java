package cn.gongkai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source DIR}, shared by every command. */
final class SourceOption {
  @Option(names = "--source", paramLabel = "DIR", defaultValue = ".", description = "站点源目录（含 content/ 和 themes/），默认为当前目录。")
  Path source;
}
