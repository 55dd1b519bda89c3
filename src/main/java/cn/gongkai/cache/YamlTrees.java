package cn.gongkai.cache;

import cn.gongkai.diag.SourcePos;
import cn.gongkai.yaml.ParsedTrees;
import cn.gongkai.yaml.YNode;
import cn.gongkai.yaml.YNode.YList;
import cn.gongkai.yaml.YNode.YMap;
import cn.gongkai.yaml.YNode.YScalar;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The YAML trees of {@code site.yaml}, {@code columns.yaml} and the reports' data files as the previous build
 * parsed them, in {@code target/gongkai-cache/yaml.trees}, for {@link ParsedTrees}: a text the same to the
 * character as then is not parsed again (Jackson and SnakeYAML took about 0.1 s of CPU per build at 10,000
 * items, most of it on the reports' thread). Each entry keeps the whole text it was parsed from, so a hit is
 * an exact match, never a fingerprint's guess. The file is small (the texts and their trees) and read before
 * the first file is parsed; a missing, damaged or foreign one only means parsing again.
 */
public final class YamlTrees implements ParsedTrees {
  private static final String MAGIC = "gongkai-yaml-trees";
  private static final int VERSION = 1;
  private static final byte MAP = 0;
  private static final byte LIST = 1;
  private static final byte SCALAR = 2;

  /** A text and its tree, encoded with positions but without the file name (the entry's own). */
  private record Entry(String text, byte[] tree) {}

  private final Path file;
  private final Map<String, Entry> earlier;
  /** This build's entries, by file name as shown: those taken from the earlier build and those parsed now. */
  private final Map<String, Entry> now = new ConcurrentHashMap<>();
  private volatile boolean changed;

  private YamlTrees(Path file, Map<String, Entry> earlier) {
    this.file = file;
    this.earlier = earlier;
  }

  /** The trees the previous build of {@code source} left, or none. Never fails. */
  public static YamlTrees open(Path source) {
    Path file = source.toAbsolutePath().normalize().resolve("target").resolve("gongkai-cache").resolve("yaml.trees");
    Map<String, Entry> earlier = new HashMap<>();
    if (Files.isRegularFile(file)) {
      try {
        byte[] bytes = Files.readAllBytes(file);
        // The last eight bytes are the fingerprint of all before them: a damaged tree would not fail to decode, it would be wrong.
        if (bytes.length < 8 || ByteBuffer.wrap(bytes, bytes.length - 8, 8).getLong() != new Hasher().add(bytes, bytes.length - 8).value()) {
          throw new IOException("damaged");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, bytes.length - 8);
        if (readString(in).equals(MAGIC) && in.getInt() == VERSION && in.getLong() == BuildCache.CODE_KEY) {
          int n = in.getInt();
          for (int i = 0; i < n; i++) {
            String shown = readString(in);
            String text = readString(in);
            byte[] tree = new byte[in.getInt()];
            in.get(tree);
            earlier.put(shown, new Entry(text, tree));
          }
        }
      } catch (IOException | RuntimeException e) {
        earlier.clear();
      }
    }
    return new YamlTrees(file, earlier);
  }

  /** How many trees this build took from the earlier one. */
  public int reusedCount() {
    int n = 0;
    for (Map.Entry<String, Entry> e : now.entrySet()) {
      n += earlier.get(e.getKey()) == e.getValue() ? 1 : 0;
    }
    return n;
  }

  @Override
  public YNode earlier(String shown, String text) {
    Entry e = earlier.get(shown);
    if (e == null || !e.text().equals(text)) {
      return null;
    }
    try {
      YNode root = decode(ByteBuffer.wrap(e.tree()), shown);
      now.put(shown, e);
      return root;
    } catch (RuntimeException damaged) {
      return null;
    }
  }

  @Override
  public void parsed(String shown, String text, YNode root) {
    // Encoded now, on the parsing thread: what the tree holds later is no concern of the cache's.
    byte[] tree = encode(root, shown);
    if (tree != null) {
      now.put(shown, new Entry(text, tree));
      changed = true;
    }
  }

  /** Writes this build's entries, when they are not the earlier build's (a rename, so a reader never sees half a file). */
  public void save() {
    if (!changed && now.keySet().equals(earlier.keySet())) {
      return;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      writeString(out, MAGIC);
      out.writeInt(VERSION);
      out.writeLong(BuildCache.CODE_KEY);
      List<String> names = new ArrayList<>(now.keySet());
      names.sort(null);
      out.writeInt(names.size());
      for (String shown : names) {
        Entry e = now.get(shown);
        writeString(out, shown);
        writeString(out, e.text());
        out.writeInt(e.tree().length);
        out.write(e.tree());
      }
      out.flush();
      out.writeLong(new Hasher().add(bytes.toByteArray()).value());
      out.flush();
      Files.createDirectories(file.getParent());
      // A temporary file of its own: two builds of the same folder into different outputs may save at once.
      Path temp = Files.createTempFile(file.getParent(), "yaml.trees", ".tmp");
      try {
        try (java.io.OutputStream written = Files.newOutputStream(temp)) {
          bytes.writeTo(written);
        }
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
    } catch (IOException e) {
      // The next build parses again: a cache that cannot be written costs time, never correctness.
    }
  }

  /** {@code root} encoded, or null when a position names another file than {@code shown} (never kept then). */
  static byte[] encode(YNode root, String shown) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      if (!write(out, root, shown)) {
        return null;
      }
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e); // (a byte array does not fail)
    }
  }

  private static boolean write(DataOutputStream out, YNode node, String shown) throws IOException {
    if (!writePos(out, node.pos(), shown)) {
      return false;
    }
    if (node instanceof YMap m) {
      out.writeByte(MAP);
      out.writeInt(m.entries().size());
      for (Map.Entry<String, YNode> e : m.entries().entrySet()) {
        SourcePos keyPos = m.keys().get(e.getKey());
        if (keyPos == null) {
          return false;
        }
        writeString(out, e.getKey());
        if (!writePos(out, keyPos, shown) || !write(out, e.getValue(), shown)) {
          return false;
        }
      }
      return m.keys().size() == m.entries().size();
    }
    if (node instanceof YList l) {
      out.writeByte(LIST);
      out.writeInt(l.items().size());
      for (YNode item : l.items()) {
        if (!write(out, item, shown)) {
          return false;
        }
      }
      return true;
    }
    YScalar s = (YScalar) node;
    out.writeByte(SCALAR);
    out.writeByte(s.kind().ordinal());
    writeString(out, s.text());
    return true;
  }

  private static boolean writePos(DataOutputStream out, SourcePos pos, String shown) throws IOException {
    if (!pos.file().equals(shown)) {
      return false;
    }
    out.writeInt(pos.line());
    out.writeInt(pos.column());
    return true;
  }

  static YNode decode(ByteBuffer in, String shown) {
    SourcePos pos = new SourcePos(shown, in.getInt(), in.getInt());
    byte tag = in.get();
    switch (tag) {
      case MAP -> {
        int n = in.getInt();
        Map<String, YNode> entries = new LinkedHashMap<>();
        Map<String, SourcePos> keys = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
          String key = readString(in);
          keys.put(key, new SourcePos(shown, in.getInt(), in.getInt()));
          entries.put(key, decode(in, shown));
        }
        return new YMap(entries, keys, pos);
      }
      case LIST -> {
        int n = in.getInt();
        List<YNode> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          items.add(decode(in, shown));
        }
        return new YList(items, pos);
      }
      case SCALAR -> {
        YScalar.Kind kind = YScalar.Kind.values()[in.get()];
        return new YScalar(readString(in), kind, pos);
      }
      default -> throw new IllegalStateException("not a YAML tree");
    }
  }

  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String readString(ByteBuffer in) {
    int n = in.getInt();
    if (n < 0 || n > in.remaining()) {
      throw new IllegalStateException("not a YAML tree");
    }
    String s = new String(in.array(), in.arrayOffset() + in.position(), n, StandardCharsets.UTF_8);
    in.position(in.position() + n);
    return s;
  }
}
