package cn.gongkai.check;

import cn.gongkai.diag.SourcePos;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The site-wide register of 索引号: each may be used once across reports and items (META-01). */
final class IndexNumbers {
  private final Map<String, SourcePos> claimed = new HashMap<>();

  /** Records {@code indexNo}; when it is already taken, returns where. */
  Optional<SourcePos> claim(String indexNo, SourcePos at) {
    SourcePos previous = claimed.putIfAbsent(indexNo, at);
    return Optional.ofNullable(previous);
  }
}
