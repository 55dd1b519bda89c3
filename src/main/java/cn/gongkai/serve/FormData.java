package cn.gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.fileupload2.core.AbstractFileUpload;
import org.apache.commons.fileupload2.core.AbstractRequestContext;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.core.FileUploadSizeException;

/**
 * The body of a request to an edit page: {@code application/x-www-form-urlencoded} or {@code
 * multipart/form-data} (commons-fileupload2 splits the parts), always UTF-8. Files go to a temporary
 * folder of their own, which {@link #close} deletes; whatever was received is deleted too when the
 * body is refused, so nothing of a refused request is kept.
 */
final class FormData implements AutoCloseable {
  private static final long MB = 1024 * 1024;

  /**
   * How much one request may carry: the whole body, each file, the number of fields (files
   * included) and each text field.
   */
  record Limits(long bodyMax, long fileMax, int fieldsMax, int textMax) {
    /** The one place the limits of serve's forms are set. */
    static final Limits DEFAULT = new Limits(64 * MB, 50 * MB, 2000, (int) MB);

    Limits withFileMax(long max) {
      return new Limits(bodyMax, max, fieldsMax, textMax);
    }

    Limits withBodyMax(long max) {
      return new Limits(max, fileMax, fieldsMax, textMax);
    }
  }

  /**
   * One uploaded file. {@code fileName} is the name without any folder the browser put before it
   * ({@code C:\fakepath\a.pdf} → {@code a.pdf}); {@code rawName} is what the browser sent, for the
   * caller to refuse a bad one. {@code path} is the received copy, deleted by {@link #close}.
   */
  record Upload(String field, String fileName, String rawName, String contentType, long size, Path path) {}

  private final Map<String, List<String>> fields = new LinkedHashMap<>();
  private final List<Upload> uploads = new ArrayList<>();
  private final Path folder;
  private int count; // fields and files so far

  private FormData(Path folder) {
    this.folder = folder;
  }

  /** A form with no fields, for a request without a body. */
  static FormData empty() {
    return new FormData(null);
  }

  static FormData parse(HttpExchange ex) throws RequestRefused, IOException {
    return parse(ex, Limits.DEFAULT, Path.of(System.getProperty("java.io.tmpdir")));
  }

  /** Reads the whole body; files go into a new folder under {@code tempRoot}. */
  static FormData parse(HttpExchange ex, Limits limits, Path tempRoot) throws RequestRefused, IOException {
    String type = ex.getRequestHeaders().getFirst("Content-Type");
    String mime = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    long length = contentLength(ex);
    if (length > limits.bodyMax()) {
      throw tooLarge(length, limits);
    }
    if (mime.equals("application/x-www-form-urlencoded")) {
      return urlEncoded(ex.getRequestBody(), limits);
    }
    if (mime.equals("multipart/form-data")) {
      return multipart(ex, limits, tempRoot);
    }
    if (mime.isEmpty() && ex.getRequestBody().read() < 0) {
      return empty();
    }
    String what = mime.isEmpty() ? "请求没有说明内容的格式" : "请求的格式是“" + (mime.length() > 60 ? mime.substring(0, 60) + "…" : mime) + "”";
    throw new RequestRefused(415, what + "，编辑页只接受表单（application/x-www-form-urlencoded 或 multipart/form-data）。没有做任何修改。");
  }

  /** The last value of each field, in the order the fields first came. */
  Map<String, String> fields() {
    Map<String, String> last = new LinkedHashMap<>();
    fields.forEach((name, values) -> last.put(name, values.get(values.size() - 1)));
    return last;
  }

  /** The last value of {@code name}, or null. */
  String field(String name) {
    List<String> values = fields.get(name);
    return values == null ? null : values.get(values.size() - 1);
  }

  /** Every value of {@code name}, in order; empty when there is none. */
  List<String> values(String name) {
    return List.copyOf(fields.getOrDefault(name, List.of()));
  }

  List<Upload> uploads() {
    return List.copyOf(uploads);
  }

  /** The files sent under {@code name}, in order. */
  List<Upload> uploads(String name) {
    return uploads.stream().filter(u -> u.field().equals(name)).toList();
  }

