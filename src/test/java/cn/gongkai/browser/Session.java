package cn.gongkai.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/** What one browser test class opens — built sites served over HTTP and a browser — closed together, last first. */
final class Session implements AutoCloseable {
  private final Deque<AutoCloseable> open = new ArrayDeque<>();

  StaticServer serve(Path site) throws IOException {
    StaticServer server = new StaticServer(site);
    open.push(server);
    return server;
  }

  Browser browser() {
    Browser browser = Browser.start(true);
    open.push(browser);
    return browser;
  }

  @Override
  public void close() throws Exception {
    while (!open.isEmpty()) {
      open.pop().close();
    }
  }
}
