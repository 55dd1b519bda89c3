package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
  @Test
  void valid2021SiteBuildsWithoutFindings(@TempDir Path dir) {
    TestSite.write(dir, TestSite.valid2021());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new String[] {"build", "--source", dir.toString()}, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, out + "\n" + err);
    assertTrue(out.toString().contains("共 0 个错误，0 个警告，0 项已确认"), out.toString());
    assertTrue(Files.exists(dir.resolve("site/reports/2023/index.html")));
  }
}
