package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real small disk (a 2 MB tmpfs in a private mount namespace, {@code unshare}; as a normal user
 * {@code unshare -rm} gives the same): a build that fills it up, then the same disk read-only. Each
 * fails with exit code 4, the Chinese reason, no stack trace, and site/ as it was. Never skipped: without
 * {@code unshare} or mount rights the test fails.
 */
class RealDiskIT {
  @Test
  void aFullDiskAndThenAReadOnlyDisk(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big");
    TestSite.copyTree(TestSite.REPO.resolve("content"), big.resolve("content"));
    TestSite.copyTree(TestSite.REPO.resolve("themes"), big.resolve("themes"));
    Files.createDirectories(big.resolve("content/policy"));
    for (int i = 1; i <= 300; i++) {
      Files.writeString(
          big.resolve("content/policy/n-" + i + ".md"),
          "---\ntitle: 测试通知" + i + "\nindex_no: 006383401N/2023-" + (5000 + i) + "\npublisher: 东山镇\ngenerated: 2023-02-01\n"
              + "published: 2023-02-01\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n" + "正文。".repeat(300) + "\n");
    }
    Path mnt = Files.createDirectories(dir.resolve("disk"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java") + " -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path")
        + "' cn.gongkai.cli.Main build --out '" + mnt + "/site' --source ";
    String script = String.join("\n",
        "set -u",
        "mount -t tmpfs -o size=2m tmpfs '" + mnt + "' || exit 90",
        java + "'" + TestSite.REPO + "' > '" + dir + "/small.log' 2>&1; echo $? > '" + dir + "/small.code'",
        "cp -a '" + mnt + "/site' '" + dir + "/before'",
        java + "'" + big + "' > '" + dir + "/full.log' 2>&1; echo $? > '" + dir + "/full.code'",
        "cp -a '" + mnt + "/site' '" + dir + "/after-full'",
        "ls -a '" + mnt + "' > '" + dir + "/listing'",
        "mount -o remount,ro '" + mnt + "' || exit 91",
        java + "'" + TestSite.REPO + "' > '" + dir + "/ro.log' 2>&1; echo $? > '" + dir + "/ro.code'",
        "cp -a '" + mnt + "/site' '" + dir + "/after-ro'",
        "");
    boolean root = "0".equals(new String(new ProcessBuilder("id", "-u").start().getInputStream().readAllBytes()).trim());
    List<String> command = root ? List.of("unshare", "--mount", "sh", "-c", script) : List.of("unshare", "-rm", "sh", "-c", script);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String shell = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), "could not mount a tmpfs (unshare and mount are needed; this test is never skipped): " + shell);

    assertEquals("0", Files.readString(dir.resolve("small.code")).trim(), Files.readString(dir.resolve("small.log")));
    Map<String, byte[]> before = OutputFiles.read(dir.resolve("before"));
    SiteBuilder.build(TestSite.REPO, dir.resolve("fresh"));
    assertNull(OutputFiles.difference(OutputFiles.read(dir.resolve("fresh")), before));

    String full = Files.readString(dir.resolve("full.log"));
    assertEquals("4", Files.readString(dir.resolve("full.code")).trim(), full);
    assertTrue(full.contains("磁盘空间不足") && full.contains(mnt.toString()), full);
    assertNoStackTrace(full);
    assertNull(OutputFiles.difference(before, OutputFiles.read(dir.resolve("after-full"))), "a full disk changed site/");
    assertFalse(Files.readString(dir.resolve("listing")).contains(".site.building"), "staging left on the full disk");

    String ro = Files.readString(dir.resolve("ro.log"));
    assertEquals("4", Files.readString(dir.resolve("ro.code")).trim(), ro);
    assertTrue(ro.contains("只读") && ro.contains(mnt.toString()), ro);
    assertNoStackTrace(ro);
    assertNull(OutputFiles.difference(before, OutputFiles.read(dir.resolve("after-ro"))), "a read-only disk changed site/");
    System.out.println("RealDiskIT: full disk: " + full.lines().reduce((a, b) -> b).orElse("") + "\nRealDiskIT: read-only: " + ro.trim());
  }

  private static void assertNoStackTrace(String log) {
    assertFalse(log.contains("Exception") || log.contains("\tat ") || log.contains("内部错误"), log);
  }
}
