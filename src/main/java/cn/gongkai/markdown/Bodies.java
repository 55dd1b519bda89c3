package cn.gongkai.markdown;

import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Parallel;
import cn.gongkai.diag.SourcePos;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Every Markdown body of the site (items, report narratives, column introductions), each parsed once,
 * on every core: one walk of the syntax tree gives a {@link NodeCheck} (HTML-01) each node and
 * collects the link targets (for LINK-01), and the tree then gives the page its HTML. Parsing was the
 * largest cost of a big build when each of the three did it itself.
 */
public final class Bodies {
  /**
   * A body: the file it is in, its text, the file line its text starts at, and the folder of the page
   * that shows it ({@code null} for a body that is checked but not published, such as a draft).
   */
  public record Source(String file, String markdown, int firstLine, String pageDir, Earlier earlier) {
    public Source(String file, String markdown, int firstLine, String pageDir) {
      this(file, markdown, firstLine, pageDir, null);
    }
  }

  /**
   * A body an earlier build parsed, unchanged since and clean (the build cache): its links as found then,
   * and its text, read only if its page is rendered again.
   */
  public record Earlier(List<LinkTarget> links, Supplier<String> markdown) {}

  /** A link or image target written in a body, with its 1-based line in the body's text. */
  /**
   * A link or image target written in a body, with its 1-based line in the body's text; {@code html} when it
   * was written in raw HTML ({@code <a href>}, {@code <img src>}), which the renderer does not rewrite.
   */
  public record LinkTarget(String url, int line, boolean image, boolean html) {
    public LinkTarget(String url, int line, boolean image) {
      this(url, line, image, false);
    }
  }

  /** A parsed body: its source, the links and images it makes, and its HTML (empty when only checking). */
  public record Parsed(Source source, List<LinkTarget> links, String html) {}

  /** The link rewriting for a body of {@code file} shown on page folder {@code pageDir}. */
  public interface Rewriters {
    UnaryOperator<String> rewriter(String file, String pageDir);
  }

  /**
   * Looks at each node of a body's tree; {@code at} turns an offset in the tree into a place in the file. It
   * finds nothing in paragraphs, headings, tables and their text: a body of nothing else ({@link PlainBody}) is
   * not given to it.
   */
  public interface NodeCheck {
    void inspect(Node node, IntFunction<SourcePos> at, Findings findings);
  }

  private final List<Parsed> all;
  private final Rewriters rewriters;
  private final Map<String, String> htmlByKey = new ConcurrentHashMap<>();
  private final Map<String, Source> earlierByKey = new HashMap<>();

  private Bodies(List<Parsed> all, Rewriters rewriters) {
    this.all = all;
    this.rewriters = rewriters;
    for (Parsed p : all) {
      String key = key(p.source().file(), p.source().firstLine());
      if (p.html() != null) {
        htmlByKey.put(key, p.html());
      } else {
        earlierByKey.put(key, p.source());
      }
    }
  }

  /** Parses every body for its findings and links, making no HTML (what {@code check} needs). */
  public static Bodies parse(List<Source> sources, NodeCheck check, Findings findings) {
    return parse(sources, null, check, findings);
  }

  /**
   * Parses every body and makes the HTML of those with a page, links rewritten by {@code rewriters}, in
   * the same pass (what {@code build} needs). A body with findings of its own gets no HTML.
   */
  public static Bodies parseAndRender(List<Source> sources, Rewriters rewriters, NodeCheck check, Findings findings) {
    return parse(sources, rewriters, check, findings);
  }

  /** What {@code check} finds goes to {@code findings} in the order of {@code sources}. */
  private static Bodies parse(List<Source> sources, Rewriters rewriters, NodeCheck check, Findings findings) {
    List<Result> results = Parallel.map(sources, s -> parse(s, rewriters, check));
    List<Parsed> parsed = new ArrayList<>(results.size());
    for (Result r : results) {
      findings.addAll(r.findings());
      parsed.add(r.parsed());
    }
    return new Bodies(List.copyOf(parsed), rewriters);
  }

  private record Result(Parsed parsed, Findings findings) {}

  private static Result parse(Source s, Rewriters rewriters, NodeCheck check) {
    Findings findings = new Findings();
    if (s.earlier() != null) {
      // Its HTML (null here) is made when a page asks for it: most pages of a rebuild are not rendered.
      return new Result(new Parsed(s, s.earlier().links(), rewriters != null && s.pageDir() != null ? null : ""), findings);
    }
    if (s.markdown() == null || s.markdown().isEmpty()) {
      return new Result(new Parsed(s, List.of(), ""), findings);
    }
    BodyText text = new BodyText(s.markdown());
    boolean render = rewriters != null && s.pageDir() != null;
    String plain = PlainBody.html(text.rendered);
    if (plain != null) {
      // (no link to rewrite or to check, no HTML: nothing for the check)
      return new Result(new Parsed(s, List.of(), render ? plain : ""), findings);
    }
    Node doc = Markdown.parse(text.rendered);
    List<LinkTarget> links = new ArrayList<>();
    IntFunction<SourcePos> at = offset -> text.pos(s.file(), s.firstLine(), offset);
    for (Node node : doc.getDescendants()) {
      check.inspect(node, at, findings);
      if (node instanceof Link l) {
        links.add(new LinkTarget(l.getUrl().toString(), text.line(l.getStartOffset()) + 1, false));
      } else if (node instanceof Image i) {
        links.add(new LinkTarget(i.getUrl().toString(), text.line(i.getStartOffset()) + 1, true));
      } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
        int line = text.line(node.getStartOffset()) + 1;
        for (BodyHtmlPolicy.Target t : BodyHtmlPolicy.targets(node.getChars().toString())) {
          links.add(new LinkTarget(t.url(), line, t.image(), true));
        }
      }
    }
    String html = render && !findings.hasErrors() ? Markdown.render(doc, rewriters.rewriter(s.file(), s.pageDir())) : "";
    return new Result(new Parsed(s, List.copyOf(links), html), findings);
  }

  /** Whether {@code markdown} (a body as written) is made without flexmark ({@link PlainBody}). */
  public static boolean plain(String markdown) {
    return markdown == null || markdown.isEmpty() || PlainBody.takes(new BodyText(markdown).rendered);
  }

  /** Every body, in the order given to {@link #parse}. */
  public List<Parsed> all() {
    return all;
  }

  /** The HTML of the body of {@code file} that starts at line {@code firstLine}. */
  public String html(String file, int firstLine) {
    String key = key(file, firstLine);
    String html = htmlByKey.get(key);
    if (html == null) {
      Source earlier = earlierByKey.get(key);
      if (earlier == null) {
        throw new IllegalStateException("no parsed body for " + file + ":" + firstLine);
      }
      html = htmlByKey.computeIfAbsent(key, k -> render(earlier));
    }
    return html;
  }

  /** An earlier build's body, parsed now that its page is rendered again: exactly as {@link #parse} makes it. */
  private String render(Source s) {
    String markdown = s.earlier().markdown().get();
    if (markdown.isEmpty()) {
      return "";
    }
    String rendered = new BodyText(markdown).rendered;
    String plain = PlainBody.html(rendered);
    return plain != null ? plain : Markdown.render(Markdown.parse(rendered), rewriters.rewriter(s.file(), s.pageDir()));
  }

  private static String key(String file, int firstLine) {
    return file + ":" + firstLine;
  }
}
