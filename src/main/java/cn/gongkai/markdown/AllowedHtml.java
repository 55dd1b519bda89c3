package cn.gongkai.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * Raw HTML as {@link BodyHtmlPolicy} publishes it: the paste debris (HTML-02) left out. A fragment the
 * policy keeps as it is goes to flexmark's own rendering, so such bodies render exactly as before; a
 * changed one is written the way flexmark writes raw HTML (our options: no escaping, no suppressing, no
 * source wrapping). Fragments with HTML-01 errors never get here: such a body is not rendered. Text
 * nodes go to {@link PlainText}, which writes them as flexmark does, faster.
 */
final class AllowedHtml implements NodeRenderer {
  @Override
  public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
    return Set.of(
        new NodeRenderingHandler<>(HtmlBlock.class, this::block),
        new NodeRenderingHandler<>(HtmlInline.class, this::inline),
        new NodeRenderingHandler<>(Text.class, PlainText::render));
  }

  private void block(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
    String raw = node.getContentChars().normalizeEOL();
    String clean = node.hasChildren() ? raw : BodyHtmlPolicy.clean(raw);
    if (clean.equals(raw)) {
      context.delegateRender();
      return;
    }
    boolean eol = context.getHtmlOptions().htmlBlockCloseTagEol;
    html.line();
    html.line();
    html.rawPre(clean);
    html.lineIf(eol);
    html.lineIf(eol);
  }

  private void inline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
    String raw = node.getChars().normalizeEOL();
    String clean = BodyHtmlPolicy.clean(raw);
    if (clean.equals(raw)) {
      context.delegateRender();
      return;
    }
    html.rawPre(clean);
  }
}
