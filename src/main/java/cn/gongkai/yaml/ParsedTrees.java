package cn.gongkai.yaml;

/**
 * YAML texts parsed by an earlier build, offered again for a text that has not changed: parsing is a function
 * of the file's name (which every position names) and its text, so the same name and text give the same tree
 * as parsing again. Only a text that parsed without a finding is ever offered or kept.
 */
public interface ParsedTrees {
  ParsedTrees NONE = new ParsedTrees() {
    @Override
    public YNode earlier(String shown, String text) {
      return null;
    }

    @Override
    public void parsed(String shown, String text, YNode root) {}
  };

  /** The tree {@code text} gave when an earlier build parsed it under the name {@code shown}, or null. */
  YNode earlier(String shown, String text);

  /** {@code text} (named {@code shown}) was parsed now, without a finding, into {@code root}. */
  void parsed(String shown, String text, YNode root);
}
