package cn.gongkai.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.gongkai.yaml.YNode;
import cn.gongkai.yaml.YamlReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link YamlTrees}: a tree is offered again only for the same file name and the same text, and a damaged file offers none. */
class YamlTreesTest {
  @TempDir Path source;

  private static final String TEXT = "name: 示例镇\nlist: [1, ~, 2.5, true]\nmap:\n  key: 值\n  empty:\n";

  private YNode parse(YamlTrees trees, String shown, String text) throws Exception {
    return new YamlReader(source, trees).parse(shown, text);
  }

  @Test
  void theSameNameAndTextGiveTheSameTreeAndAnythingElseIsParsedAgain() throws Exception {
    YamlTrees first = YamlTrees.open(source);
    YNode parsed = parse(first, "content/site.yaml", TEXT);
    first.save();
    YamlTrees second = YamlTrees.open(source);
    assertEquals(parsed.toString(), second.earlier("content/site.yaml", TEXT).toString());
    assertNull(second.earlier("content/site.yaml", TEXT + "x: 1\n"), "another text");
    assertNull(second.earlier("content/other.yaml", TEXT), "another file");
    assertEquals(1, second.reusedCount());
  }

  @Test
  void aTextThatDoesNotParseIsNeverKept() throws Exception {
    YamlTrees first = YamlTrees.open(source);
    String broken = "name: [1, 2\n";
    org.junit.jupiter.api.Assertions.assertThrows(cn.gongkai.yaml.UnreadableFile.class, () -> parse(first, "content/site.yaml", broken));
    first.save();
    assertNull(YamlTrees.open(source).earlier("content/site.yaml", broken));
  }

  @Test
  void aDamagedFileOffersNothingAndLeavesNoTemporaryFile() throws Exception {
    YamlTrees first = YamlTrees.open(source);
    parse(first, "content/site.yaml", TEXT);
    first.save();
    Path file = source.resolve("target/gongkai-cache/yaml.trees");
    byte[] good = Files.readAllBytes(file);
    assertNotNull(YamlTrees.open(source).earlier("content/site.yaml", TEXT));
    for (int i = 0; i < good.length; i += Math.max(1, good.length / 40)) {
      byte[] bad = good.clone();
      bad[i] ^= 0x01;
      Files.write(file, bad);
      assertNull(YamlTrees.open(source).earlier("content/site.yaml", TEXT), "byte " + i + " flipped");
    }
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertEquals(List.of("yaml.trees"), left.map(p -> p.getFileName().toString()).toList());
    }
  }
}
