package cn.gongkai.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.regex.Pattern;

/**
 * Places the paragraphs of an official document as GB/T 9704 does: the 主送机关 (“各村（社区）：”) flush
 * left, and the 落款 (the issuing organ and the date under the text) to the right. The theme indents every
 * other paragraph by two characters, as Chinese prose is set.
 */
final class OfficialLayout implements AttributeProvider {
  static final String ADDRESSEE = "addressee";
  static final String SIGNATURE = "signature";
  private static final Pattern DATE = Pattern.compile("\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");
  /** An organ name is short and has no sentence punctuation. */
  private static final Pattern ORGAN = Pattern.compile("[^。，；：！？、,.;:!?]{2,30}");

  @Override
  public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
    if (node instanceof Paragraph && node.getParent() instanceof Document) {
      String cls = classOf((Paragraph) node);
      if (cls != null) {
        attributes.addValue("class", cls);
      }
    }
  }

  static String classOf(Paragraph p) {
    // Only the first paragraph can be the 主送机关 and only the last two the 落款: the others (nearly all)
    // are passed over without making their text, which every paragraph of every body did before.
    Node next = nextParagraph(p);
    boolean first = isFirst(p);
    if (!first && next != null && nextParagraph(next) != null) {
      return null;
    }
    String followingLast = next instanceof Paragraph following && nextParagraph(following) == null ? text(following) : null;
    return classOf(first, next == null, text(p), followingLast);
  }

  /**
   * The class of a top-level paragraph that is the first block (after a heading or nothing) or one of the last
   * two: {@code text} is its trimmed text, {@code last} whether no block follows it, and {@code followingLast}
   * the trimmed text of the paragraph after it when that one is the last block (otherwise null). {@link
   * PlainBody} lays its paragraphs out with this too.
   */
  static String classOf(boolean first, boolean last, String text, String followingLast) {
    if (first && isAddressee(text)) {
      return ADDRESSEE;
    }
    boolean date = last && DATE.matcher(text).matches();
    if (date || (followingLast != null && ORGAN.matcher(text).matches() && DATE.matcher(followingLast).matches())) {
      return SIGNATURE;
    }
    return null;
  }

  /** Nothing but authoring comments before it, or a heading right before it. */
  private static boolean isFirst(Paragraph p) {
    Node before = p.getPrevious();
    while (before instanceof HtmlCommentBlock) {
      before = before.getPrevious();
    }
    return before == null || before instanceof Heading;
  }

  /** The first paragraph, ending in a colon: “各村（社区）：”, “各有关单位：”. */
  private static boolean isAddressee(String text) {
    return (text.endsWith("：") || text.endsWith(":"))
        && text.length() <= 60
        && !text.contains("。");
  }

  /** The next block that is not an authoring comment, or null at the end. */
  private static Node nextParagraph(Node p) {
    Node next = p.getNext();
    while (next instanceof HtmlCommentBlock) {
      next = next.getNext();
    }
    return next;
  }

  private static String text(Paragraph p) {
    return p.getChars().toString().trim();
  }
}
