package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} of a build at random moments while it publishes over a previous build (the journal written,
 * files being moved in and removed): the next run — even one that stops on a content error — first carries
 * the journal out, so the site is then exactly a fresh build of what the killed build was publishing.
 * The build in the child JVM pauses 2 ms after each journal operation ({@code gongkai.test.publishPauseMs}),
 * so that its publish lasts long enough to be hit at a random point.
 */
class KillDuringPublishIT {
  static final int RUNS = 12;

  @Test
  void aBuildKilledWhilePublishingIsFinishedByTheNextRun(@TempDir Path dir) throws Exception {
    Random random = new Random(Long.getLong("kill.seed", 20261201L));
    Path src = dir.resolve("src");
    TestSite.copyOfRepoSite(src);
    Path broken = dir.resolve("broken");
    TestSite.write(broken, TestSite.valid2021().replace("received:     [5, 1, 0, 0, 0, 1]", "received:     [9, 1, 0, 0, 0, 1]"));
    Path out = dir.resolve("site");
    writeItems(src, 0);
    SiteBuilder.build(src, out);
    int killedMidway = 0;
    for (int run = 1; run <= RUNS; run++) {
      writeItems(src, run); // every item's page, the lists and the catalogue change; some items go, others come
      Path fresh = dir.resolve("fresh-" + run);
      SiteBuilder.build(src, fresh);
      Map<String, byte[]> expected = OutputFiles.read(fresh);

      Process build =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Dgongkai.test.publishPauseMs=2", "-cp",
                  System.getProperty("java.class.path"), "cn.gongkai.cli.Main", "build", "--source", src.toString(), "--out", out.toString())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("build-" + run + ".log").toFile())
              .start();
      Path journal = dir.resolve(".site.journal");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!Files.exists(journal) && build.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(2);
      }
      assertTrue(Files.exists(journal), "run " + run + ": the build never reached publishing: " + Files.readString(dir.resolve("build-" + run + ".log")));
      Thread.sleep(random.nextInt(900));
      build.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      assertFalse(build.isAlive());
      if (Files.exists(journal)) {
        killedMidway++;
      }

      // The next run stops on a content error, but only after making the site whole.
      int exit = cn.gongkai.cli.Main.run(
          new String[] {"build", "--source", broken.toString(), "--out", out.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
      assertEquals(1, exit);
      assertNull(OutputFiles.difference(expected, OutputFiles.read(out)), "run " + run + ": the site is not what the killed build was publishing");
      assertFalse(Files.exists(journal) || Files.exists(dir.resolve(".site.building")), "run " + run + ": leftovers beside the site");
    }
    System.out.println("发布中途 kill -9 测试：" + RUNS + " 次，其中 " + killedMidway + " 次在发布中途被杀（其余在发布完成后），每次下一次运行后网站都完整。");
    assertTrue(killedMidway >= RUNS / 2, "most kills should land in the middle of publishing: " + killedMidway + " of " + RUNS);
  }

  /** 300 items, numbered from {@code version * 20}: each version drops twenty, adds twenty and changes every body. */
  private static void writeItems(Path src, int version) throws Exception {
    Path folder = src.resolve("content/policy");
    if (Files.isDirectory(folder)) {
      try (var files = Files.list(folder)) {
        for (Path p : (Iterable<Path>) files.filter(p -> p.getFileName().toString().startsWith("k-"))::iterator) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(folder);
    for (int i = version * 20; i < version * 20 + 300; i++) {
      Files.writeString(
          folder.resolve("k-" + i + ".md"),
          "---\ntitle: 测试通知" + i + "（示例）\nindex_no: 006383401N/2023-" + (5000 + i) + "\npublisher: 东山镇\ngenerated: 2023-02-01\n"
              + "published: 2023-02-01\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n---\n\n第 " + version + " 版正文。" + "正文。".repeat(50) + "\n");
    }
  }
}
