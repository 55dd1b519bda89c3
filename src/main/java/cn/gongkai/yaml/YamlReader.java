package cn.gongkai.yaml;

import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.yaml.YNode.YList;
import cn.gongkai.yaml.YNode.YMap;
import cn.gongkai.yaml.YNode.YScalar;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads a YAML file into {@link YNode}s with positions, via Jackson's streaming parser. A syntax error
 * is an {@link UnreadableFile} with a YAML-01 finding in Chinese, with line and column; duplicate keys
 * are errors, since the second value would silently win.
 */
public final class YamlReader {
  private static final YAMLFactory FACTORY = new YAMLFactory();

  private final Path sourceRoot;
  private final ParsedTrees trees;

  public YamlReader(Path sourceRoot) {
    this(sourceRoot, ParsedTrees.NONE);
  }

  /** A reader that takes from {@code trees} what an earlier build parsed of the same text, and gives it what it parses. */
  public YamlReader(Path sourceRoot, ParsedTrees trees) {
    this.sourceRoot = sourceRoot;
    this.trees = trees;
  }

  /**
   * Sets up Jackson's YAML parser and reads a small document with it, on the calling thread: a build's
   * warm-up thread calls it while the command line is parsed, before the first file is read. Changes nothing.
   */
  public static void warmUp() {
    try {
      new YamlReader(Path.of(".")).parse("warm-up.yaml", "name: 示例镇\nlist: [1, 2]\nmap:\n  key: 值\n");
    } catch (UnreadableFile | UserError e) {
      throw new IllegalStateException("the warm-up document does not read", e);
    }
  }

  /** Reads and parses a file; an empty file gives an empty map. */
  public YNode read(Path file) throws UnreadableFile, UserError {
    String text = TextFiles.read(sourceRoot, file);
    return parse(file, text);
  }

  /** As {@link #read(Path)}, with a file that cannot be read reported to {@code findings} and empty returned. */
  public Optional<YNode> read(Path file, Findings findings) throws UserError {
    try {
      return Optional.of(read(file));
    } catch (UnreadableFile e) {
      e.findings().forEach(findings::add);
      return Optional.empty();
    }
  }

  /**
   * Parses {@code text}. Full-width punctuation where YAML needs ASCII is a YAML-01 finding per
   * character, naming it and its column. An empty place in a list ({@code [3, , 0]}, which YAML refuses,
   * or {@code [3, 0, ]}, which it would silently drop) reads as a {@link YScalar.Kind#EMPTY} item, so
   * that the reader of the list says which number is missing.
   */
  public YNode parse(Path file, String text) throws UnreadableFile, UserError {
    return parse(SourcePos.display(sourceRoot, file), text);
  }

  /** As {@link #parse(Path, String)} for a text that is not a file (an imported report): {@code shown} names it in messages. */
  public YNode parse(String shown, String text) throws UnreadableFile, UserError {
    YNode earlier = trees.earlier(shown, text);
    if (earlier != null) {
      return earlier;
    }
    YNode root = parseText(shown, text);
    trees.parsed(shown, text, root);
    return root;
  }

  private YNode parseText(String shown, String text) throws UnreadableFile, UserError {
    List<YamlSlips.Slip> slips = YamlSlips.fullWidth(text);
    if (!slips.isEmpty()) {
      throw new UnreadableFile(
          slips.stream().map(s -> Finding.of(Rule.YAML_01, new SourcePos(shown, s.line(), s.column()), "YAML 格式错误：" + s.message() + "。")).toList());
    }
    YamlSlips.Filled filled = text.indexOf('[') < 0 ? null : YamlSlips.fillFlowBlanks(text);
    if (filled == null || filled.filled().isEmpty()) {
      return parse(shown, text, null);
    }
    try {
      return parse(shown, filled.text(), filled);
    } catch (UnreadableFile e) {
      return parse(shown, text, null); // the parser's own message about the text as written
    }
  }

