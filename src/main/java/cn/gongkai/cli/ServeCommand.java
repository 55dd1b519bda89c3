package cn.gongkai.cli;

import cn.gongkai.content.ContentLoader;
import cn.gongkai.diag.UserError;
import cn.gongkai.serve.DevServer;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = "在本机预览：生成站点并在 http://127.0.0.1:端口/ 提供访问，修改 content/ 或 themes/ 后自动重新生成并刷新浏览器。按 Ctrl+C 结束。")
final class ServeCommand implements Callable<Integer> {
  @Mixin SourceOption source;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8000", description = "端口，默认 8000。")
  int port;

  @Mixin VerboseOption verbose;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    var out = spec.commandLine().getOut();
    try {
      ContentLoader.requireSiteFolder(source.source);
    } catch (UserError e) {
      return Reporter.fail(spec.commandLine().getErr(), e, "");
    }
    try (DevServer server = DevServer.start(source.source, port, out, verbose.verbose)) {
      out.println("预览地址：http://127.0.0.1:" + server.port() + "/　（只在本机可访问；按 Ctrl+C 结束）");
      out.flush();
      new CountDownLatch(1).await();
    } catch (java.net.BindException e) {
      spec.commandLine().getErr().println("端口 " + port + " 已被占用，请用 --port 换一个，如 --port 8080。");
      return ExitCode.USAGE.code();
    }
    return ExitCode.OK.code();
  }
}
