package cn.gongkai.assets;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;

/**
 * A QR code as inline SVG, made at build time: no script and no image request on the page. One path
 * of unit squares on a white square with the standard four-module quiet zone.
 */
public final class QrSvg {
  private static final int QUIET_ZONE = 4;
  /**
   * A fixed mask pattern: choosing the best of eight by penalty score made QR encoding the largest
   * cost of a build (8 trial encodings per page); every mask yields a valid, decodable code.
   */
  private static final int MASK = 2;

  /** Decimal strings of every coordinate a code can have (version 40 is 177 modules wide): formatting numbers was a visible cost. */
  private static final String[] NUMBERS = java.util.stream.IntStream.range(0, 177 + 2 * QUIET_ZONE + 1).mapToObj(Integer::toString).toArray(String[]::new);

  private QrSvg() {}

  /** An encoded code: its width in modules (quiet zone included) and its SVG path. */
  public record Code(int size, String path) {}

  /** SVG for {@code text}; {@code label} becomes the accessible name (role="img"). */
  public static String svg(String text, String label) {
    return svg(encode(text), label);
  }

  public static String svg(Code code, String label) {
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + code.size() + " " + code.size()
        + "\" role=\"img\" aria-label=\"" + attr(label) + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"" + code.size() + "\" height=\"" + code.size() + "\" fill=\"#fff\"/>"
        + "<path d=\"" + code.path() + "\" fill=\"#000\"/></svg>";
  }

  public static Code encode(String text) {
    QrCode qr = QrCode.encodeSegments(QrSegment.makeSegments(text), QrCode.Ecc.MEDIUM, QrCode.MIN_VERSION, QrCode.MAX_VERSION, MASK, true);
    int size = qr.size + QUIET_ZONE * 2;
    // One rectangle per horizontal run of dark modules keeps the markup small. (Lines one module thick
    // would halve it, but printed codes drawn that way no longer scanned.)
    StringBuilder path = new StringBuilder(qr.size * qr.size * 2);
    for (int y = 0; y < qr.size; y++) {
      String row = NUMBERS[y + QUIET_ZONE];
      int x = 0;
      while (x < qr.size) {
        if (!qr.getModule(x, y)) {
          x++;
          continue;
        }
        int start = x;
        while (x < qr.size && qr.getModule(x, y)) {
          x++;
        }
        String run = NUMBERS[x - start];
        path.append('M').append(NUMBERS[start + QUIET_ZONE]).append(',').append(row)
            .append('h').append(run).append("v1h-").append(run).append('z');
      }
    }
    return new Code(size, path.toString());
  }

  private static String attr(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
