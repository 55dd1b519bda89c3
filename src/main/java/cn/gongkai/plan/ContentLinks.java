package cn.gongkai.plan;

import cn.gongkai.content.Content;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.items.Column;
import cn.gongkai.items.ColumnIntro;
import cn.gongkai.items.Item;
import cn.gongkai.report.AnnualReport;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Links written in bodies. A webmaster may link to another content file as she sees it
 * ({@code ../reports/2022.yaml}, {@code notice-1.md}, an attachment {@code 申请表.docx} beside the item):
 * such links are resolved against the file's own folder in {@code content/} and rewritten to where that
 * page or file is published. A column's introduction ({@code ../guide/index.md}) and a column's folder
 * ({@code ../guide/}, {@code ../guide}) stand for the column's page. Other relative links are addresses
 * relative to the page; links with a scheme (https:, mailto:) are left alone.
 *
 * <p>{@code source} is the site folder and {@code attachmentsByItem} each published item's listed
 * attachments (content path → names), so that a link to a file that exists but is not published can be
 * told apart from a link to nothing.
 */
public record ContentLinks(Map<String, String> urlByContentPath, Path source, Map<String, List<String>> attachmentsByItem) {

  /** A classified link target: external, or the root-relative output path it points to. */
  public record Target(boolean external, String path, String fragment, boolean contentFile) {}

  /** The page address of every content file a body may link to: published items, their attachments, reports. */
  public static ContentLinks of(Content content) {
    Map<String, String> urls = new LinkedHashMap<>();
    Map<String, List<String>> attachments = new LinkedHashMap<>();
    for (AnnualReport r : content.reports()) {
      urls.put(r.files().yaml(), UrlScheme.report(r));
      urls.put(r.files().markdown(), UrlScheme.report(r));
    }
    for (Item i : content.published()) {
      urls.put(i.file(), UrlScheme.item(i));
      attachments.put(i.file(), i.attachments().isEmpty() ? List.of() : i.attachments().stream().map(Item.Attachment::name).toList());
      for (Item.Attachment a : i.attachments()) {
        urls.putIfAbsent(SourcePos.display(content.source(), a.path()), UrlScheme.attachment(i, a.name()));
      }
    }
    for (ColumnIntro intro : content.intros().values()) {
      urls.putIfAbsent(intro.file(), UrlScheme.column(intro.column()));
    }
    String contentFolder = SourcePos.display(content.source(), content.source().resolve("content"));
    for (Column c : content.columns().all()) {
      urls.putIfAbsent(contentFolder + "/" + c.id() + "/", UrlScheme.column(c.id()));
      urls.putIfAbsent(contentFolder + "/" + c.id(), UrlScheme.column(c.id()));
    }
    // Wrapped, not copied: a copy hashed all 10,000 items' entries again.
    return new ContentLinks(Collections.unmodifiableMap(urls), content.source(), Collections.unmodifiableMap(attachments));
  }

  /**
   * A file that a link from {@code sourceFile} reaches in {@code content/} but that is not published
   * (for an item: not listed in its {@code attachments}); empty when there is no such regular file.
   */
  public Optional<String> unpublishedFile(String sourceFile, String url) {
    if (isExternal(url) || url.startsWith("/")) {
      return Optional.empty();
    }
    String folder = sourceFile.contains("/") ? sourceFile.substring(0, sourceFile.lastIndexOf('/') + 1) : "";
    String contentPath = normalise(folder + decode(stripQuery(url)));
    if (contentPath.isEmpty() || contentPath.endsWith("/") || contentPath.startsWith("../") || urlByContentPath.containsKey(contentPath)) {
      return Optional.empty();
    }
    try {
      Path file = source.resolve(contentPath).normalize();
      boolean inside = file.startsWith(source.resolve("content").normalize());
      return inside && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) ? Optional.of(contentPath) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** The attachments listed by the published item {@code itemFile}; empty when it is no published item. */
  public Optional<List<String>> attachmentsOf(String itemFile) {
    return Optional.ofNullable(attachmentsByItem.get(itemFile));
  }

  private static String stripQuery(String url) {
    int cut = url.length();
    for (char c : new char[] {'#', '?'}) {
      int at = url.indexOf(c);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return url.substring(0, cut);
  }

  public static boolean isExternal(String url) {
    return url.isEmpty() || url.startsWith("#") || url.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || url.startsWith("//");
  }

  /** Where {@code url}, written in content file {@code sourceFile} shown on page {@code pageDir}, points. */
  public Target resolve(String sourceFile, String pageDir, String url) {
    if (isExternal(url)) {
      return new Target(true, "", "", false);
    }
    String fragment = "";
    String path = url;
    int hash = path.indexOf('#');
    if (hash >= 0) {
      fragment = path.substring(hash);
      path = path.substring(0, hash);
    }
    int query = path.indexOf('?');
    if (query >= 0) {
      path = path.substring(0, query);
    }
    if (path.startsWith("/")) {
      return new Target(false, normalise(path.substring(1)), fragment, false);
    }
    String folder = sourceFile.contains("/") ? sourceFile.substring(0, sourceFile.lastIndexOf('/') + 1) : "";
    String contentPath = normalise(folder + decode(path));
    // A content file (another item, a report, an attachment beside the item), as the webmaster sees it.
    if (path.endsWith(".md") || path.endsWith(".yaml") || urlByContentPath.containsKey(contentPath)) {
      return new Target(false, contentPath, fragment, true);
    }
    return new Target(false, normalise(pageDir + decode(path)), fragment, false);
  }

  /** The page address of a content file ({@code content/reports/2022.yaml} → {@code reports/2022/}). */
  public Optional<String> urlOf(String contentPath) {
    return Optional.ofNullable(urlByContentPath.get(contentPath));
  }

  /** The rewriting applied when rendering a body of {@code sourceFile} on page {@code pageDir}. */
  public UnaryOperator<String> rewriter(String sourceFile, String pageDir) {
    return url -> {
      Target t = resolve(sourceFile, pageDir, url);
      if (t.external() || !t.contentFile()) {
        return url;
      }
      return urlOf(t.path()).map(u -> Hrefs.rel(pageDir, u) + t.fragment()).orElse(url);
    };
  }

  private static String decode(String path) {
    try {
      return new URI(null, null, path, null).getPath() == null ? path : java.net.URLDecoder.decode(path.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    } catch (Exception e) {
      return path;
    }
  }

  /** Resolves “.” and “..”; a path that climbs above the root keeps a leading “../”. */
  static String normalise(String path) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    boolean dir = path.endsWith("/") || path.isEmpty();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        if (parts.isEmpty() || parts.peekLast().equals("..")) {
          parts.addLast("..");
        } else {
          parts.removeLast();
        }
      } else {
        parts.addLast(p);
      }
    }
    String joined = String.join("/", parts);
    return dir && !joined.isEmpty() ? joined + "/" : joined;
  }
}
