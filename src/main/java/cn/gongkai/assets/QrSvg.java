package cn.gongkai.assets;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;
import java.nio.charset.StandardCharsets;

/**
 * A QR code for inline SVG, encoded at build time: no script and no image request on the page. The
 * theme's {@code components/qr-code.peb} draws the path of unit squares on a white square with the
 * standard four-module quiet zone.
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

  public static Code encode(String text) {
    QrCode qr = QrCode.encodeSegments(QrSegment.makeSegments(text), QrCode.Ecc.MEDIUM, QrCode.MIN_VERSION, QrCode.MAX_VERSION, MASK, true);
    int size = qr.size + QUIET_ZONE * 2;
    // One rectangle per horizontal run of dark modules keeps the markup small. (Lines one module thick
    // would halve it, but printed codes drawn that way no longer scanned.) Written as ASCII bytes: with
    // a code on every page and poster, StringBuilder appends were a visible part of a large build.
    byte[] path = new byte[qr.size * qr.size * 4];
    int p = 0;
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
        if (path.length - p < 24) {
          path = java.util.Arrays.copyOf(path, path.length * 2);
        }
        path[p++] = 'M';
        p = digits(path, p, start + QUIET_ZONE);
        path[p++] = ',';
        p = digits(path, p, y + QUIET_ZONE);
        path[p++] = 'h';
        p = digits(path, p, run);
        path[p++] = 'v';
        path[p++] = '1';
        path[p++] = 'h';
        path[p++] = '-';
        p = digits(path, p, run);
        path[p++] = 'z';
      }
    }
    return new Code(size, new String(path, 0, p, StandardCharsets.ISO_8859_1));
  }

  /** Writes {@code n} (0–999) in decimal at {@code p}; returns the position after it. */
  private static int digits(byte[] out, int p, int n) {
    if (n >= 100) {
      out[p++] = (byte) ('0' + n / 100);
    }
    if (n >= 10) {
      out[p++] = (byte) ('0' + n / 10 % 10);
    }
    out[p++] = (byte) ('0' + n % 10);
    return p;
  }
}
