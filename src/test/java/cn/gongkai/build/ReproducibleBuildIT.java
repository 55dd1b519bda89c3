package cn.gongkai.build;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.TestSite;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReproducibleBuildIT {
  /**
   * The second build runs in another JVM with another time zone and locale: hash-order, clock and
   * zone dependencies only show up across processes.
   */
  @Test
  void buildingTwiceGivesIdenticalBytes(@TempDir Path dir) throws Exception {
    SiteBuilder.build(TestSite.REPO, dir.resolve("a"));
    ProcessBuilder other =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "cn.gongkai.cli.Main", "build", "--source", TestSite.REPO.toString(), "--out", dir.resolve("b").toString())
            .redirectErrorStream(true);
    other.environment().put("TZ", "America/Los_Angeles");
    other.environment().put("LANG", "en_US.ISO-8859-1");
    other.environment().put("LC_ALL", "C");
    Process p = other.start();
    String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    org.junit.jupiter.api.Assertions.assertEquals(0, p.waitFor(), output);
    Map<String, byte[]> a = OutputFiles.read(dir.resolve("a"));
    assertTrue(a.size() >= 6, a.keySet().toString());
    assertNull(OutputFiles.difference(a, OutputFiles.read(dir.resolve("b"))));
  }

  /** Publishing is edit, build, commit: the committed site/ must be exactly what the sources build. */
  @Test
  void committedSiteEqualsAFreshBuild(@TempDir Path dir) throws Exception {
    SiteBuilder.build(TestSite.REPO, dir.resolve("fresh"));
    String diff = OutputFiles.difference(OutputFiles.read(TestSite.REPO.resolve("site")), OutputFiles.read(dir.resolve("fresh")));
    assertNull(diff, "site/ is stale: run the build command from the README and commit site/ (" + diff + ")");
  }
}
