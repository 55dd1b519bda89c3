package cn.gongkai.yaml;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns SnakeYAML's English problem descriptions into Chinese a webmaster can act on (never passing
 * the English on: a problem not recognised here gets a general Chinese description), and says where
 * the mistake is: for an unclosed quote or bracket that is where it was opened (SnakeYAML notices only
 * at the end of the file or on a later line), otherwise where the parser stopped.
 */
final class YamlMessages {
  private static final Pattern FOUND_CHARACTER = Pattern.compile("found character '(.+?)' that cannot start any token");

  private YamlMessages() {}

  /** {@code atContext}: point at the context mark (where the quote or bracket was opened). */
  record Explained(String what, String hint, boolean atContext) {}

  static Explained explain(String problem, String context) {
    String p = problem == null ? "" : problem.lines().findFirst().orElse("").trim();
    String lower = p.toLowerCase(Locale.ROOT);
    String ctx = context == null ? "" : context.toLowerCase(Locale.ROOT);
    if (lower.contains("\\t(tab)") || lower.contains("tab character")) {
      return new Explained("缩进中使用了制表符（Tab）", "请把 Tab 换成空格（每级缩进两个空格）", false);
    }
    if (ctx.contains("quoted scalar")) {
      if (lower.contains("unknown escape character")) {
        return new Explained("双引号中的反斜杠“\\”后面是不认识的字符", "双引号中要写反斜杠请写成“\\\\”，或改用单引号", false);
      }
      return new Explained("引号没有闭合：从这里开始的引号直到文件末尾都没有结束", "请在这一项文字的末尾补上同样的引号，或删去这个引号", true);
    }
    if (ctx.contains("flow sequence")) {
      return new Explained("方括号“[”没有闭合（缺少“]”，或各项之间缺少英文逗号）", "请检查这一行的方括号“[ ]”是否成对，数字之间是否用英文逗号“,”分开", true);
    }
    if (ctx.contains("flow mapping")) {
      return new Explained("花括号“{”没有闭合（缺少“}”，或各项之间缺少英文逗号）", "请检查这一行的花括号“{ }”是否成对，各项之间是否用英文逗号“,”分开", true);
    }
    if (lower.contains("mapping values are not allowed")) {
      return new Explained(
          "这里不能出现冒号“:”（多半是这一行的缩进多了、上一行缺少冒号，或值里的英文冒号需要加引号）", "同一级的键要左对齐，每个键后面都要有冒号；值里有英文冒号时请给整个值加引号", false);
    }
    if (lower.contains("could not find expected ':'")) {
      return new Explained("这一行缺少冒号“:”（键和值之间要用英文冒号加一个空格分开）", "请写成“键: 值”的形式", true);
    }
    if (lower.contains("expected '<document start>'")) {
      return new Explained("缩进不一致：这一行的缩进与文件开头的键不同", "最外层的键都要顶格写，不能缩进", false);
    }
    if (lower.contains("expected <block end>") || lower.contains("did not find expected key") || ctx.contains("block mapping")) {
      return new Explained("缩进不一致：这一行的缩进与上面同一级的行不同", "同一级的键要左对齐，下一级比上一级多缩进两个空格", false);
    }
    if (lower.contains("expected '-' indicator") || ctx.contains("block collection")) {
      return new Explained("列表的缩进不一致：这一行与上面的“- ”列表项没有对齐", "同一列表的各项要左对齐，都以“- ”开头", false);
    }
    Matcher ch = FOUND_CHARACTER.matcher(p);
    if (ch.find()) {
      return new Explained("出现了不能作为内容开头的字符“" + ch.group(1) + "”", "以这个字符开头的文字请整个加上引号", false);
    }
    if (lower.contains("exceeds the limit")) {
      return new Explained("YAML 部分太长，超过了 3145728 个字符的上限", "请检查这里是否误粘贴了大段文字；正文请写在信息头“---”之后", false);
    }
    if (lower.contains("base64")) {
      return new Explained("“!!binary”标记的值不是有效的 Base64 数据", "请删去“!!binary”", false);
    }
    if (lower.contains("end of stream") || lower.contains("unexpected end")) {
      return new Explained("文件在引号或括号结束之前就结束了（有未闭合的引号或括号）", "请检查引号、方括号“[ ]”和花括号“{ }”是否成对", false);
    }
    if (lower.contains("expected a field name")) {
      return new Explained("键只能是普通文字，不能是列表或键值表", "请检查这一行的写法", false);
    }
    if (lower.contains("found ','")) {
      return new Explained("列表或花括号中有一项空着（两个逗号之间、括号和逗号之间没有内容）", "没有就写 0，原表空白写 ~；多余的逗号请删去", false);
    }
    // Never the parser's English: the place, and what usually goes wrong there.
    return new Explained("这一行的写法无法识别", "请对照 content/reports 中的示例检查这一行及上一行的缩进、冒号、引号和括号", false);
  }
}
