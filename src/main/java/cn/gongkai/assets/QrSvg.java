package cn.gongkai.assets;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as inline SVG, made at build time: no script and no image request on the page. One path
 * of unit squares on a white square with the standard four-module quiet zone.
 */
public final class QrSvg {
  private static final int QUIET_ZONE = 4;

  private QrSvg() {}

  /** SVG for {@code text}; {@code label} becomes the accessible name (role="img"). */
  public static String svg(String text, String label) {
    QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
    int size = qr.size + QUIET_ZONE * 2;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < qr.size; y++) {
      for (int x = 0; x < qr.size; x++) {
        if (qr.getModule(x, y)) {
          path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 " + size + " " + size
        + "\" role=\"img\" aria-label=\"" + attr(label) + "\" shape-rendering=\"crispEdges\">"
        + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
        + "<path d=\"" + path + "\" fill=\"#000\"/></svg>";
  }

  private static String attr(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
