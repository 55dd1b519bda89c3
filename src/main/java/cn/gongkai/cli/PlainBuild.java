package cn.gongkai.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A {@code build} whose arguments are only {@code --source}, {@code --out} (each as {@code --name value}
 * or {@code --name=value}) and {@code --verbose}, each at most once: the webmaster's everyday command,
 * read without picocli. picocli's classes are Java 5 bytecode, which the class-data sharing archive of
 * JDK 17 cannot hold, and it reads the command's annotations by reflection: together about 0.2 s of CPU
 * in each build (bench/README.md). Anything else (help, a typo, any other option or command) returns
 * null and goes to picocli, which reads it the same way ({@code PlainBuildTest} compares the two on
 * every short argument list).
 */
record PlainBuild(Path source, Path out, boolean verbose) {
  static PlainBuild of(String[] args) {
    if (args.length == 0 || !args[0].equals("build")) {
      return null;
    }
    String source = null;
    String out = null;
    boolean verbose = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--verbose")) {
        if (verbose) {
          return null;
        }
        verbose = true;
        continue;
      }
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        return null;
      }
      // A value picocli might take for an option (or refuse) is left to it.
      if (value.isEmpty() || value.startsWith("-")) {
        return null;
      }
      if (name.equals("--source") && source == null) {
        source = value;
      } else if (name.equals("--out") && out == null) {
        out = value;
      } else {
        return null;
      }
    }
    try {
      return new PlainBuild(Path.of(source != null ? source : SourceOption.DEFAULT), out != null ? Path.of(out) : null, verbose);
    } catch (InvalidPathException e) {
      return null; // picocli names the bad value
    }
  }
}