  private YNode parse(String shown, String text, YamlSlips.Filled filled) throws UnreadableFile, UserError {
    try (JsonParser parser = FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return new YMap(Map.of(), Map.of(), new SourcePos(shown, 1, 1));
      }
      YNode root = readValue(parser, shown, filled);
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw syntax(shown, at.getLineNr(), at.getColumnNr(), "文件中有多个 YAML 文档（“---”分隔）", "一个文件只能有一个文档，请删除多余的“---”。");
      }
      return root;
    } catch (JsonProcessingException e) {
      throw syntax(shown, e);
    } catch (IOException e) {
      throw UserError.refused(shown + ": 错误 无法读取文件（" + TextFiles.why(e) + "）。");
    }
  }

  /**
   * A syntax error at the place to fix. Jackson's own location is where its last token started, often
   * a line or more before the mistake; SnakeYAML's marks say where the problem is and, for an unclosed
   * quote or bracket, where it was opened.
   */
  private static UnreadableFile syntax(String file, JsonProcessingException e) {
    MarkedYAMLException marked = null;
    for (Throwable t = e; t != null && marked == null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof MarkedYAMLException m) {
        marked = m;
      }
    }
    if (marked == null) {
      YamlMessages.Explained x = YamlMessages.explain(e.getOriginalMessage(), "");
      JsonLocation at = e.getLocation();
      return syntax(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), x.what(), x.hint());
    }
    YamlMessages.Explained x = YamlMessages.explain(marked.getProblem(), marked.getContext());
    Mark mark = x.atContext() && marked.getContextMark() != null ? marked.getContextMark() : marked.getProblemMark();
    if (mark == null) {
      mark = marked.getContextMark();
    }
    int line = mark == null ? 0 : mark.getLine() + 1;
    int col = mark == null ? 0 : mark.getColumn() + 1;
    return syntax(file, line, col, x.what(), x.hint());
  }

  private static UnreadableFile syntax(String file, int line, int col, String what, String hint) {
    SourcePos where = line > 0 ? new SourcePos(file, line, col) : SourcePos.file(file);
    return new UnreadableFile(
        Finding.of(Rule.YAML_01, where, "YAML 格式错误：" + what + (hint.isEmpty() ? "" : "。" + hint + (hint.endsWith("。") ? "" : "。"))));
  }

  private YNode readValue(JsonParser parser, String file, YamlSlips.Filled filled) throws IOException, UnreadableFile {
    JsonToken token = parser.currentToken();
    SourcePos pos = pos(parser, file, filled);
    switch (token) {
      case START_OBJECT:
        {
          Map<String, YNode> entries = new LinkedHashMap<>();
          Map<String, SourcePos> keys = new LinkedHashMap<>();
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            SourcePos keyPos = pos(parser, file, filled);
            if (keys.containsKey(key)) {
              throw syntax(file, keyPos.line(), keyPos.column(), "键“" + key + "”重复出现（第一次在第 " + keys.get(key).line() + " 行）", "请删除或合并重复的一项");
            }
            parser.nextToken();
            keys.put(key, keyPos);
            entries.put(key, readValue(parser, file, filled));
          }
          return new YMap(entries, keys, pos);
        }
      case START_ARRAY:
        {
          List<YNode> items = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(readValue(parser, file, filled));
          }
          return new YList(items, pos);
        }
      case VALUE_NUMBER_INT:
        return new YScalar(parser.getText(), YScalar.Kind.INTEGER, pos);
      case VALUE_NUMBER_FLOAT:
        return new YScalar(parser.getText(), YScalar.Kind.DECIMAL, pos);
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new YScalar(parser.getText(), YScalar.Kind.BOOLEAN, pos);
      case VALUE_NULL:
        {
          JsonLocation at = parser.currentTokenLocation();
          boolean empty = filled != null && filled.filled().contains(at.getLineNr() + ":" + at.getColumnNr());
          return new YScalar("", empty ? YScalar.Kind.EMPTY : YScalar.Kind.NULL, pos);
        }
      default:
        return new YScalar(parser.getText(), YScalar.Kind.STRING, pos);
    }
  }

  /** Where the current token is in the file as written ({@code filled}: columns moved by the {@code ~} written in). */
  private static SourcePos pos(JsonParser parser, String file, YamlSlips.Filled filled) {
    JsonLocation at = parser.currentTokenLocation();
    int col = filled == null ? at.getColumnNr() : filled.original(at.getLineNr(), at.getColumnNr());
    return new SourcePos(file, at.getLineNr(), col);
  }
}
