package cn.gongkai.yaml;

/**
 * Splits a Markdown file into YAML front matter (between two {@code ---} lines at the top) and body.
 * The front matter keeps its line numbers: the opening {@code ---} becomes an empty line, so a YAML
 * position is the position in the file.
 */
public record FrontMatter(String yaml, String body, int bodyLine, boolean present, boolean unclosed) {

  public static FrontMatter split(String text) {
    if (!text.startsWith("---\n")) {
      return new FrontMatter("", text, 1, text.equals("---"), text.equals("---"));
    }
    // Looks for the closing line without splitting the body: bodies are most of the text.
    int lineStart = 4;
    for (int i = 1; ; i++) {
      int end = text.indexOf('\n', lineStart);
      String line = end < 0 ? text.substring(lineStart) : text.substring(lineStart, end);
      if (line.strip().equals("---")) {
        String yaml = "\n" + text.substring(4, lineStart);
        String body = end < 0 ? "" : text.substring(end + 1);
        return new FrontMatter(yaml, body, i + 2, true, false);
      }
      if (end < 0) {
        return new FrontMatter("", text, 1, true, true);
      }
      lineStart = end + 1;
    }
  }
}
