package cn.gongkai.content;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.regex.Pattern;

/** Markdown to HTML with flexmark, set up for Chinese prose. */
public final class Markdown {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Parser PARSER;
  private static final HtmlRenderer RENDERER;

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
    // A line break inside a Chinese paragraph must not become a space between characters.
    options.set(HtmlRenderer.SOFT_BREAK, "");
    options.set(TablesExtension.CLASS_NAME, "md-table");
    PARSER = Parser.builder(options).build();
    RENDERER = HtmlRenderer.builder(options).build();
  }

  private Markdown() {}

  /** Renders Markdown; authoring comments ({@code <!-- -->}) are notes for the webmaster, not content. */
  public static String toHtml(String markdown) {
    return RENDERER.render(PARSER.parse(stripComments(markdown)));
  }

  public static String stripComments(String markdown) {
    return COMMENT.matcher(markdown).replaceAll("");
  }
}
