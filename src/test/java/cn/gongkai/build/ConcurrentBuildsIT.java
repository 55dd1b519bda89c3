package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.publish.Folders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three builds of one output at the same time, in three JVMs, twenty times: the lock beside the output
 * serialises them, so every one exits 0 without a stack trace and site/ is byte for byte a fresh build.
 */
class ConcurrentBuildsIT {
  static final int ROUNDS = 20;
  static final int BUILDS = 3;

  @Test
  void threeBuildsAtOnceTwentyTimes(@TempDir Path dir) throws Exception {
    SiteBuilder.build(TestSite.REPO, dir.resolve("fresh"));
    Map<String, byte[]> fresh = OutputFiles.read(dir.resolve("fresh"));
    Path out = dir.resolve("site");
    int waited = 0;
    for (int round = 1; round <= ROUNDS; round++) {
      if (round % 2 == 0) {
        Folders.delete(out); // every other round starts without a site/
      }
      List<Process> builds = new ArrayList<>();
      for (int b = 0; b < BUILDS; b++) {
        builds.add(
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"),
                    "cn.gongkai.cli.Main", "build", "--source", TestSite.REPO.toString(), "--out", out.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("build-" + round + "-" + b + ".log").toFile())
                .start());
      }
      for (int b = 0; b < BUILDS; b++) {
        Process p = builds.get(b);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "round " + round + ": build " + b + " did not end");
        String log = Files.readString(dir.resolve("build-" + round + "-" + b + ".log"), StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), "round " + round + ", build " + b + ":\n" + log);
        assertFalse(log.contains("Exception") || log.contains("\tat ") || log.contains("内部错误"), "round " + round + ":\n" + log);
        assertTrue(log.contains("已生成"), log);
        int says = log.split("另一个生成正在进行", -1).length - 1;
        assertTrue(says <= 1, "the wait is said once:\n" + log);
        waited += says;
      }
      assertNull(OutputFiles.difference(fresh, OutputFiles.read(out)), "round " + round + ": site/ differs from a fresh build");
      assertFalse(Files.exists(dir.resolve(".site.building")), "round " + round + ": staging left behind");
      assertFalse(Files.exists(dir.resolve(".site.old")), "round " + round + ": old site left behind");
    }
    System.out.printf("ConcurrentBuildsIT: %d rounds of %d builds, %d of them waited for another%n", ROUNDS, BUILDS, waited);
    assertTrue(waited > 0, "no build ever waited: the builds did not overlap, so the test proved nothing");
  }
}
