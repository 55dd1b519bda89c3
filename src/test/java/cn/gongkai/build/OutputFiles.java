package cn.gongkai.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every file of a built site, by relative path, for byte-for-byte comparisons. */
final class OutputFiles {
  private OutputFiles() {}

  static Map<String, byte[]> read(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return files;
  }

  /** The first difference in words, or null when both trees are identical. */
  static String difference(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return "file lists differ: " + a.keySet() + " vs " + b.keySet();
    }
    for (String name : a.keySet()) {
      if (!java.util.Arrays.equals(a.get(name), b.get(name))) {
        return "content differs: " + name;
      }
    }
    return null;
  }
}
