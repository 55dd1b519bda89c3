package cn.gongkai.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders recursively and calls back once per burst of changes (an editor's save is often
 * several events: write, rename, attribute change).
 */
final class Watcher implements AutoCloseable {
  private static final long QUIET_MS = 60;

  private final List<Path> roots;
  private final Runnable onChange;
  private final WatchService service;
  private final Thread thread;

  Watcher(List<Path> roots, Runnable onChange) throws IOException {
    this.roots = roots;
    this.onChange = onChange;
    this.service = FileSystems.getDefault().newWatchService();
    this.thread = new Thread(this::loop, "gongkai-watch");
    thread.setDaemon(true);
  }

  void start() throws IOException {
    for (Path root : roots) {
      if (Files.isDirectory(root)) {
        register(root);
      }
    }
    thread.start();
  }

  private void register(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = service.take();
        boolean changed = drain(key);
        // Collect the rest of the burst before building.
        WatchKey more;
        while ((more = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null) {
          changed |= drain(more);
        }
        if (changed) {
          onChange.run();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed.
    }
  }

  private boolean drain(WatchKey key) {
    Path dir = (Path) key.watchable();
    boolean changed = false;
    for (var event : key.pollEvents()) {
      changed = true;
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
        Path created = dir.resolve(name);
        if (Files.isDirectory(created)) {
          try {
            register(created);
          } catch (IOException e) {
            // A folder that vanished right away needs no watching.
          }
        }
      }
    }
    key.reset();
    return changed;
  }

  @Override
  public void close() {
    try {
      service.close();
    } catch (IOException e) {
      // Nothing more to release.
    }
    thread.interrupt();
  }
}
