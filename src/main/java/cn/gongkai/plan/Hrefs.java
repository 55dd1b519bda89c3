package cn.gongkai.plan;

/** Relative links between pages of the site; every page is a folder with an index.html. */
public final class Hrefs {
  /** “”, “../”, “../../”, …: asked for many times on every page. */
  private static final String[] UP = java.util.stream.IntStream.range(0, 16).mapToObj("../"::repeat).toArray(String[]::new);

  private Hrefs() {}

  /** “../../” for {@code a/b/}, “” for the root. */
  public static String root(String pageDir) {
    int end = pageDir.length();
    while (end > 0 && pageDir.charAt(end - 1) == '/') {
      end--;
    }
    int depth = end == 0 ? 0 : 1;
    for (int i = 0; i < end; i++) {
      if (pageDir.charAt(i) == '/') {
        depth++;
      }
    }
    return depth < UP.length ? UP[depth] : "../".repeat(depth);
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
