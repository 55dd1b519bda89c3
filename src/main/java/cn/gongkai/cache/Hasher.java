package cn.gongkai.cache;

import java.time.LocalDate;

/**
 * A 64-bit fingerprint of a sequence of values, for telling whether an input changed between builds (not
 * for security: nobody chooses the inputs to collide). Each value is mixed with its length, so ("ab", "c")
 * and ("a", "bc") differ.
 */
public final class Hasher {
  private static final long K1 = 0x9E3779B97F4A7C15L;
  private static final long K2 = 0xC2B2AE3D27D4EB4FL;
  private long h = 0x243F6A8885A308D3L;

  public Hasher add(long v) {
    h = Long.rotateLeft(h ^ (v * K1), 29) * K2;
    return this;
  }

  public Hasher add(boolean v) {
    return add(v ? 1 : 2);
  }

  public Hasher add(String s) {
    if (s == null) {
      return add(-1L);
    }
    int n = s.length();
    int i = 0;
    for (; i + 3 < n; i += 4) {
      add(((long) s.charAt(i) << 48) | ((long) s.charAt(i + 1) << 32) | ((long) s.charAt(i + 2) << 16) | s.charAt(i + 3));
    }
    long last = 0;
    for (; i < n; i++) {
      last = (last << 16) | s.charAt(i);
    }
    return add(last).add(n);
  }

  public Hasher add(LocalDate d) {
    return add(d == null ? Long.MIN_VALUE : d.toEpochDay());
  }

  public Hasher add(byte[] bytes) {
    return add(bytes, bytes.length);
  }

  /** The first {@code n} bytes of {@code bytes}, as {@link #add(byte[])} takes an array of that length. */
  public Hasher add(byte[] bytes, int n) {
    int i = 0;
    for (; i + 7 < n; i += 8) {
      long v = 0;
      for (int k = 0; k < 8; k++) {
        v = (v << 8) | (bytes[i + k] & 0xFF);
      }
      add(v);
    }
    long last = 0;
    for (; i < n; i++) {
      last = (last << 8) | (bytes[i] & 0xFF);
    }
    return add(last).add(n);
  }

  /** The fingerprint so far (murmur3's finaliser, so close inputs give far-apart values). */
  public long value() {
    long x = h;
    x ^= x >>> 33;
    x *= 0xFF51AFD7ED558CCDL;
    x ^= x >>> 33;
    x *= 0xC4CEB9FE1A85EC53L;
    x ^= x >>> 33;
    return x;
  }

  public static long of(String s) {
    return new Hasher().add(s).value();
  }
}
