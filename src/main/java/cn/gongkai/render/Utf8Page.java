package cn.gongkai.render;

import cn.gongkai.plan.OutputSink;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A page being rendered, kept as UTF-8 bytes and written to its file in one call. Templates write a
 * page in many small pieces; encoding each piece as it comes is one pass over the text, where a
 * {@code StringBuilder} of Chinese text (widened to UTF-16 piece by piece), its {@code toString()} and
 * {@code getBytes()} were three, and were a fifth of the rendering time of a large site. Text is
 * encoded as {@link String#getBytes(java.nio.charset.Charset)} does: a lone surrogate becomes {@code ?}.
 */
final class Utf8Page extends Writer {
  private byte[] bytes = new byte[1 << 16];
  private char[] chars = new char[1 << 12];
  private int size;

  /** A high surrogate that ended the last piece: its low half may start the next one. */
  private char pendingHigh;

  void reset() {
    size = 0;
    pendingHigh = 0;
  }

  void writeTo(Path file) throws IOException {
    writeTo(file, OutputSink.DIRECT);
  }

  void writeTo(Path file, OutputSink sink) throws IOException {
    finish();
    sink.write(file, bytes, 0, size);
  }

  byte[] toByteArray() {
    finish();
    return Arrays.copyOf(bytes, size);
  }

  private void finish() {
    if (pendingHigh != 0) {
      ensure(1);
      bytes[size++] = '?';
      pendingHigh = 0;
    }
  }

  @Override
  public void write(String s, int off, int len) {
    if (chars.length < len) {
      chars = new char[Math.max(len, chars.length * 2)];
    }
    s.getChars(off, off + len, chars, 0);
    write(chars, 0, len);
  }

  @Override
  public void write(char[] text, int off, int len) {
    ensure(len * 3 + 4);
    byte[] b = bytes;
    int p = size;
    int i = off;
    int end = off + len;
    if (pendingHigh != 0 && len > 0) {
      if (Character.isLowSurrogate(text[i])) {
        p = codePoint(b, p, Character.toCodePoint(pendingHigh, text[i++]));
      } else {
        b[p++] = '?';
      }
      pendingHigh = 0;
    }
    for (; i < end; i++) {
      char c = text[i];
      if (c < 0x80) {
        b[p++] = (byte) c;
      } else if (c < 0x800) {
        b[p++] = (byte) (0xc0 | c >> 6);
        b[p++] = (byte) (0x80 | c & 0x3f);
      } else if (!Character.isSurrogate(c)) {
        b[p++] = (byte) (0xe0 | c >> 12);
        b[p++] = (byte) (0x80 | c >> 6 & 0x3f);
        b[p++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(text[i + 1])) {
        p = codePoint(b, p, Character.toCodePoint(c, text[++i]));
      } else if (Character.isHighSurrogate(c) && i + 1 == end) {
        pendingHigh = c;
      } else {
        b[p++] = '?';
      }
    }
    size = p;
  }

  private void ensure(int more) {
    if (bytes.length - size < more) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
    }
  }

  private static int codePoint(byte[] b, int p, int cp) {
    b[p++] = (byte) (0xf0 | cp >> 18);
    b[p++] = (byte) (0x80 | cp >> 12 & 0x3f);
    b[p++] = (byte) (0x80 | cp >> 6 & 0x3f);
    b[p++] = (byte) (0x80 | cp & 0x3f);
    return p;
  }

  @Override
  public void write(int c) {
    write(new char[] {(char) c}, 0, 1);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
