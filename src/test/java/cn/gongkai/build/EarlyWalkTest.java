package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import cn.gongkai.publish.OutputLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build walks its output folder before it takes the lock, beside the reading. When another build changed
 * the output in between, or was changing it when the walk began, the walk is done again under the lock:
 * a page deleted meanwhile is written again, and the site is a fresh build's.
 */
class EarlyWalkTest {
  @Test
  void theGenerationIsOddWhileTheOutputChangesAndEvenOnceItIsWhole(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("site");
    assertEquals(0, OutputLock.generation(out), "no lock file yet");
    try (OutputLock lock = OutputLock.acquire(out, m -> {})) {
      assertEquals(0, lock.generation(), "no generation file yet");
      lock.changing();
      assertEquals(1, lock.generation());
      assertEquals(1, OutputLock.generation(out), "read without the lock");
      lock.changed();
      assertEquals(2, lock.generation());
      lock.changing();
      lock.changing(); // a build killed while changing, then the next one
      assertEquals(5, lock.generation());
      lock.changed();
      assertEquals(6, OutputLock.generation(out));
    }
    assertEquals("00000000000000000006\n", Files.readString(OutputLock.generationFile(out), StandardCharsets.US_ASCII));
    assertEquals(dir.resolve(".site.generation"), OutputLock.generationFile(out), "beside site/, like the lock");
    Files.writeString(OutputLock.generationFile(out), "not a number");
    assertEquals(OutputLock.UNKNOWN, OutputLock.generation(out));
    try (OutputLock lock = OutputLock.acquire(out, m -> {})) {
      lock.changed();
      assertEquals(2, lock.generation(), "an unreadable number starts again");
    }
  }

  @Test
  void aBuildThatChangedTheOutputWhileThisOneWaitedMakesItWalkAgain(@TempDir Path dir) throws Exception {
    assertAPageDeletedWhileWaitingIsWrittenAgain(dir, false);
  }

  @Test
  void aBuildKilledWhileChangingTheOutputMakesTheNextWalkAgain(@TempDir Path dir) throws Exception {
    assertAPageDeletedWhileWaitingIsWrittenAgain(dir, true);
  }

  /**
   * The test holds the lock as another build would. {@code killed}: that build began changing the output
   * before this one walked it, went on after, and never finished (its generation stays odd, the same
   * number under the lock). Otherwise it began and finished after the walk (another even number).
   */
  private static void assertAPageDeletedWhileWaitingIsWrittenAgain(Path dir, boolean killed) throws Exception {
    Path out = dir.resolve("site");
    SiteBuilder.build(TestSite.REPO, out);
    Map<String, byte[]> fresh = OutputFiles.read(out);
    Path page;
    try (Stream<Path> files = Files.walk(out.resolve("catalogue"))) {
      page = files.filter(p -> p.toString().endsWith(".html")).sorted().findFirst().orElseThrow();
    }
    CountDownLatch waiting = new CountDownLatch(1);
    Progress progress = new Progress() {
      @Override
      public void stage(String label) {}

      @Override
      public void pages(int done, int total) {}

      @Override
      public void waiting(String message) {
        waiting.countDown();
      }
    };
    CompletableFuture<SiteBuilder.Result> build;
    try (OutputLock other = OutputLock.acquire(out, m -> {})) {
      if (killed) {
        other.changing();
      }
      build = CompletableFuture.supplyAsync(() -> {
        try {
          return SiteBuilder.build(TestSite.REPO, out, SiteBuilder.today(), progress);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });
      assertTrue(waiting.await(60, TimeUnit.SECONDS), "the build never waited for the lock");
      Thread.sleep(500); // its walk of a small site ended long before
      if (!killed) {
        other.changing();
      }
      Files.delete(page);
      if (!killed) {
        other.changed();
      }
    }
    SiteBuilder.Result r = build.get(60, TimeUnit.SECONDS);
    assertNull(OutputFiles.difference(fresh, OutputFiles.read(out)), "the build kept " + out.relativize(page) + " from its walk before the lock");
    assertTrue(r.rendered() >= 1, "rendered " + r.rendered());
  }
}
