package cn.gongkai.markdown;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableNodeRenderer;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;

/**
 * flexmark's {@link TablesExtension}, registered as it registers itself, except that one table
 * preprocessor serves every body. flexmark makes a new one for each document, and each formats and compiles
 * its separator-row pattern again (async-profiler showed it in a cold build); parsing the 10,000 bodies of
 * the benchmark corpus on one thread took 13-19 % less time with one preprocessor. It holds nothing but the
 * options and that pattern, so it can be shared, also between threads; every body here is parsed with the
 * same options. {@code TablesTest} compares the HTML with flexmark's own extension.
 */
final class Tables implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder parserBuilder) {
    parserBuilder.paragraphPreProcessorFactory(new OnePreProcessor(TableParagraphPreProcessor.Factory()));
  }

  @Override
  public void extend(HtmlRenderer.Builder htmlRendererBuilder, String rendererType) {
    if (htmlRendererBuilder.isRendererType("HTML")) {
      htmlRendererBuilder.nodeRendererFactory(new TableNodeRenderer.Factory());
    }
  }

  /** flexmark's table preprocessor factory, giving the preprocessor it made first to every document. */
  private static final class OnePreProcessor implements ParagraphPreProcessorFactory {
    private final ParagraphPreProcessorFactory tables;
    private volatile ParagraphPreProcessor made;

    OnePreProcessor(ParagraphPreProcessorFactory tables) {
      this.tables = tables;
    }

    @Override
    public ParagraphPreProcessor apply(ParserState state) {
      ParagraphPreProcessor p = made;
      if (p == null) {
        p = tables.apply(state);
        made = p;
      }
      return p;
    }

    @Override
    public boolean affectsGlobalScope() {
      return tables.affectsGlobalScope();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return tables.getAfterDependents();
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return tables.getBeforeDependents();
    }
  }
}
