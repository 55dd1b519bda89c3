package cn.gongkai.cache;

import cn.gongkai.content.Content;
import cn.gongkai.diag.China;
import cn.gongkai.diag.Finding;
import cn.gongkai.diag.Level;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.diag.UserError;
import cn.gongkai.items.Item;
import cn.gongkai.items.ItemLoader;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.meta.DisclosureMeta;
import cn.gongkai.yaml.FrontMatter;
import cn.gongkai.yaml.TextFiles;
import cn.gongkai.yaml.UnreadableFile;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What the previous build into the same output folder left for this one, and what this one leaves for the
 * next: in {@code <source>/target/gongkai-cache/<out>-<hash>.state}, one file per output folder.
 *
 * <p><b>Items.</b> For each item file that read with no finding at all: its stamp ({@link FileStamp}), the
 * fingerprint of its text, the item it gave (all but the body) and its body's links. An unchanged file is
 * not read again. Anything an item's reading depends on besides its own file (the program itself and
 * {@code columns.yaml}) is in {@link #itemsKey}: when that changes, every file is read again. A stamp taken
 * less than {@value #TRUST_AFTER_SECONDS} s after the file's modification time is not trusted (the file
 * could have changed again within the same clock tick): that file is read again next time.
 *
 * <p><b>Pages.</b> For the output folder: each page's fingerprint (of everything the page shows, see
 * {@code render.PageFingerprints}) and the stamp of the file written for it. A page whose fingerprint is
 * the same and whose file still has that stamp is not rendered again; anything else is rendered, and
 * written only if its bytes differ.
 *
 * <p><b>Checks.</b> The findings after the content rules ({@code check.Checks}) and the key of everything
 * they read ({@link #checksKey}): while that is the same (after an edit of item bodies only, which no content
 * rule reads), the rules are not run again and their findings are taken as they were.
 *
 * <p>Nothing here is published, and the cache never decides what a page contains: a missing, unreadable,
 * stale or foreign state only means more work. Why {@code target/}: it is the folder the repository's
 * {@code .gitignore} already leaves out and {@code mvn clean} empties; inside {@code site/} it would be
 * committed and deployed.
 */
public final class BuildCache implements ItemLoader.Reuse {
  private static final String MAGIC = "gongkai-build-cache";
  private static final int VERSION = 7;
  static final int TRUST_AFTER_SECONDS = 1;
  /** The program itself: a state written by another build of gongkai is never used. */
  static final long CODE_KEY = codeKey();

  /**
   * An item file as an earlier build read it; {@code itemKey} is the fingerprint of all of its item but the
   * body ({@link #addItem}), which {@link #checksKey} takes for a reused item instead of hashing it again.
   */
  record ItemEntry(String path, FileStamp stamp, long observedAt, long textHash, long itemKey, Item item, List<FileStamp> attachments, List<Bodies.LinkTarget> links, int rawStart, int rawEnd) {
    ItemEntry(String path, FileStamp stamp, long observedAt, long textHash, long itemKey, Item item, List<FileStamp> attachments, List<Bodies.LinkTarget> links) {
      this(path, stamp, observedAt, textHash, itemKey, item, attachments, links, -1, -1);
    }
  }

  /**
   * The bytes a state is read from, in {@link DataOutputStream}'s order (big-endian): strings are decoded
   * in place, with no copy of their bytes. An item entry reused unchanged is written back as its bytes were.
   */
  private static final class StateReader {
    private final byte[] bytes;
    private final java.nio.ByteBuffer buffer;

    StateReader(byte[] bytes) {
      this.bytes = bytes;
      this.buffer = java.nio.ByteBuffer.wrap(bytes);
    }

    int position() {
      return buffer.position();
    }

    int readInt() {
      return buffer.getInt();
    }

    long readLong() {
      return buffer.getLong();
    }

    boolean readBoolean() {
      return buffer.get() != 0;
    }

    String readString() throws IOException {
      int n = buffer.getInt();
      if (n < 0 || n > buffer.remaining()) {
        throw new IOException("not a build cache");
      }
      if (n == 0) {
        return "";
      }
      String s = new String(bytes, buffer.position(), n, java.nio.charset.StandardCharsets.UTF_8);
      buffer.position(buffer.position() + n);
      return s;
    }
  }

  /** A page (or other file) of the output folder as the previous build wrote it. */
  record OutputEntry(long fingerprint, FileStamp stamp) {}

  private final Path stateFile;
  private final Path source;
  private final String outPath;
  private final long itemsKey;
  private final long startedAt;
  private final Map<String, ItemEntry> earlierItems;
  private final Map<String, OutputEntry> earlierOutputs;
  /** Clean report narratives and column introductions an earlier build parsed: their links, by {@link #bodyKey}. */
  private final Map<Long, List<Bodies.LinkTarget>> earlierBodies;
  private final long earlierPagesKey;
  private final byte[] earlierBytes;
  /** The findings after the content rules that the earlier build saved, and the key they were made under. */
  private final long earlierChecksKey;
  private final List<Finding> earlierChecks;

  /** This build: items reused as they were, and items read afresh (text fingerprint, stamp). */
  // Sized for the earlier build's items (fresh: the first build's): grown from 16 by the reading threads, they
  // were resized about ten times in a rebuild at 10,000 items, each time copying every entry.
  private final Map<String, ItemEntry> reused;
  private final Map<String, ItemEntry> fresh;
  private final Map<String, Long> hashByShownFile;
  /** This build's findings after the content rules and their key, for the next build; whether they were the earlier build's. */
  private volatile long checksKey;
  private volatile List<Finding> checks;
  private volatile boolean checksReused;
  /** See {@link #contentFiles}. */
  private volatile Long contentFiles;

  private BuildCache(
      Path source,
      Path out,
      Path stateFile,
      long itemsKey,
      Map<String, ItemEntry> items,
      Map<Long, List<Bodies.LinkTarget>> bodies,
      String stateOut,
      long pagesKey,
      Map<String, OutputEntry> outputs,
      byte[] bytes,
      long earlierChecksKey,
      List<Finding> earlierChecks) {
    this.source = source;
    this.earlierBytes = bytes;
    this.stateFile = stateFile;
    this.outPath = out.toString();
    this.itemsKey = itemsKey;
    this.startedAt = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
    this.earlierItems = items;
    this.reused = new ConcurrentHashMap<>(items.size());
    this.fresh = new ConcurrentHashMap<>(items.isEmpty() ? 1024 : 16);
    this.hashByShownFile = new ConcurrentHashMap<>(Math.max(items.size(), 1024));
    this.earlierBodies = bodies;
    boolean sameOut = outPath.equals(stateOut);
    this.earlierOutputs = sameOut ? outputs : Map.of();
    this.earlierPagesKey = sameOut ? pagesKey : 0;
    this.earlierChecksKey = earlierChecksKey;
    this.earlierChecks = earlierChecks;
  }

  /** The state the previous build into {@code out} left, or an empty one. Never fails: a bad state is no state. */
  public static BuildCache open(Path source, Path out) {
    Path src = source.toAbsolutePath().normalize();
    Path abs = out.toAbsolutePath().normalize();
    Path file = src.resolve("target").resolve("gongkai-cache").resolve(abs.getFileName() + "-" + Long.toHexString(Hasher.of(abs.toString())) + ".state");
    long itemsKey = new Hasher().add(CODE_KEY).add(src.toString()).add(bytes(src.resolve("content").resolve("columns.yaml"))).value();
    Map<String, ItemEntry> items = new HashMap<>();
    Map<String, OutputEntry> outputs = new HashMap<>();
    Map<Long, List<Bodies.LinkTarget>> bodies = new HashMap<>();
    String stateOut = "";
    long pagesKey = 0;
    byte[] bytes = new byte[0];
    long checksKey = 0;
    List<Finding> checksFound = null;
    if (Files.isRegularFile(file)) {
      try {
        bytes = Files.readAllBytes(file);
        StateReader in = new StateReader(bytes);
        if (in.readString().equals(MAGIC) && in.readInt() == VERSION && in.readLong() == CODE_KEY) {
          boolean itemsValid = in.readLong() == itemsKey;
          int n = in.readInt();
          for (int i = 0; i < n; i++) {
            ItemEntry e = readItem(in);
            if (itemsValid) {
              items.put(e.path(), e);
            }
          }
          int b = in.readInt();
          for (int i = 0; i < b; i++) {
            bodies.put(in.readLong(), readLinks(in));
          }
          checksKey = in.readLong();
          checksFound = in.readBoolean() ? readFindings(in) : null;
          stateOut = in.readString();
          pagesKey = in.readLong();
          int m = in.readInt();
          for (int i = 0; i < m; i++) {
            outputs.put(in.readString(), new OutputEntry(in.readLong(), readStamp(in)));
          }
        }
      } catch (IOException | RuntimeException e) {
        items.clear();
        outputs.clear();
        bodies.clear();
        stateOut = "";
        checksFound = null;
      }
    }
    return new BuildCache(src, abs, file, itemsKey, items, bodies, stateOut, pagesKey, outputs, bytes, checksKey, checksFound);
  }

  // ---- items (ItemLoader.Reuse)

  @Override
  public Item reuse(Path file, BasicFileAttributes attrs) {
    // The walk's own path as the key: the same --source gives the same strings (another spelling only misses).
    ItemEntry e = earlierItems.get(file.toString());
    if (e == null || !e.stamp().equals(FileStamp.of(attrs)) || !trusted(e.stamp(), e.observedAt())) {
      return null;
    }
    List<Item.Attachment> attachments = e.item().attachments();
    for (int i = 0; i < attachments.size(); i++) {
      if (!e.attachments().get(i).equals(FileStamp.of(attachments.get(i).path()))) {
        return null;
      }
    }
    reused.put(e.item().file(), e);
    hashByShownFile.put(e.item().file(), e.textHash());
    return e.item();
  }

  @Override
  public void read(Path file, BasicFileAttributes attrs, String text, Item item, boolean clean) {
    if (item == null) {
      return;
    }
    long hash = Hasher.of(text);
    hashByShownFile.put(item.file(), hash);
    if (clean) {
      List<FileStamp> attachments = item.attachments().stream().map(a -> FileStamp.of(a.path())).toList();
      fresh.put(item.file(), new ItemEntry(file.toString(), FileStamp.of(attrs), startedAt, hash, itemKey(item), withoutBody(item), attachments, List.of()));
    }
  }

  private static boolean trusted(FileStamp stamp, long observedAt) {
    return stamp.modified() + TimeUnit.SECONDS.toNanos(TRUST_AFTER_SECONDS) < observedAt;
  }

  /** Whether {@code file}'s item is the earlier build's, its body not read. */
  public boolean reused(String file) {
    return reused.containsKey(file);
  }

  /** Whether the previous build left items to reuse (false: the first build, or a state that no longer fits). */
  public boolean hasEarlierItems() {
    return !earlierItems.isEmpty();
  }

  /** How many item files were not read again. */
  public int reusedCount() {
    return reused.size();
  }

  /** The fingerprint of an item file's text, as read now or by the build that read it. */
  public long textHash(String file) {
    Long h = hashByShownFile.get(file);
    if (h == null) {
      throw new IllegalStateException("no text fingerprint for " + file);
    }
    return h;
  }

  /** A reused item's body as the build that read it found it: its links; its text is read when asked for. Null for an item read now. */
  public Bodies.Earlier earlierBody(Item item) {
    ItemEntry e = reused.get(item.file());
    if (e == null) {
      return null;
    }
    return new Bodies.Earlier(e.links(), () -> {
      try {
        return FrontMatter.split(TextFiles.read(source, item.path())).body();
      } catch (UnreadableFile | UserError ex) {
        throw new IllegalStateException("an unchanged item file could not be read again: " + item.file(), ex);
      }
    });
  }

  /**
   * A report narrative's or column introduction's body as an earlier build parsed it, when its text (and its
   * file and first line, which its findings would name) is the same and it had no finding of its own then:
   * its links, and its text for rendering. Null otherwise: the body is parsed now.
   */
  public Bodies.Earlier earlierText(String file, int firstLine, String markdown) {
    if (markdown == null) {
      return null;
    }
    List<Bodies.LinkTarget> links = earlierBodies.get(bodyKey(file, firstLine, markdown));
    return links == null ? null : new Bodies.Earlier(links, () -> markdown);
  }

  private static long bodyKey(String file, int firstLine, String markdown) {
    return new Hasher().add(file).add(firstLine).add(markdown).value();
  }

  // ---- checks

  /**
   * The key of everything the content rules read: the program, the day (and today's date in China, which
   * one message names), {@code site.yaml}, {@code columns.yaml}, every file of {@code content/reports/}, every
   * item as read except its body (no content rule reads a body: HTML-01 and LINK-01 run on the bodies
   * elsewhere) and the findings of the reading before them (the reports' acknowledgements apply to those too).
   */
  public long checksKey(Content content, List<Finding> before, LocalDate today) {
    Hasher h = new Hasher().add(CODE_KEY).add(today).add(China.today());
    h.add(contentFiles(content));
    h.add(content.items().size());
    for (Item i : content.items()) {
      ItemEntry e = entryOf(i);
      h.add(e != null ? e.itemKey() : itemKey(i));
    }
    h.add(before.size());
    before.forEach(f -> addFinding(h, f));
    return h.value();
  }

  /** The findings after the content rules as the earlier build left them under the same key, or null. */
  public List<Finding> earlierChecks(long key) {
    return earlierChecks != null && key == earlierChecksKey ? earlierChecks : null;
  }

  /** This build's findings after the content rules, under {@code key}, saved for the next build; {@code reused}: taken from the earlier one. */
  public void checked(long key, List<Finding> after, boolean reused) {
    checksKey = key;
    checks = List.copyOf(after);
    checksReused = reused;
  }

  /** Whether this build took the content rules' findings from the earlier build. */
  public boolean checksReused() {
    return checksReused;
  }

  /** This build's entry of {@code i}: reused from the earlier build or read now (clean); null for an item read with findings. */
  private ItemEntry entryOf(Item i) {
    ItemEntry e = reused.get(i.file());
    return e != null ? e : fresh.get(i.file());
  }

  /** The fingerprint of every part of {@code i} but its body. */
  static long itemKey(Item i) {
    Hasher h = new Hasher();
    addItem(h, i);
    return h.value();
  }

  /** Every part of an item but its body, in the order of its record (a test keeps this list complete). */
  static void addItem(Hasher h, Item i) {
    // (The path by its hash, which for a path is that of its text: its text would be a string per item.)
    h.add(i.file()).add(i.path().hashCode()).add(i.slug()).add(i.column()).add(i.title());
    DisclosureMeta m = i.meta();
    h.add(m.indexNo()).add(m.publisher()).add(m.generated()).add(m.published()).add(m.scope()).add(m.channel()).add(m.docNo()).add(m.validity());
    addPos(h, m.positions().indexNo());
    addPos(h, m.positions().publisher());
    addPos(h, m.positions().published());
    h.add(i.summary()).add(i.attachments().size());
    for (Item.Attachment a : i.attachments()) {
      h.add(a.name()).add(a.path().hashCode()).add(a.size());
    }
    h.add(i.draft()).add(i.bodyLine());
    addPos(h, i.positions().file());
    addPos(h, i.positions().column());
  }

  private static void addFinding(Hasher h, Finding f) {
    h.add(f.rule().name()).add(f.level().name());
    addPos(h, f.pos());
    h.add(f.message()).add(f.subject()).add(f.row()).add(f.note()).add(f.waivable()).add(f.toVerify());
  }

  private static void addPos(Hasher h, SourcePos p) {
    h.add(p.file()).add(p.line()).add(p.column());
  }

  // ---- pages

  /** Whether {@code output} needs no rendering: same fingerprint as the previous build, its file as written then. */
  public boolean unchanged(String output, long fingerprint, long pagesKey, FileStamp now) {
    OutputEntry e = earlierOutputs.get(output);
    return e != null && pagesKey == earlierPagesKey && e.fingerprint() == fingerprint && e.stamp().equals(now);
  }

  /**
   * The earlier build's fingerprint of {@code output}, or null: usable for a page that shows nothing read
   * anew in this build, when {@link #onlyBodiesChanged} (see {@code render.PageFingerprints#update}).
   */
  public Long earlierFingerprint(String output) {
    OutputEntry e = earlierOutputs.get(output);
    return e == null ? null : e.fingerprint();
  }

  /**
   * Whether nothing but item bodies can have changed since the earlier build into this output folder: what
   * every page shares ({@code pagesKey}) and everything the content rules read (all of every item but its
   * body, the reports, the configuration, the day) are the same. Then the site plans as that build planned it.
   */
  public boolean onlyBodiesChanged(long pagesKey) {
    return checksReused && !earlierOutputs.isEmpty() && pagesKey == earlierPagesKey;
  }

  /** What every page depends on besides its own subject; see {@code render.PageFingerprints}. */
  public long pagesKey(Content content, List<Finding> findings, LocalDate today) {
    // (The output folder is not in it: a state is only ever compared with the folder it was written for.)
    Hasher h = new Hasher().add(CODE_KEY).add(today);
    h.add(contentFiles(content));
    content.intros().values().forEach(i -> h.add(i.file()).add(bytes(content.source().resolve(i.file()))));
    for (Path p : filesUnder(content.theme())) {
      h.add(content.theme().relativize(p).toString()).add(bytes(p));
    }
    // Report pages say the cross-year findings (与上年对比).
    for (Finding f : findings) {
      if (f.pos().file().startsWith("content/reports/") || f.subject().startsWith("content/reports/")) {
        h.add(f.format()).add(f.level().name());
      }
    }
    return h.value();
  }

  /**
   * The part of the state for the next build that the output folder has no say in, encoded while the pages
   * render: every clean item (reused or read now) with its body's links, the clean narratives and
   * introductions, and the findings after the content rules. Null when there is no state file to write.
   */
  public Encoded encode(Content content, Bodies bodies, List<Finding> findings, List<Finding> bodyFindings) {
    if (stateFile == null) {
      return null;
    }
    Set<String> withFindings = new HashSet<>();
    findings.forEach(f -> withFindings.add(f.pos().file()));
    Map<String, List<Bodies.LinkTarget>> links = new HashMap<>();
    for (Bodies.Parsed p : bodies.all()) {
      links.put(p.source().file(), p.links());
    }
    // The other bodies (narratives, introductions) of files whose bodies had no finding at all.
    Set<String> itemFiles = new HashSet<>();
    content.items().forEach(i -> itemFiles.add(i.file()));
    Set<String> bodyFindingFiles = new HashSet<>();
    bodyFindings.forEach(f -> bodyFindingFiles.add(f.pos().file()));
    Map<Long, List<Bodies.LinkTarget>> cleanBodies = new java.util.LinkedHashMap<>();
    for (Bodies.Parsed p : bodies.all()) {
      Bodies.Source s = p.source();
      if (!itemFiles.contains(s.file()) && !bodyFindingFiles.contains(s.file()) && s.markdown() != null) {
        cleanBodies.put(bodyKey(s.file(), s.firstLine(), s.markdown()), p.links());
      }
    }
    List<ItemEntry> items = new ArrayList<>();
    for (Item i : content.items()) {
      ItemEntry e = entryOf(i);
      if (e != null && !withFindings.contains(i.file())) {
        items.add(e.rawStart() >= 0 ? e : new ItemEntry(e.path(), e.stamp(), e.observedAt(), e.textHash(), e.itemKey(), e.item(), e.attachments(), links.getOrDefault(i.file(), List.of())));
      }
    }
    Encoded bytes = new Encoded(earlierBytes.length + (1 << 16));
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeString(out, MAGIC);
      out.writeInt(VERSION);
      out.writeLong(CODE_KEY);
      out.writeLong(itemsKey);
      out.writeInt(items.size());
      for (ItemEntry e : items) {
        if (e.rawStart() >= 0) {
          // Reused unchanged (its body's links are those it was read with): its bytes as they were.
          out.write(earlierBytes, e.rawStart(), e.rawEnd() - e.rawStart());
        } else {
          writeItem(out, e);
        }
      }
      out.writeInt(cleanBodies.size());
      for (Map.Entry<Long, List<Bodies.LinkTarget>> b : cleanBodies.entrySet()) {
        out.writeLong(b.getKey());
        writeLinks(out, b.getValue());
      }
      List<Finding> after = checks;
      out.writeLong(checksKey);
      out.writeBoolean(after != null);
      if (after != null) {
        writeFindings(out, after);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return bytes;
  }

  /** What {@link #encode} made, written out by {@link #save} without another copy of its megabytes. */
  public static final class Encoded extends java.io.ByteArrayOutputStream {
    Encoded(int size) {
      super(size);
    }
  }

  /**
   * Writes the state for the next build: what {@link #encode} made, then each output's fingerprint and stamp.
   * A failure to write only costs the next build time.
   */
  public void save(Encoded encoded, long pagesKey, Map<String, Long> fingerprints, Map<String, FileStamp> stamps) {
    if (stateFile == null || encoded == null) {
      return;
    }
    Path temp = stateFile.resolveSibling(stateFile.getFileName() + ".tmp");
    try {
      Files.createDirectories(stateFile.getParent());
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16))) {
        encoded.writeTo(out);
        writeString(out, outPath);
        out.writeLong(pagesKey);
        int count = 0;
        for (String name : stamps.keySet()) {
          if (fingerprints.containsKey(name)) {
            count++;
          }
        }
        out.writeInt(count);
        for (Map.Entry<String, FileStamp> s : stamps.entrySet()) {
          Long fp = fingerprints.get(s.getKey());
          if (fp != null) {
            writeString(out, s.getKey());
            out.writeLong(fp);
            writeStamp(out, s.getValue());
          }
        }
      }
      Files.move(temp, stateFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      try {
        Files.deleteIfExists(temp);
        Files.deleteIfExists(stateFile);
      } catch (IOException ignored) {
        // the next build finds no usable state and does all the work
      }
    }
  }

  /** Forgets the state: the next build reads and renders everything (after a build that failed half-way). */
  public void forget() {
    if (stateFile != null) {
      try {
        Files.deleteIfExists(stateFile);
      } catch (IOException ignored) {
        // a stale state is still checked file by file
      }
    }
  }

  // ---- encoding

  private static Item withoutBody(Item i) {
    return new Item(i.file(), i.path(), i.slug(), i.column(), i.title(), i.meta(), i.summary(), i.attachments(), i.draft(), "", i.bodyLine(), i.positions());
  }

  private static void writeItem(DataOutputStream out, ItemEntry e) throws IOException {
    writeString(out, e.path());
    writeStamp(out, e.stamp());
    out.writeLong(e.observedAt());
    out.writeLong(e.textHash());
    out.writeLong(e.itemKey());
    Item i = e.item();
    writeString(out, i.file());
    writeString(out, i.slug());
    writeString(out, i.column());
    writeString(out, i.title());
    DisclosureMeta m = i.meta();
    for (String s : List.of(m.indexNo(), m.publisher(), m.scope(), m.channel(), m.docNo(), m.validity())) {
      writeString(out, s);
    }
    writeDate(out, m.generated());
    writeDate(out, m.published());
    writePos(out, m.positions().indexNo(), i.file());
    writePos(out, m.positions().publisher(), i.file());
    writePos(out, m.positions().published(), i.file());
    writeString(out, i.summary());
    out.writeInt(i.attachments().size());
    for (int k = 0; k < i.attachments().size(); k++) {
      Item.Attachment a = i.attachments().get(k);
      writeString(out, a.name());
      writeString(out, a.path().toString());
      out.writeLong(a.size());
      writeStamp(out, e.attachments().get(k));
    }
    out.writeBoolean(i.draft());
    out.writeInt(i.bodyLine());
    writePos(out, i.positions().file(), i.file());
    writePos(out, i.positions().column(), i.file());
    writeLinks(out, e.links());
  }

  private static void writeLinks(DataOutputStream out, List<Bodies.LinkTarget> links) throws IOException {
    out.writeInt(links.size());
    for (Bodies.LinkTarget l : links) {
      writeString(out, l.url());
      out.writeInt(l.line());
      out.writeBoolean(l.image());
      out.writeBoolean(l.html());
    }
  }

  private static List<Bodies.LinkTarget> readLinks(StateReader in) throws IOException {
    int l = in.readInt();
    if (l < 0 || l > (1 << 20)) {
      throw new IOException("not a build cache");
    }
    if (l == 0) {
      return List.of(); // (most bodies: no link, and no list to make)
    }
    List<Bodies.LinkTarget> links = new ArrayList<>(l);
    for (int k = 0; k < l; k++) {
      links.add(new Bodies.LinkTarget(in.readString(), in.readInt(), in.readBoolean(), in.readBoolean()));
    }
    return List.copyOf(links);
  }

  /** An item entry and where its bytes lie in the state (to be written back as they are when the item is reused). */
  private static ItemEntry readItem(StateReader in) throws IOException {
    int start = in.position();
    String path = in.readString();
    FileStamp stamp = readStamp(in);
    long observedAt = in.readLong();
    long textHash = in.readLong();
    long itemKey = in.readLong();
    String file = in.readString();
    String slug = in.readString();
    String column = in.readString();
    String title = in.readString();
    String[] s = new String[6];
    for (int k = 0; k < 6; k++) {
      s[k] = in.readString();
    }
    LocalDate generated = readDate(in);
    LocalDate published = readDate(in);
    DisclosureMeta.Positions positions = new DisclosureMeta.Positions(readPos(in, file), readPos(in, file), readPos(in, file));
    DisclosureMeta meta = new DisclosureMeta(s[0], s[1], generated, published, s[2], s[3], s[4], s[5], positions);
    String summary = in.readString();
    int n = in.readInt();
    List<Item.Attachment> attachments = List.of();
    List<FileStamp> attachmentStamps = List.of();
    if (n > 0) {
      List<Item.Attachment> a = new ArrayList<>(n);
      List<FileStamp> st = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        a.add(new Item.Attachment(in.readString(), Path.of(in.readString()), in.readLong()));
        st.add(readStamp(in));
      }
      attachments = List.copyOf(a);
      attachmentStamps = List.copyOf(st);
    }
    boolean draft = in.readBoolean();
    int bodyLine = in.readInt();
    Item.Positions itemPositions = new Item.Positions(readPos(in, file), readPos(in, file));
    List<Bodies.LinkTarget> links = readLinks(in);
    Item item = new Item(file, Path.of(path), slug, column, title, meta, summary, attachments, draft, "", bodyLine, itemPositions);
    return new ItemEntry(path, stamp, observedAt, textHash, itemKey, item, attachmentStamps, links, start, in.position());
  }

  private static void writeFindings(DataOutputStream out, List<Finding> findings) throws IOException {
    out.writeInt(findings.size());
    for (Finding f : findings) {
      writeString(out, f.rule().name());
      writeString(out, f.level().name());
      writeString(out, f.pos().file());
      out.writeInt(f.pos().line());
      out.writeInt(f.pos().column());
      writeString(out, f.message());
      writeString(out, f.subject());
      writeString(out, f.row());
      writeString(out, f.note());
      out.writeBoolean(f.waivable());
      out.writeBoolean(f.toVerify());
    }
  }

  /** Findings as {@link #writeFindings} wrote them; a rule or level this program does not have fails the state. */
  private static List<Finding> readFindings(StateReader in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > (1 << 24)) {
      throw new IOException("not a build cache");
    }
    List<Finding> findings = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Rule rule = Rule.valueOf(in.readString());
      Level level = Level.valueOf(in.readString());
      SourcePos pos = new SourcePos(in.readString(), in.readInt(), in.readInt());
      findings.add(new Finding(rule, level, pos, in.readString(), in.readString(), in.readString(), in.readString(), in.readBoolean(), in.readBoolean()));
    }
    return List.copyOf(findings);
  }

  /** UTF-8 with its length: the JDK's own encoder, many times faster than modified UTF-8's loop per character. */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static void writeStamp(DataOutputStream out, FileStamp s) throws IOException {
    out.writeLong(s.size());
    out.writeLong(s.modified());
    out.writeLong(s.key());
  }

  private static FileStamp readStamp(StateReader in) throws IOException {
    return new FileStamp(in.readLong(), in.readLong(), in.readLong());
  }

  private static void writeDate(DataOutputStream out, LocalDate d) throws IOException {
    out.writeLong(d == null ? Long.MIN_VALUE : d.toEpochDay());
  }

  private static LocalDate readDate(StateReader in) throws IOException {
    long v = in.readLong();
    return v == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(v);
  }

  /** A place, its file written only when it is not the item's own (it nearly always is). */
  private static void writePos(DataOutputStream out, SourcePos p, String itemFile) throws IOException {
    boolean own = p.file().equals(itemFile);
    out.writeBoolean(own);
    if (!own) {
      writeString(out, p.file());
    }
    out.writeInt(p.line());
    out.writeInt(p.column());
  }

  private static SourcePos readPos(StateReader in, String itemFile) throws IOException {
    String file = in.readBoolean() ? itemFile : in.readString();
    return new SourcePos(file, in.readInt(), in.readInt());
  }

  // ---- files

  /**
   * The fingerprint of {@code site.yaml}, {@code columns.yaml} and every file of {@code content/reports/}, by
   * name and bytes: read once per build, for both the checks key and the pages key.
   */
  private long contentFiles(Content content) {
    Long known = contentFiles;
    if (known == null) {
      Path c = content.source().resolve("content");
      Hasher h = new Hasher().add(bytes(c.resolve("site.yaml"))).add(bytes(c.resolve("columns.yaml")));
      for (Path p : filesUnder(c.resolve("reports"))) {
        h.add(c.relativize(p).toString()).add(bytes(p));
      }
      known = h.value();
      contentFiles = known;
    }
    return known;
  }

  private static byte[] bytes(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0];
    } catch (IOException e) {
      return new byte[] {(byte) System.nanoTime()};
    }
  }

  private static List<Path> filesUnder(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      // A folder that cannot be walked now makes a key no earlier build had.
      return List.of(root.resolve("unreadable-" + System.nanoTime()));
    }
  }

  /**
   * The running program: the jar's path, size and time; run from class folders (tests, an IDE) a value of
   * this process alone, so that a state is never trusted across a recompilation.
   */
  private static long codeKey() {
    try {
      Path where = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(where)) {
        return new Hasher().add(where.toString()).add(Files.size(where)).add(Files.getLastModifiedTime(where).toMillis()).add(VERSION).value();
      }
    } catch (Exception e) {
      // fall through: a key of this process only
    }
    return new Hasher().add(ProcessHandle.current().pid()).add(System.nanoTime()).value();
  }
}
