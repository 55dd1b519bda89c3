package cn.gongkai.check;

import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.markdown.BodyHtmlPolicy;
import com.vladsch.flexmark.ast.DelimitedLinkNode;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import java.util.function.IntFunction;

/**
 * HTML-01 and HTML-02 on a body's syntax tree, the exact text the renderer gets (authoring comments
 * removed): each raw HTML node goes through {@link BodyHtmlPolicy} (the allow-list: HTML-01 for what
 * runs code, submits data, loads from elsewhere or changes the whole page; HTML-02 for the paste debris
 * the renderer removes), and the targets of links, images, reference definitions and autolinks must be
 * addresses a link or an image may have (no script schemes; images from the site only).
 */
public final class HtmlRule {
  private HtmlRule() {}

  /** Checks one node of a body's tree; {@code at} gives the place in the file of an offset in the tree. */
  public static void inspect(Node node, IntFunction<SourcePos> at, Findings findings) {
    if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
      int start = node.getStartOffset();
      for (BodyHtmlPolicy.Problem p : BodyHtmlPolicy.review(node.getChars().toString()).problems()) {
        findings.add(p.rule(), at.apply(start + p.offset()), p.message());
      }
    } else if (node instanceof LinkNodeBase link) {
      // A reference definition may serve a link or an image: as an image it is checked where it is used.
      url(at, node.getStartOffset(), link.getUrl().toString(), node instanceof Image, findings);
    } else if (node instanceof ImageRef ref) {
      Reference r = ref.getReferenceNode(ref.getDocument());
      if (r != null) {
        url(at, node.getStartOffset(), r.getUrl().toString(), true, findings);
      }
    } else if (node instanceof DelimitedLinkNode auto) {
      url(at, node.getStartOffset(), auto.getText().toString(), false, findings);
    }
  }

  private static void url(IntFunction<SourcePos> at, int offset, String url, boolean image, Findings findings) {
    String message = BodyHtmlPolicy.linkProblem(url, image);
    if (message != null) {
      findings.add(Rule.HTML_01, at.apply(offset), message);
    }
  }
}
