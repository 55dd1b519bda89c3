package cn.gongkai.content;

/**
 * Splits a Markdown file into YAML front matter (between two {@code ---} lines at the top) and body.
 * The front matter keeps its line numbers: the opening {@code ---} becomes an empty line, so a YAML
 * position is the position in the file.
 */
public record FrontMatter(String yaml, String body, int bodyLine, boolean present, boolean unclosed) {

  public static FrontMatter split(String text) {
    if (!text.startsWith("---\n") && !text.equals("---")) {
      return new FrontMatter("", text, 1, false, false);
    }
    String[] lines = text.split("\n", -1);
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].strip().equals("---")) {
        StringBuilder yaml = new StringBuilder("\n");
        for (int k = 1; k < i; k++) {
          yaml.append(lines[k]).append('\n');
        }
        StringBuilder body = new StringBuilder();
        for (int k = i + 1; k < lines.length; k++) {
          body.append(lines[k]);
          if (k < lines.length - 1) {
            body.append('\n');
          }
        }
        return new FrontMatter(yaml.toString(), body.toString(), i + 2, true, false);
      }
    }
    return new FrontMatter("", text, 1, true, true);
  }
}
