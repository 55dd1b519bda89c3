package cn.gongkai.data;

import java.util.Locale;

/** Turns SnakeYAML's English problem descriptions into Chinese a webmaster can act on. */
final class YamlMessages {
  private YamlMessages() {}

  static String explain(String original) {
    String problem = original == null ? "" : original.lines().findFirst().orElse("").trim();
    String lower = problem.toLowerCase(Locale.ROOT);
    String chinese;
    if (lower.contains("'\\t'") || lower.contains("tab")) {
      chinese = "缩进中使用了制表符（Tab）";
    } else if (lower.contains("mapping values are not allowed")) {
      chinese = "这里不能出现冒号“:”（多半是缩进不对，或值里的冒号需要加引号）";
    } else if (lower.contains("could not find expected ':'")) {
      chinese = "找不到应有的冒号“:”（键和值之间要用英文冒号加空格分开）";
    } else if (lower.contains("found unexpected end of stream") || lower.contains("unexpected end")) {
      chinese = "文件在引号或括号结束之前就结束了（有未闭合的引号或括号）";
    } else if (lower.contains("expected ',' or ']'") || lower.contains("expected ',' or '}'")) {
      chinese = "方括号或花括号没有正确闭合（缺少“]”“}”或逗号）";
    } else if (lower.contains("bad indentation") || lower.contains("expected <block end>")) {
      chinese = "缩进不一致";
    } else if (lower.contains("duplicate")) {
      chinese = "键重复出现";
    } else if (lower.contains("found character")) {
      chinese = "出现了不能作为内容开头的字符";
    } else {
      chinese = "无法解析";
    }
    return problem.isEmpty() ? chinese : chinese + "（解析器原文：" + problem + "）";
  }

  static String hint(String original) {
    String lower = original == null ? "" : original.toLowerCase(Locale.ROOT);
    if (lower.contains("'\\t'") || lower.contains("tab")) {
      return "请把 Tab 换成空格（每级缩进两个空格）";
    }
    if (lower.contains("end of stream") || lower.contains("expected ','")) {
      return "请检查这一行及上一行的引号、方括号“[ ]”和花括号“{ }”是否成对";
    }
    return "请对照 content/reports 中的示例检查这一行及上一行的缩进和冒号";
  }
}
