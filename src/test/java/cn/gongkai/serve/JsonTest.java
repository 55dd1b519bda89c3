package cn.gongkai.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Json: records and maps as UTF-8 JSON, Chinese as itself, a blank as null. */
class JsonTest {
  record Cell(String name, Integer value, List<String> messages) {}

  @Test
  void recordsAndMapsAreWrittenAsUtf8() {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("ok", false);
    answer.put("cell", new Cell("applications.received.0", null, List.of("表三 第 2 行：合计不符")));
    String json = new String(Json.bytes(answer), StandardCharsets.UTF_8);
    assertEquals("{\"ok\":false,\"cell\":{\"name\":\"applications.received.0\",\"value\":null,\"messages\":[\"表三 第 2 行：合计不符\"]}}", json);
    assertEquals("application/json; charset=utf-8", Json.TYPE);
  }
}
