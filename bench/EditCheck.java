import cn.gongkai.serve.DevServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * serve's live check of the 年报填报 form, as the page's script calls it after each keystroke: a copy of the
 * site, the form of a new year as served, one cell changed before each of 60 checks (10 warm-up), median,
 * 90th percentile and maximum of the last 50, over real HTTP on 127.0.0.1.
 * Usage: {@code java -cp target/gongkai.jar bench/EditCheck.java SOURCE_DIR [YEAR]} (default 2023, the 东山镇 column's next year)
 */
public class EditCheck {
  public static void main(String[] args) throws Exception {
    Path source = Path.of(args[0]);
    Path copy = Files.createTempDirectory("gongkai-edit-");
    for (String folder : new String[] {"content", "themes"}) {
      try (var walk = Files.walk(source.resolve(folder))) {
        for (Path p : (Iterable<Path>) walk::iterator) {
          Path t = copy.resolve(source.relativize(p).toString());
          if (Files.isDirectory(p)) {
            Files.createDirectories(t);
          } else {
            Files.copy(p, t);
          }
        }
      }
    }
    try (DevServer server = DevServer.start(copy, 0, new PrintWriter(new StringWriter()))) {
      String origin = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newHttpClient();
      int year = args.length > 1 ? Integer.parseInt(args[1]) : 2023;
      String form = http.send(HttpRequest.newBuilder(URI.create(origin + "/__gongkai/edit/report/" + year)).build(), HttpResponse.BodyHandlers.ofString()).body();
      Map<String, String> fields = new LinkedHashMap<>();
      for (Element e : Jsoup.parse(form).select("form.report-form input[name], form.report-form textarea[name], form.report-form select[name]")) {
        fields.put(e.attr("name"), e.tagName().equals("textarea") ? e.wholeText() : e.tagName().equals("select") ? e.select("option[selected]").text() : e.attr("value"));
      }
      fields.remove("action");
      long[] ms = new long[60];
      for (int i = 0; i < ms.length; i++) {
        fields.put("applications.received.0", String.valueOf(i));
        String body = fields.entrySet().stream()
            .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
        HttpRequest check = HttpRequest.newBuilder(URI.create(origin + "/__gongkai/edit/report/" + year + "/check"))
            .header("Origin", origin).header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(check, HttpResponse.BodyHandlers.ofString());
        ms[i] = (System.nanoTime() - start) / 1_000_000;
        if (answer.statusCode() != 200 || !answer.body().contains("\"sum:applications.received\":\"" + i + "\"")) {
          throw new IllegalStateException("check " + i + " answered " + answer.statusCode() + ": " + answer.body());
        }
      }
      long[] measured = Arrays.copyOfRange(ms, 10, ms.length);
      Arrays.sort(measured);
      System.out.printf("live check of the %d form (%d fields): median %d ms, p90 %d ms, max %d ms (50 checks after 10 warm-up)%n",
          year, fields.size(), measured[25], measured[45], measured[49]);
    }
  }
}
