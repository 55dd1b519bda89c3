package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cn.gongkai.TestSite;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.UserError;
import cn.gongkai.yaml.UnreadableFile;
import cn.gongkai.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No parser English reaches the webmaster: every output of the bad-input corpus, and the YAML-01
 * message of thousands of broken variants of the report fixture (each line with a character inserted
 * or deleted at its start, after its indentation, after its colon and at its end), are searched for
 * the phrases SnakeYAML and Jackson use (“expected”, “found”, “mapping”, “while parsing”, “line 3,
 * column 5” …). Every YAML-01 finding also names its line and column.
 */
class NoParserEnglishTest {
  /** The parsers' words; the site's own ASCII (paths, rule ids, YAML keys such as “column”) does not match. */
  static final Pattern ENGLISH =
      Pattern.compile(
          "(?i)\\bexpected\\b|\\bfound\\b|\\bmapping\\b|\\bscalar\\b|while (?:parsing|scanning)|\\bline \\d|\\bcolumn \\d|\\bsequence\\b"
              + "|\\btoken\\b|\\bindicator\\b|\\bdocument\\b|\\bstream\\b|\\bunexpected\\b|not allowed|\\bcharacter\\b|\\breader\\b"
              + "|\\bsource:|exception|\\bcannot\\b|\\bcould not\\b|\\bescape\\b|\\bunknown\\b|\\binvalid\\b");

  static final String[] INSERTS = {
    ":", ",", "[", "]", "{", "}", "\"", "'", "\t", "- ", "&", "*", "!", "|", ">", "%", "@", "`", "?", "#", "：", "，", "３", "［", "\u3000", "---\n", "\\",
  };

  @Test
  void corpusOutputHasNoParserEnglish(@TempDir Path tmp) throws IOException {
    List<String> names = InvalidInputTest.cases().toList();
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      InvalidInputTest.Case c = InvalidInputTest.Case.read(name);
      Path site = tmp.resolve("s" + k); // not the case's name, whose words could be mistaken for English messages
      c.writeSite(site);
      TestSite.copyTree(TestSite.REPO.resolve("themes"), site.resolve("themes"));
      for (String command : List.of("check", "build")) {
        List<String> args = new ArrayList<>(List.of(command, "--verbose", "--source", site.toString()));
        if (command.equals("build")) {
          args.addAll(List.of("--out", tmp.resolve("o" + k).toString()));
        }
        InvalidInputTest.Run run = InvalidInputTest.run(args.toArray(String[]::new));
        assertNoEnglish(name + " (" + command + ")", run.out());
      }
    }
  }

  @Test
  void yamlErrorsOfBrokenReportsAreChineseWithLineAndColumn() throws UserError {
    String fixture = TestSite.resource("fixtures/report-2021.yaml");
    String[] lines = fixture.split("\n", -1);
    YamlReader reader = new YamlReader(Path.of("/site"));
    Path file = Path.of("/site/content/reports/2023.yaml");
    int errors = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int indent = line.length() - line.stripLeading().length();
      int colon = line.indexOf(':');
      for (int at : new int[] {0, indent, colon + 1, line.length()}) {
        if (at < 0 || at > line.length()) {
          continue;
        }
        List<String> variants = new ArrayList<>();
        for (String insert : INSERTS) {
          variants.add(line.substring(0, at) + insert + line.substring(at));
        }
        if (at < line.length()) {
          variants.add(line.substring(0, at) + line.substring(at + 1));
        }
        for (String variant : variants) {
          String[] copy = lines.clone();
          copy[i] = variant;
          String text = String.join("\n", copy);
          try {
            reader.parse(file, text);
          } catch (UnreadableFile e) {
            for (Finding f : e.findings()) {
              errors++;
              String shown = f.format();
              assertEquals(Rule.YAML_01, f.rule(), shown);
              assertTrue(f.pos().line() > 0 && f.pos().column() > 0, "no line and column: " + shown + "\n" + text);
              assertNoEnglish("line " + (i + 1) + " as “" + variant + "”", shown);
            }
          }
        }
      }
    }
    assertTrue(errors > 500, "only " + errors + " broken variants: the mutations no longer break the fixture");
  }

  static void assertNoEnglish(String what, String output) {
    for (String line : output.split("\n")) {
      Matcher m = ENGLISH.matcher(line);
      if (m.find()) {
        fail(what + ": parser English “" + m.group() + "” in\n" + line);
      }
    }
  }
}
