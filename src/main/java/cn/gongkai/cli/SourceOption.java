package cn.gongkai.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --source DIR}, shared by every command. */
final class SourceOption {
  static final String DEFAULT = ".";

  @Option(names = "--source", paramLabel = "<文件夹>", defaultValue = DEFAULT, description = "站点文件夹（里面有 content/ 和 themes/），默认是当前文件夹。")
  Path source;
}
