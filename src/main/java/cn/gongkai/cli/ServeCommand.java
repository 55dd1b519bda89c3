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

@Command(name = "serve", description = "在本机预览：生成网站，在浏览器里打开 http://127.0.0.1:8000/ 查看；修改 content/ 或 themes/ 里的文件并保存后自动重新生成、浏览器自动刷新。不改动 site/。按 Ctrl+C 结束。")
final class ServeCommand implements Callable<Integer> {
  @Mixin HelpOption help;

  @Mixin SourceOption source;

  @Option(names = "--port", paramLabel = "<端口>", defaultValue = "8000", description = "端口号，默认 8000。")
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
