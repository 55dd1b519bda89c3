package cn.gongkai.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Why a request to an edit page was not carried out: the HTTP status and a short Chinese reason that
 * names the check that failed. The caller logs it ({@link #logLine}) and answers with it ({@link
 * #send}); nothing of the request has been done or kept.
 */
record Refusal(int status, String reason) {
  /** Answers with the reason as plain text; the exchange is left for the caller to close. */
  void send(HttpExchange ex) throws IOException {
    byte[] body = (reason + "\n").getBytes(StandardCharsets.UTF_8);
    EditGate.secureHeaders(ex);
    ex.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
  }

  /** One line for the terminal, e.g. “已拒绝 POST /edit/reports/2022（403）：……”. */
  String logLine(HttpExchange ex) {
    return "已拒绝 " + ex.getRequestMethod() + " " + ex.getRequestURI().getRawPath() + "（" + status + "）：" + reason;
  }
}