  /** Deletes the received files and their folder. */
  @Override
  public void close() {
    if (folder == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // Only temporary files: the system's temporary folder is cleaned anyway.
    }
  }

  // --- application/x-www-form-urlencoded

  private static FormData urlEncoded(InputStream in, Limits limits) throws RequestRefused, IOException {
    byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.bodyMax() + 1));
    if (body.length > limits.bodyMax()) {
      throw tooLarge(-1, limits);
    }
    FormData form = empty();
    String text = new String(body, StandardCharsets.UTF_8);
    for (String pair : text.split("&")) {
      if (!pair.isEmpty()) {
        int eq = pair.indexOf('=');
        form.addField(decode(eq < 0 ? pair : pair.substring(0, eq)), decode(eq < 0 ? "" : pair.substring(eq + 1)), limits);
      }
    }
    return form;
  }

  private static String decode(String s) throws RequestRefused {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new RequestRefused(400, "表单数据里有不完整的百分号编码（“" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "”）。没有做任何修改。");
    }
  }

  private void addField(String name, String value, Limits limits) throws RequestRefused {
    countField(limits);
    if (value.getBytes(StandardCharsets.UTF_8).length > limits.textMax()) {
      throw textTooLarge(name, limits);
    }
    fields.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
  }

  private void countField(Limits limits) throws RequestRefused {
    if (++count > limits.fieldsMax()) {
      throw new RequestRefused(413, "表单的字段超过 " + limits.fieldsMax() + " 个，编辑页不会有这么多字段。没有做任何修改。");
    }
  }

  // --- multipart/form-data

  private static FormData multipart(HttpExchange ex, Limits limits, Path tempRoot) throws RequestRefused, IOException {
    FormData form = new FormData(Files.createTempDirectory(tempRoot, "gongkai-upload-"));
    try {
      FileItemInputIterator parts = upload(limits).getItemIterator(new ExchangeContext(ex));
      while (parts.hasNext()) {
        form.addPart(parts.next(), limits);
      }
      return form;
    } catch (FileUploadSizeException e) {
      form.close();
      throw tooLarge(-1, limits); // a body of unknown length that ran past the limit
    } catch (FileUploadException e) {
      form.close();
      throw broken();
    } catch (InvalidPathException e) { // a NUL in a file name, found while reading the part's headers
      form.close();
      throw nulInName();
    } catch (RequestRefused | IOException | RuntimeException e) {
      form.close();
      throw e;
    }
  }

  private static Uploader upload(Limits limits) {
    Uploader upload = new Uploader();
    upload.setSizeMax(limits.bodyMax());
    upload.setFileSizeMax(-1); // each file is measured here, to name its whole size in the refusal
    upload.setFileCountMax(-1); // counted here with the text fields, for one message
    upload.setHeaderCharset(StandardCharsets.UTF_8);
    return upload;
  }

  private void addPart(FileItemInput part, Limits limits) throws RequestRefused, IOException {
    String rawName = rawName(part);
    if (rawName == null) {
      addField(part.getFieldName(), readText(part, limits), limits);
      return;
    }
    countField(limits);
    Path file = folder.resolve("upload-" + uploads.size());
    long size = save(part.getInputStream(), file, baseName(rawName), limits);
    if (rawName.isEmpty() && size == 0) {
      Files.delete(file); // an <input type=file> left empty
      return;
    }
    uploads.add(new Upload(part.getFieldName(), baseName(rawName), rawName, part.getContentType(), size, file));
  }

  /** The file name as sent, null for a text field. */
  private static String rawName(FileItemInput part) throws RequestRefused {
    try {
      return part.getName();
    } catch (InvalidPathException e) { // a NUL in the name
      throw nulInName();
    }
  }

  private static String readText(FileItemInput part, Limits limits) throws RequestRefused, IOException {
    try (InputStream in = part.getInputStream()) {
      byte[] bytes = in.readNBytes(limits.textMax() + 1);
      if (bytes.length > limits.textMax()) {
        throw textTooLarge(part.getFieldName(), limits);
      }
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** Copies one file up to the limit; past it, only counts the rest (the refusal deletes the copy). */
  private static long save(InputStream in, Path file, String name, Limits limits) throws RequestRefused, IOException {
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    try (in;
        OutputStream out = Files.newOutputStream(file)) {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        size += n;
        if (size <= limits.fileMax()) {
          out.write(buffer, 0, n);
        }
      }
    } catch (FileUploadSizeException e) {
      if (size > limits.fileMax()) {
        throw fileTooLarge(name, -1, limits); // the whole request ran past its limit while counting
      }
      throw e;
    }
    if (size > limits.fileMax()) {
      throw fileTooLarge(name, size, limits);
    }
    return size;
  }

  /** {@code a.pdf} of {@code C:\fakepath\a.pdf} or {@code folder/a.pdf}. */
  static String baseName(String raw) {
    return raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
  }

  // --- refusals

  private static RequestRefused fileTooLarge(String name, long size, Limits limits) {
    String how = size < 0 ? "大于 " + size(limits.fileMax()) : "为 " + size(size) + "，超过上限 " + size(limits.fileMax());
    return new RequestRefused(413, "附件 " + name + " " + how + "，这次提交的内容都没有保存。请把文件压缩或拆分后再上传。");
  }

  private static RequestRefused tooLarge(long size, Limits limits) {
    String how = size < 0 ? "超过上限 " + size(limits.bodyMax()) : "共 " + size(size) + "，超过上限 " + size(limits.bodyMax());
    return new RequestRefused(413, "这次提交" + how + "（每个附件最多 " + size(limits.fileMax()) + "），内容都没有保存。请分几次上传附件。");
  }

  private static RequestRefused textTooLarge(String name, Limits limits) {
    return new RequestRefused(413, "字段 " + name + " 的文字超过上限 " + size(limits.textMax()) + "，没有做任何修改。");
  }

  private static RequestRefused nulInName() {
    return new RequestRefused(400, "附件的文件名里有不能用的字符（NUL）。没有做任何修改。");
  }

  private static RequestRefused broken() {
    return new RequestRefused(400, "表单数据不完整或格式不对（可能上传中断了），没有做任何修改。请重新提交。");
  }

  /** “63.2 MB”, “50 MB”, “1.5 KB”, “900 字节”. */
  static String size(long bytes) {
    if (bytes >= MB) {
      return decimal(bytes / (double) MB) + " MB";
    }
    return bytes >= 1024 ? decimal(bytes / 1024.0) + " KB" : bytes + " 字节";
  }

  private static String decimal(double value) {
    String s = String.format(Locale.ROOT, "%.1f", value);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static long contentLength(HttpExchange ex) {
    try {
      return Long.parseLong(ex.getRequestHeaders().getFirst("Content-Length"));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * commons-fileupload2 on the JDK's HttpExchange. Only its stream of parts is used: each file is
   * copied here, so that a file over the limit is measured to its end and named with its size.
   */
  private static final class Uploader extends AbstractFileUpload<HttpExchange, DiskFileItem, DiskFileItemFactory> {
    @Override
    public FileItemInputIterator getItemIterator(HttpExchange ex) throws IOException {
      return getItemIterator(new ExchangeContext(ex));
    }

    @Override
    public Map<String, List<DiskFileItem>> parseParameterMap(HttpExchange ex) throws FileUploadException {
      return parseParameterMap(new ExchangeContext(ex));
    }

    @Override
    public List<DiskFileItem> parseRequest(HttpExchange ex) throws FileUploadException {
      return parseRequest(new ExchangeContext(ex));
    }
  }

  private static final class ExchangeContext extends AbstractRequestContext<HttpExchange> {
    ExchangeContext(HttpExchange ex) {
      super(ex.getRequestHeaders()::getFirst, () -> -1, ex);
    }

    @Override
    public String getCharacterEncoding() {
      return StandardCharsets.UTF_8.name();
    }

    @Override
    public String getContentType() {
      return getRequest().getRequestHeaders().getFirst("Content-Type");
    }

    @Override
    public InputStream getInputStream() {
      return getRequest().getRequestBody();
    }
  }
}
