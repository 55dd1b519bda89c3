package cn.gongkai.serve;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The door of serve's edit pages, one per server run. Every request must name this server in its
 * {@code Host} (a page of another site that DNS rebinding points at 127.0.0.1 still sends its own
 * name); a request that changes something must also come from this server's own page: its {@code
 * Origin}, {@code Sec-Fetch-Site} and the run's random token say so. Another site's page can send a
 * form to 127.0.0.1 but cannot read the token out of the edit page.
 */
final class EditGate {
  static final String TOKEN_HEADER = "X-Gongkai-Token";
  static final String TOKEN_FIELD = "token";
  private static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "DELETE", "PATCH");

  private final int port;
  private final String token;

  EditGate(int port) {
    this.port = port;
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** Goes into the edit page (a hidden field or a meta tag), so that its own scripts can send it. */
  String token() {
    return token;
  }

  /** The request's token: the {@value #TOKEN_HEADER} header, else the form's {@value #TOKEN_FIELD}. */
  static String tokenOf(HttpExchange ex, FormData form) {
    String header = ex.getRequestHeaders().getFirst(TOKEN_HEADER);
    return header != null ? header : form.field(TOKEN_FIELD);
  }

  /**
   * The checks that need no body: Host always, Origin and Sec-Fetch-Site for a write ({@code write},
   * or a POST, PUT, DELETE or PATCH). Run it before reading a body, so a forged request is not read.
   */
  Optional<Refusal> refuseBeforeBody(HttpExchange ex, boolean write) {
    Headers headers = ex.getRequestHeaders();
    Optional<Refusal> refusal = checkHost(headers.get("Host"));
    if (refusal.isPresent() || !isWrite(ex, write)) {
      return refusal;
    }
    refusal = checkOrigin(headers.get("Origin"), headers.getFirst("Host"));
    return refusal.isPresent() ? refusal : checkFetchSite(headers.getFirst("Sec-Fetch-Site"));
  }

  /** Every check; {@code token} as the request sent it ({@link #tokenOf}), null when it sent none. */
  Optional<Refusal> refuse(HttpExchange ex, boolean write, String token) {
    Optional<Refusal> refusal = refuseBeforeBody(ex, write);
    return refusal.isPresent() || !isWrite(ex, write) ? refusal : checkToken(token);
  }

  private static boolean isWrite(HttpExchange ex, boolean write) {
    return write || WRITE_METHODS.contains(ex.getRequestMethod().toUpperCase(Locale.ROOT));
  }

  private Optional<Refusal> checkHost(List<String> hosts) {
    String expected = "127.0.0.1:" + port + " 或 localhost:" + port;
    if (hosts == null || hosts.isEmpty()) {
      return refusal(421, "Host 检查未通过：请求没有 Host 头，应为 " + expected + "。");
    }
    if (hosts.size() > 1) {
      return refusal(421, "Host 检查未通过：请求有 " + hosts.size() + " 个 Host 头，只能有一个。");
    }
    String host = hosts.get(0);
    if (isOwnHost(host)) {
      return Optional.empty();
    }
    return refusal(
        421,
        "Host 检查未通过：请求的 Host 是“" + shown(host) + "”，不是本机的 " + expected
            + "（另一个网站的页面借域名指向本机时就会这样）。请在地址栏用 http://127.0.0.1:" + port + "/ 打开编辑页。");
  }

  private boolean isOwnHost(String host) {
    return host.equalsIgnoreCase("127.0.0.1:" + port) || host.equalsIgnoreCase("localhost:" + port);
  }

  private static Optional<Refusal> checkOrigin(List<String> origins, String host) {
    if (origins == null || origins.isEmpty()) {
      return refusal(403, "Origin 检查未通过：修改请求没有 Origin 头，无法确认它来自本机的编辑页。请用较新的浏览器打开编辑页再提交。");
    }
    String origin = origins.get(0);
    if (origins.size() == 1 && origin.equalsIgnoreCase("http://" + host)) {
      return Optional.empty();
    }
    return refusal(403, "Origin 检查未通过：修改请求来自“" + shown(String.join(", ", origins)) + "”，不是本机的编辑页 http://" + host + "。没有做任何修改。");
  }

  private static Optional<Refusal> checkFetchSite(String site) {
    if (site == null || site.equals("same-origin")) {
      return Optional.empty();
    }
    return refusal(403, "Sec-Fetch-Site 检查未通过：浏览器说明这个修改请求来自别处（Sec-Fetch-Site: " + shown(site) + "），不是本机的编辑页。没有做任何修改。");
  }

  private Optional<Refusal> checkToken(String sent) {
    if (sent == null || sent.isEmpty()) {
      return refusal(403, "编辑令牌检查未通过：修改请求没有带编辑令牌。请刷新编辑页后再提交。");
    }
    // Constant time, so that the answer's timing tells nothing about how much of a guess was right.
    boolean same = MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    return same ? Optional.empty() : refusal(403, "编辑令牌检查未通过：编辑令牌不对（serve 重新启动后，旧的编辑页就不能再提交）。请刷新编辑页后再提交。");
  }

  /** The headers of every edit page and edit answer: no framing, no foreign forms, no caching. */
  static void secureHeaders(HttpExchange ex) {
    Headers h = ex.getResponseHeaders();
    h.set("Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; form-action 'self'");
    h.set("X-Frame-Options", "DENY");
    // same-origin, not no-referrer: under no-referrer Chromium sends “Origin: null” with the page's own form posts.
    h.set("Referrer-Policy", "same-origin");
    h.set("X-Content-Type-Options", "nosniff");
    h.set("Cache-Control", "no-store");
  }

  private static Optional<Refusal> refusal(int status, String reason) {
    return Optional.of(new Refusal(status, reason));
  }

  /** A header value as it may be shown: short, without control characters. */
  private static String shown(String value) {
    String clean = value.replaceAll("\\p{Cntrl}", "?");
    return clean.length() > 80 ? clean.substring(0, 80) + "…" : clean;
  }
}
