package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The published site changes only when a build has fully succeeded; a killed build changes nothing. */
class AtomicPublishIT {
  @Test
  void killDuringRenderingLeavesThePreviousSiteByteForByte(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    SiteBuilder.build(TestSite.REPO, out);
    Map<String, byte[]> before = OutputFiles.read(out);

    Path big = dir.resolve("big");
    TestSite.copyTree(TestSite.REPO.resolve("content"), big.resolve("content"));
    TestSite.copyTree(TestSite.REPO.resolve("themes"), big.resolve("themes"));
    Files.createDirectories(big.resolve("content/policy"));
    for (int i = 1; i <= 400; i++) {
      Files.writeString(
          big.resolve("content/policy/n-" + i + ".md"),
          "---\ntitle: 测试通知" + i + "\nindex_no: 006383401N/2023-" + (5000 + i) + "\npublisher: 东山镇\ngenerated: 2023-02-01\n"
              + "published: 2023-02-01\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n" + "正文。".repeat(200) + "\n");
    }
    Process build =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                "cn.gongkai.cli.Main", "build", "--source", big.toString(), "--out", out.toString())
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("build.log").toFile())
            .start();
    Path staging = dir.resolve(".site.building");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    boolean rendering = false;
    while (!rendering && build.isAlive() && System.nanoTime() < deadline) {
      rendering = Files.isDirectory(staging.resolve("policy")) && countFiles(staging.resolve("policy")) >= 5;
      Thread.sleep(10);
    }
    assertTrue(rendering, "the build never reached rendering: " + Files.readString(dir.resolve("build.log")));
    build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    assertFalse(build.isAlive());

    assertNull(OutputFiles.difference(before, OutputFiles.read(out)), "a killed build changed the published site");
    // The next build cleans up after the killed one and publishes normally.
    SiteBuilder.build(TestSite.REPO, out);
    assertFalse(Files.exists(staging));
    assertNull(OutputFiles.difference(before, OutputFiles.read(out)));
  }

  @Test
  void aPublishInterruptedBetweenItsRenamesIsRecovered(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    SiteBuilder.build(TestSite.REPO, out);
    Map<String, byte[]> before = OutputFiles.read(out);
    // What a kill between “site → .site.old” and “.site.building → site” leaves behind.
    Files.move(out, dir.resolve(".site.old"));
    assertFalse(Files.exists(out));
    TestSite.write(dir.resolve("broken"), TestSite.valid2021().replace("received:     [5, 1, 0, 0, 0, 1]", "received:     [9, 1, 0, 0, 0, 1]"));
    assertEquals(1, cn.gongkai.cli.Main.run(new String[] {"build", "--source", dir.resolve("broken").toString(), "--out", out.toString()},
        new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter())));
    // Even a build that stops on a content error first puts the previous site back.
    assertNull(OutputFiles.difference(before, OutputFiles.read(out)));
    SiteBuilder.build(TestSite.REPO, out);
    assertNull(OutputFiles.difference(before, OutputFiles.read(out)));
    assertFalse(Files.exists(dir.resolve(".site.old")));
  }

  private static long countFiles(Path folder) {
    try (Stream<Path> s = Files.walk(folder)) {
      return s.filter(Files::isRegularFile).count();
    } catch (Exception e) {
      return 0;
    }
  }
}
