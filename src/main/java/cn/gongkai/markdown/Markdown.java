package cn.gongkai.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.CharSubSequence;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/** Markdown to HTML with flexmark, set up for Chinese prose. */
public final class Markdown {
  /** The class of a body's tables (the theme styles them). */
  static final String TABLE_CLASS = "md-table";

  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final MutableDataSet OPTIONS = new MutableDataSet();
  private static final Parser PARSER;
  private static final HtmlRenderer RENDERER;
  private static final OfficialLayout LAYOUT = new OfficialLayout();
  /**
   * The link rewriting of the body being rendered on this thread. One renderer serves every body (building
   * one per body was a visible cost), so the rewriting, which depends on the body's page, is passed here.
   */
  private static final ThreadLocal<UnaryOperator<String>> REWRITE = new ThreadLocal<>();

  static {
    OPTIONS.set(Parser.EXTENSIONS, List.of(new Tables()));
    // A line break inside a Chinese paragraph must not become a space between characters.
    OPTIONS.set(HtmlRenderer.SOFT_BREAK, "");
    // The HTML goes out as it is made: no indenting or prefixing of lines, which flexmark otherwise
    // works out character by character. The output is the same (checked on every test site and on the
    // benchmark corpus), and rendering is the largest part of a big build.
    OPTIONS.set(HtmlRenderer.FORMAT_FLAGS, LineAppendable.F_PASS_THROUGH);
    // Heading ids are not rendered (RENDER_HEADER_ID is off), so making them is wasted work.
    OPTIONS.set(HtmlRenderer.GENERATE_HEADER_ID, false);
    OPTIONS.set(TablesExtension.CLASS_NAME, TABLE_CLASS);
    PARSER = Parser.builder(OPTIONS).build();
    RENDERER =
        HtmlRenderer.builder(OPTIONS)
            .linkResolverFactory(
                new IndependentLinkResolverFactory() {
                  @Override
                  public LinkResolver apply(LinkResolverBasicContext context) {
                    return (node, ctx, link) -> rewritten(link, REWRITE.get());
                  }
                })
            .nodeRendererFactory(options -> new AllowedHtml())
            .attributeProviderFactory(
                new IndependentAttributeProviderFactory() {
                  @Override
                  public AttributeProvider apply(LinkResolverContext context) {
                    return LAYOUT;
                  }
                })
            .build();
  }

  private Markdown() {}

  /** Renders a tree from {@link #parse} with every link and image target passed through {@code rewrite}. */
  static String render(Node doc, UnaryOperator<String> rewrite) {
    String direct = doc instanceof Document d ? DirectHtml.render(d) : null;
    // (a body DirectHtml writes has no link to rewrite)
    return direct != null ? direct : flexmark(doc, rewrite);
  }

  /** {@link #render} by flexmark alone (also for the test that compares it with {@link DirectHtml}). */
  static String flexmark(Node doc, UnaryOperator<String> rewrite) {
    REWRITE.set(rewrite);
    try {
      return RENDERER.render(doc);
    } finally {
      REWRITE.remove();
    }
  }

  private static ResolvedLink rewritten(ResolvedLink link, UnaryOperator<String> rewrite) {
    return link.withUrl(rewrite.apply(link.getUrl())).withStatus(LinkStatus.VALID);
  }

  /**
   * The syntax tree of {@code text} (comments already removed); offsets are offsets into {@code text}. The
   * text is given to flexmark as a character array: flexmark reads its input one {@code charAt} at a time,
   * and from an array that made parsing and rendering the benchmark corpus about a fifth faster than from
   * the {@code String} flexmark wraps by default. The tree and the HTML are the same.
   */
  static Node parse(String text) {
    return PARSER.parse(CharSubSequence.of(text));
  }

  /**
   * Sets flexmark up and runs it once over a small body (a paragraph, a link, a table), on the calling
   * thread: a build calls it on a thread of its own at its start, so that the first body it parses does not
   * wait for flexmark's setup. Changes nothing.
   */
  public static void warmUp() {
    render(parse("示例段落，见[说明](a.md)。\n\n| 项目 | 数量 |\n|---|---:|\n| 甲 | 1 |\n"), url -> url);
  }

  /** The parser and renderer options (for a test that compares with flexmark's own rendering). */
  static DataHolder options() {
    return OPTIONS.toImmutable();
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
