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
    // One rectangle per horizontal run of dark modules keeps the markup small.
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
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
        int run = x - start;
        path.append('M').append(start + QUIET_ZONE).append(',').append(y + QUIET_ZONE)
            .append('h').append(run).append("v1h-").append(run).append('z');
      }
    }
    return new Code(size, path.toString());
  }

  private static String attr(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
