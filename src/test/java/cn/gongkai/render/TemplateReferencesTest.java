package cn.gongkai.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The templates the warm-up compiles for item pages: the item template and everything it names, at any depth. */
class TemplateReferencesTest {
  @Test
  void theItemTemplateWithItsLayoutAndComponents() throws Exception {
    List<String> names = JBakeRenderer.withReferenced(Path.of("themes/default/templates").toAbsolutePath(), "item.peb", StandardCharsets.UTF_8);
    assertEquals("item.peb", names.get(0));
    for (String expected : List.of("layout.peb", "components/doc-meta.peb", "components/breadcrumb.peb", "components/page-qr.peb", "components/poster.peb")) {
      assertEquals(true, names.contains(expected), expected + " in " + names);
    }
    assertEquals(names.size(), names.stream().distinct().count(), "each once: " + names);
  }

  @Test
  void cyclesMissingFilesAndEveryKindOfTag(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.peb"), "{% extends \"b.peb\" %}{%- import \"c.peb\" %}{%include   \"gone.peb\" with {} %}");
    Files.writeString(dir.resolve("b.peb"), "{% include \"a.peb\" %}");
    Files.writeString(dir.resolve("c.peb"), "{{ \"include \\\"no.peb\\\"\" }}");
    assertEquals(List.of("a.peb", "b.peb", "c.peb"), JBakeRenderer.withReferenced(dir, "a.peb", StandardCharsets.UTF_8));
    assertEquals(List.of(), JBakeRenderer.withReferenced(dir, "none.peb", StandardCharsets.UTF_8));
  }
}
