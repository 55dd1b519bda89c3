package cn.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.diag.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ContentPaths: a table of hostile paths, each refused with its reason; ordinary ones resolve under content/. */
class ContentPathsTest {
  @TempDir Path dir;
  Path content;
  Path outside;

  @BeforeEach
  void site() throws IOException {
    content = Files.createDirectories(dir.resolve("site/content/reports"));
    content = content.getParent();
    Files.writeString(content.resolve("reports/2022.yaml"), "year: 2022\n");
    outside = Files.createDirectories(dir.resolve("secret"));
    Files.writeString(outside.resolve("key.txt"), "secret");
    Files.createSymbolicLink(content.resolve("out"), outside);
    Files.createSymbolicLink(content.resolve("out.yaml"), outside.resolve("key.txt"));
    Files.createSymbolicLink(content.resolve("dangling"), dir.resolve("nothing-here"));
    Files.createSymbolicLink(content.resolve("in"), content.resolve("reports"));
  }

  record Hostile(String path, String reason) {}

  static final List<Hostile> HOSTILE =
      List.of(
          new Hostile("", "是空的"),
          new Hostile("../secret/key.txt", "会走到 content/ 文件夹外面"),
          new Hostile("reports/../../secret/key.txt", "会走到 content/ 文件夹外面"),
          new Hostile("reports/..", "会走到 content/ 文件夹外面"),
          new Hostile("..", "会走到 content/ 文件夹外面"),
          new Hostile(".. /x", "会走到 content/ 文件夹外面"),
          new Hostile(".../x", "会走到 content/ 文件夹外面"),
          new Hostile(".", "不在 content/ 文件夹里"),
          new Hostile("/etc/passwd", "是绝对路径"),
          new Hostile("//server/share/x", "是绝对路径"),
          new Hostile("C:\\Windows\\win.ini", "反斜杠"),
          new Hostile("C:/Windows/win.ini", "冒号"),
          new Hostile("c:x.yaml", "冒号"),
          new Hostile("reports\\..\\..\\secret", "反斜杠"),
          new Hostile("\\\\server\\share", "反斜杠"),
          new Hostile("reports/2022.yaml:stream", "冒号"),
          new Hostile("reports/2022.yaml\0.pdf", "控制字符"),
          new Hostile("reports/a\nb.yaml", "控制字符"),
          new Hostile("%2e%2e/secret/key.txt", "会走到 content/ 文件夹外面"),
          new Hostile("..%2fsecret", "会走到 content/ 文件夹外面"),
          new Hostile("reports/%2E%2E/%2E%2E/secret", "会走到 content/ 文件夹外面"),
          new Hostile("%252e%252e%252fsecret", "会走到 content/ 文件夹外面"),
          new Hostile("%2fetc%2fpasswd", "是绝对路径"),
          new Hostile("reports%5c..%5c..%5csecret", "反斜杠"),
          new Hostile("reports/2022.yaml%00.pdf", "控制字符"),
          new Hostile("%2e%2e/%zz", "会走到 content/ 文件夹外面"),
          new Hostile("out/key.txt", "符号链接"),
          new Hostile("out/new.yaml", "符号链接"),
          new Hostile("out", "符号链接"),
          new Hostile("out.yaml", "符号链接"),
          new Hostile("dangling", "无法确认"),
          new Hostile("dangling/x.yaml", "无法确认"));

  @Test
  void hostilePathsAreRefusedWithTheirReason() {
    for (Hostile h : HOSTILE) {
      UserError e = assertThrows(UserError.class, () -> ContentPaths.inside(content, h.path()), "not refused: " + h.path());
      assertEquals(UserError.Kind.REFUSED, e.kind());
      assertTrue(e.getMessage().contains(h.reason()), h.path() + " → " + e.getMessage());
      assertTrue(e.getMessage().startsWith("拒绝：路径“"), e.getMessage());
      assertTrue(!e.getMessage().contains("\0") && !e.getMessage().contains("\n"), "the message shows no control characters");
    }
  }

  @Test
  void ordinaryPathsResolveUnderContent() throws UserError {
    Path root = content.toAbsolutePath().normalize();
    assertEquals(root.resolve("reports/2022.yaml"), ContentPaths.inside(content, "reports/2022.yaml"));
    assertEquals(root.resolve("reports/2022.yaml"), ContentPaths.inside(content, "./reports//2022.yaml"));
    assertEquals(root.resolve("reports/2023.yaml"), ContentPaths.inside(content, "reports/2023.yaml"), "a file still to be written");
    assertEquals(root.resolve("附件/2022/关于 2022 年的说明.pdf"), ContentPaths.inside(content, "附件/2022/关于 2022 年的说明.pdf"), "folders still to be made");
    assertEquals(root.resolve("reports/a%20b.pdf"), ContentPaths.inside(content, "reports/a%20b.pdf"), "the name as given, not decoded again");
    assertEquals(root.resolve("reports/v1..2.yaml"), ContentPaths.inside(content, "reports/v1..2.yaml"), "dots inside a name are fine");
    assertEquals(root.resolve("in/2022.yaml"), ContentPaths.inside(content, "in/2022.yaml"), "a link that stays inside content/");
  }

  @Test
  void missingContentFolderIsRefused() {
    UserError e = assertThrows(UserError.class, () -> ContentPaths.inside(dir.resolve("none"), "reports/2022.yaml"));
    assertTrue(e.getMessage().contains("无法确认"), e.getMessage());
  }
}
