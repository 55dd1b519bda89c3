package cn.gongkai.content;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Markdown to HTML with flexmark, set up for Chinese prose. */
public final class Markdown {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final MutableDataSet OPTIONS = new MutableDataSet();
  private static final Parser PARSER;
  private static final HtmlRenderer RENDERER;

  static {
    OPTIONS.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    // A line break inside a Chinese paragraph must not become a space between characters.
    OPTIONS.set(HtmlRenderer.SOFT_BREAK, "");
    OPTIONS.set(TablesExtension.CLASS_NAME, "md-table");
    PARSER = Parser.builder(OPTIONS).build();
    RENDERER = HtmlRenderer.builder(OPTIONS).build();
  }

  private Markdown() {}

  /** A link or image target written in a body, with its 1-based line in the Markdown text. */
  public record LinkTarget(String url, int line, boolean image) {}

  /** Renders Markdown; authoring comments ({@code <!-- -->}) are notes for the webmaster, not content. */
  public static String toHtml(String markdown) {
    return RENDERER.render(PARSER.parse(stripComments(markdown)));
  }

  /** Renders Markdown with every link and image target passed through {@code rewrite}. */
  public static String toHtml(String markdown, UnaryOperator<String> rewrite) {
    HtmlRenderer renderer =
        HtmlRenderer.builder(OPTIONS)
            .linkResolverFactory(
                new IndependentLinkResolverFactory() {
                  @Override
                  public LinkResolver apply(LinkResolverBasicContext context) {
                    return (node, ctx, link) -> rewritten(link, rewrite);
                  }
                })
            .build();
    return renderer.render(PARSER.parse(stripComments(markdown)));
  }

  private static ResolvedLink rewritten(ResolvedLink link, UnaryOperator<String> rewrite) {
    return link.withUrl(rewrite.apply(link.getUrl())).withStatus(LinkStatus.VALID);
  }

  /** Every link and image target in the text, for link checking before anything is written. */
  public static List<LinkTarget> links(String markdown) {
    String text = stripCommentsKeepingLines(markdown);
    List<LinkTarget> out = new ArrayList<>();
    // Same line numbers as Node.getLineNumber(), which rescans the text from the start on every call.
    LineIndex lines = new LineIndex(text);
    NodeVisitor visitor =
        new NodeVisitor(
            new VisitHandler<>(Link.class, l -> out.add(new LinkTarget(l.getUrl().toString(), lines.line(l.getStartOffset()) + 1, false))),
            new VisitHandler<>(Image.class, i -> out.add(new LinkTarget(i.getUrl().toString(), lines.line(i.getStartOffset()) + 1, true))));
    Node doc = PARSER.parse(text);
    visitor.visit(doc);
    return out;
  }

  /** The syntax tree of {@code text} as {@link #toHtml} parses it; offsets are offsets into {@code text}. */
  static Node parse(String text) {
    return PARSER.parse(text);
  }

  /** The authoring-comment pattern that {@link #stripComments} removes. */
  static Pattern commentPattern() {
    return COMMENT;
  }

  public static String stripComments(String markdown) {
    return COMMENT.matcher(markdown).replaceAll("");
  }

  /** Removes comments but keeps their line breaks, so line numbers still match the file. */
  public static String stripCommentsKeepingLines(String markdown) {
    return COMMENT.matcher(markdown).replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
  }
}
