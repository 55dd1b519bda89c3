package cn.gongkai.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Answers of the edit pages as JSON (records and maps), UTF-8. */
final class Json {
  static final String TYPE = "application/json; charset=utf-8";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static byte[] bytes(Object value) {
    try {
      return MAPPER.writeValueAsString(value).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not writable as JSON: " + value.getClass(), e); // a programming error
    }
  }

  /** Sends {@code value} with the edit pages' headers; the exchange is left for the caller to close. */
  static void send(HttpExchange ex, int status, Object value) throws IOException {
    byte[] body = bytes(value);
    EditGate.secureHeaders(ex);
    ex.getResponseHeaders().set("Content-Type", TYPE);
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
  }
}
