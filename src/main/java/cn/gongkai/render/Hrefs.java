package cn.gongkai.render;

/** Relative links between pages of the site; every page is a folder with an index.html. */
public final class Hrefs {
  private Hrefs() {}

  /** “../../” for {@code a/b/}, “” for the root. */
  public static String root(String pageDir) {
    int depth = pageDir.isEmpty() ? 0 : pageDir.split("/").length;
    return "../".repeat(depth);
  }

  /** The href from the page in {@code pageDir} to the root-relative {@code target}. */
  public static String rel(String pageDir, String target) {
    if (!pageDir.isEmpty() && target.startsWith(pageDir)) {
      String below = target.substring(pageDir.length());
      return below.isEmpty() ? "./" : below;
    }
    String href = root(pageDir) + target;
    return href.isEmpty() ? "./" : href;
  }
}
