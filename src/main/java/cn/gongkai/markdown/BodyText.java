package cn.gongkai.markdown;

import cn.gongkai.diag.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A Markdown body as the renderer gets it, authoring comments removed entirely (see {@link
 * Markdown#stripComments}), with a map from its offsets back to the original text, so a finding or a
 * link target names the line in the file.
 */
final class BodyText {
  final String original;
  final String rendered;
  /** Pairs (offset in rendered, offset in original) where each kept run of text starts. */
  final List<int[]> runs = new ArrayList<>();
  private LineIndex lines;

  BodyText(String original) {
    this.original = original;
    if (!original.contains("<!--")) {
      runs.add(new int[] {0, 0});
      this.rendered = original;
      return;
    }
    StringBuilder kept = new StringBuilder(original.length());
    Matcher m = Markdown.commentPattern().matcher(original);
    int from = 0;
    while (m.find()) {
      runs.add(new int[] {kept.length(), from});
      kept.append(original, from, m.start());
      from = m.end();
    }
    runs.add(new int[] {kept.length(), from});
    kept.append(original, from, original.length());
    this.rendered = kept.toString();
  }

  int originalOffset(int renderedOffset) {
    int[] run = runs.get(0);
    for (int[] r : runs) {
      if (r[0] > renderedOffset) {
        break;
      }
      run = r;
    }
    return Math.min(original.length(), run[1] + (renderedOffset - run[0]));
  }

  SourcePos pos(String file, int firstLine, int renderedOffset) {
    int off = originalOffset(Math.max(0, renderedOffset));
    return new SourcePos(file, firstLine + lines().line(off), off - lines().lineStart(off) + 1);
  }

  /** 0-based line, in the original text, of an offset in the rendered text. */
  int line(int renderedOffset) {
    return lines().line(originalOffset(Math.max(0, renderedOffset)));
  }

  private LineIndex lines() {
    if (lines == null) {
      lines = new LineIndex(original);
    }
    return lines;
  }
}
