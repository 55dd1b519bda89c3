package cn.gongkai.cli;

import cn.gongkai.diag.TerminalWidth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The option and parameter lists of {@code --help}, aligned for a terminal that shows a Chinese character
 * two columns wide. picocli pads by characters, so {@code --out=<文件夹>} pushed its description three
 * columns to the right of the others; this renderer pads and wraps by display width.
 */
final class ChineseHelp {
  static final int WIDTH = 80;
  private static final String NO_LINE_START = "，。、；：？！）》」』】”’";

  private ChineseHelp() {}

  /** Installs the renderers on {@code cli} and all its subcommands. */
  static void install(CommandLine cli) {
    cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_SYNOPSIS, ChineseHelp::synopsis);
    cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> options(help.commandSpec()));
    cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, help -> parameters(help.commandSpec()));
    cli.getSubcommands().values().forEach(ChineseHelp::install);
  }

  /** picocli's synopsis, wrapped only between its words (it broke {@code <文件夹>} in two). */
  static String synopsis(CommandLine.Help help) {
    CommandLine.Model.UsageMessageSpec usage = help.commandSpec().usageMessage();
    int width = usage.width();
    String one;
    try {
      usage.width(1000);
      one = help.synopsis(0).strip();
    } finally {
      usage.width(width);
    }
    String heading = help.synopsisHeading();
    int start = width(heading.substring(heading.lastIndexOf('\n') + 1));
    String command = help.commandSpec().qualifiedName() + " ";
    int indent = start + width(command);
    StringBuilder out = new StringBuilder(command);
    int used = indent;
    boolean first = true;
    for (String word : one.substring(Math.min(one.length(), command.length())).split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (!first && used + 1 + width(word) > WIDTH) {
        out.append('\n').append(" ".repeat(indent));
        used = indent;
      } else if (!first) {
        out.append(' ');
        used++;
      }
      out.append(word);
      used += width(word);
      first = false;
    }
    return out.append('\n').toString();
  }

  static String options(CommandLine.Model.CommandSpec spec) {
    List<OptionSpec> shown = new ArrayList<>(spec.options().stream().filter(o -> !o.hidden()).toList());
    shown.sort(Comparator.comparing(o -> o.shortestName().replaceFirst("^-+", "").toLowerCase(java.util.Locale.ROOT)));
    List<String[]> rows = new ArrayList<>();
    for (OptionSpec o : shown) {
      List<String> shortNames = new ArrayList<>();
      List<String> longNames = new ArrayList<>();
      for (String n : o.names()) {
        (n.startsWith("--") ? longNames : shortNames).add(n);
      }
      List<String> names = new ArrayList<>(shortNames);
      names.addAll(longNames);
      String left = (shortNames.isEmpty() ? "      " : "  ") + String.join(", ", names) + (o.arity().max() > 0 ? "=" + o.paramLabel() : "");
      rows.add(new String[] {left, description(o)});
    }
    return table(rows);
  }

  static String parameters(CommandLine.Model.CommandSpec spec) {
    List<String[]> rows = new ArrayList<>();
    for (PositionalParamSpec p : spec.positionalParameters()) {
      if (!p.hidden()) {
        rows.add(new String[] {"      " + p.paramLabel(), description(p)});
      }
    }
    return table(rows);
  }

  private static String description(ArgSpec a) {
    return String.join(" ", a.description());
  }

  private static String table(List<String[]> rows) {
    if (rows.isEmpty()) {
      return "";
    }
    int column = Math.min(32, rows.stream().mapToInt(r -> width(r[0])).max().orElse(0) + 2);
    StringBuilder out = new StringBuilder();
    for (String[] r : rows) {
      out.append(r[0]);
      int used = width(r[0]);
      List<String> lines = wrap(r[1], WIDTH - column);
      if (used + 1 > column) {
        out.append('\n');
        used = 0;
      }
      for (String line : lines) {
        out.append(" ".repeat(column - used)).append(line).append('\n');
        used = 0;
      }
      if (lines.isEmpty()) {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /** Splits {@code text} into lines of at most {@code max} columns, between Chinese characters or at spaces. */
  static List<String> wrap(String text, int max) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      if (!TerminalWidth.wide(cp) && cp != ' ') {
        while (end < text.length() && !TerminalWidth.wide(text.codePointAt(end)) && text.charAt(end) != ' ') {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      String token = text.substring(i, end);
      if (!tokens.isEmpty() && NO_LINE_START.indexOf(token.charAt(0)) >= 0) {
        tokens.set(tokens.size() - 1, tokens.get(tokens.size() - 1) + token);
      } else {
        tokens.add(token);
      }
      i = end;
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String t : tokens) {
      if (line.length() > 0 && width(line.toString()) + width(t) > max) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        if (t.equals(" ")) {
          continue;
        }
      }
      line.append(t);
    }
    if (line.length() > 0) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }

  /** Columns the text takes in a terminal: two for a Chinese character or full-width sign. */
  static int width(String s) {
    return TerminalWidth.of(s);
  }
}
