package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.cli.Main;
import cn.gongkai.diag.Environment;
import cn.gongkai.publish.Folders;
import cn.gongkai.publish.OutputLock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Problems of the computer, not the content (README, 退出码 4): a Chinese message naming the path and
 * what to do, exit code 4, no stack trace, and the published site unchanged.
 */
class EnvironmentErrorTest {
  record Run(int code, String out, String err) {
    String all() {
      return out + err;
    }
  }

  static Run build(Path source, Path out) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Main.run(new String[] {"build", "--source", source.toString(), "--out", out.toString()}, new PrintWriter(o), new PrintWriter(e));
    return new Run(code, o.toString(), e.toString());
  }

  static void assertNoStackTrace(Run r) {
    assertFalse(r.all().contains("Exception"), r.all());
    assertFalse(r.all().contains("\tat "), r.all());
    assertFalse(r.all().contains("内部错误"), r.all());
  }

  @Test
  void aDiskThatFillsUpDuringRenderingIsExitCode4AndLeavesTheSite(@TempDir Path dir) throws Exception {
    Path src = TestSite.copyOfRepoSite(dir.resolve("src"));
    Path out = dir.resolve("site");
    assertEquals(0, build(src, out).code());
    Map<String, byte[]> before = OutputFiles.read(out);
    for (int allowed : new int[] {0, 3, 15}) {
      System.setProperty("gongkai.test.diskFullAfter", Integer.toString(allowed));
      Run r;
      try {
        // Without the build cache every page is rendered again, so the disk fills while pages are written.
        cn.gongkai.publish.Folders.delete(src.resolve("target/gongkai-cache"));
        r = build(src, out);
      } finally {
        System.clearProperty("gongkai.test.diskFullAfter");
      }
      assertEquals(4, r.code(), r.all());
      assertTrue(r.err().contains("磁盘空间不足"), r.err());
      assertTrue(r.err().contains(dir.resolve(".site.building").toString()), "names the path: " + r.err());
      assertTrue(r.err().contains("腾出空间后再运行一次"), r.err());
      assertNoStackTrace(r);
      assertNull(OutputFiles.difference(before, OutputFiles.read(out)), "a failed build changed site/");
      assertFalse(Files.exists(dir.resolve(".site.building")), "staging left behind");
    }
    assertEquals(0, build(src, out).code());
    assertNull(OutputFiles.difference(before, OutputFiles.read(out)));
  }

  @Test
  void aMissingThemesFolderIsExitCode4AndLeavesTheSite(@TempDir Path dir) throws Exception {
    Path site = dir.resolve("town");
    TestSite.write(site, TestSite.valid2021());
    Path out = site.resolve("site");
    assertEquals(0, build(site, out).code());
    Map<String, byte[]> before = OutputFiles.read(out);
    Folders.delete(site.resolve("themes"));
    Run r = build(site, out);
    assertEquals(4, r.code(), r.all());
    assertTrue(r.err().contains("找不到页面模板文件夹 " + site.resolve("themes/default/templates")), r.err());
    assertTrue(r.err().contains("把 themes/ 复制到站点文件夹中"), r.err());
    assertNoStackTrace(r);
    assertNull(OutputFiles.difference(before, OutputFiles.read(out)));
  }

  @Test
  void aSecondBuildWaitsForTheFirstSayingSoOnce(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    CompletableFuture<Run> second;
    try (OutputLock held = OutputLock.acquire(out, m -> {})) {
      second = CompletableFuture.supplyAsync(() -> build(TestSite.REPO, out));
      Thread.sleep(1500);
      assertFalse(second.isDone(), "the second build did not wait");
      assertFalse(Files.exists(out), "the second build wrote while the first held the lock");
    }
    Run r = second.get();
    assertEquals(0, r.code(), r.all());
    assertEquals(1, r.err().split("另一个生成正在进行", -1).length - 1, r.err());
    assertTrue(r.err().contains("另一个生成正在进行（输出文件夹 " + out + "），等待它结束……"), r.err());
    assertTrue(Files.isRegularFile(dir.resolve(".site.lock")), "the lock file is beside site/");
    assertFalse(Files.exists(out.resolve(".site.lock")));
    assertNoStackTrace(r);
  }

  @Test
  void aBuildThatWaitsTooLongStopsWithExitCode4(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    assertEquals(0, build(TestSite.REPO, out).code());
    Map<String, byte[]> before = OutputFiles.read(out);
    System.setProperty(OutputLock.TIMEOUT_PROPERTY, "1");
    Run r;
    try (OutputLock held = OutputLock.acquire(out, m -> {})) {
      r = build(TestSite.REPO, out);
    } finally {
      System.clearProperty(OutputLock.TIMEOUT_PROPERTY);
    }
    assertEquals(4, r.code(), r.all());
    assertTrue(r.err().contains("另一个生成正在进行"), r.err());
    assertTrue(r.err().contains("已经等了 1 秒还没有结束，本次没有生成，原来的网站没有改动"), r.err());
    assertNoStackTrace(r);
    assertNull(OutputFiles.difference(before, OutputFiles.read(out)));
  }

  @Test
  void theCauseIsReadFromTheExceptionAndItsSystemText() {
    assertEquals(Environment.Cause.DISK_FULL, Environment.cause(new FileSystemException("/x", null, "No space left on device")));
    assertEquals(Environment.Cause.DISK_FULL, Environment.cause(new IOException("No space left on device")));
    assertEquals(Environment.Cause.DISK_FULL, Environment.cause(new IOException("There is not enough space on the disk")));
    assertEquals(Environment.Cause.DISK_FULL, Environment.cause(new IOException("磁盘空间不足。")));
    assertEquals(Environment.Cause.READ_ONLY, Environment.cause(new FileSystemException("/x", null, "Read-only file system")));
    assertEquals(Environment.Cause.READ_ONLY, Environment.cause(new FileSystemException("E:\\x", null, "The media is write protected.")));
    assertEquals(Environment.Cause.ACCESS_DENIED, Environment.cause(new AccessDeniedException("/x")));
    assertEquals(Environment.Cause.ACCESS_DENIED, Environment.cause(new FileSystemException("C:\\x", null, "Access is denied")));
    assertEquals(Environment.Cause.MISSING, Environment.cause(new NoSuchFileException("/x")));
    assertEquals(Environment.Cause.OTHER, Environment.cause(new IOException("Input/output error")));
    String m = Environment.describe("写入页面", Path.of("/out"), new AccessDeniedException("/out/index.html"));
    assertTrue(m.startsWith("无法写入页面 /out/index.html：没有写入权限"), m);
  }

  /** Read errors and the scaffolding commands say the cause in Chinese, never the system's English text. */
  @Test
  void theReasonAloneIsChinese() {
    assertEquals("磁盘空间不足", Environment.reason(new IOException("No space left on device")));
    assertEquals("没有访问权限，或文件正被其他程序占用", Environment.reason(new AccessDeniedException("/x")));
    assertEquals("磁盘是只读的", Environment.reason(new FileSystemException("/x", null, "Read-only file system")));
    assertEquals("磁盘操作失败", Environment.reason(new IOException("Input/output error")));
  }
}
