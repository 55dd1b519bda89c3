package cn.gongkai.serve;

import cn.gongkai.diag.UserError;
import cn.gongkai.edit.Checked;
import cn.gongkai.edit.ReportForm;
import cn.gongkai.edit.ReportFormView;
import cn.gongkai.edit.ReportForms;
import cn.gongkai.edit.ReportTexts;
import cn.gongkai.edit.SaveResult;
import cn.gongkai.render.EditViews;
import cn.gongkai.report.ReportLoader;
import cn.gongkai.render.EditorPages;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * serve's editing pages under {@value #ROOT}: the start page, 年报填报 (form, live check, save) and 发布一条信息.
 * Every request passes {@link EditGate} first; every write goes through {@code cn.gongkai.edit}, which
 * writes atomically and refuses to overwrite a file changed since its form was loaded. The preview rebuilds
 * through the watcher, as after any other edit of {@code content/}.
 */
final class Editor {
  static final String ROOT = "/__gongkai/edit/";
  private static final Pattern REPORT = Pattern.compile("report/(\\d{4})(/check)?");

  private final Path source;
  private final Path site;
  private final EditGate gate;
  private final EditorPages pages;
  private final PrintWriter log;
  /**
   * One save at a time, of any kind: two items saved at once could otherwise both pass the check with the
   * same next 索引号, and a report's check-then-write must not interleave with another write.
   */
  private final Object saves = new Object();

  Editor(Path source, Path site, EditGate gate, PrintWriter log) {
    this.source = source;
    this.site = site;
    this.gate = gate;
    this.pages = new EditorPages(source.resolve("themes").resolve("default"));
    this.log = log;
  }

  /** Answers a request whose path starts with {@value #ROOT} (the gate has passed its Host). */
  void handle(HttpExchange ex, String path) throws IOException {
    String rest = path.substring(ROOT.length());
    boolean post = ex.getRequestMethod().equals("POST");
    Optional<Refusal> early = gate.refuseBeforeBody(ex, post);
    if (early.isPresent()) {
      refuse(ex, early.get());
      return;
    }
    try (FormData form = post ? FormData.parse(ex) : FormData.empty()) {
      if (post) {
        Optional<Refusal> late = gate.refuse(ex, true, EditGate.tokenOf(ex, form));
        if (late.isPresent()) {
          refuse(ex, late.get());
          return;
        }
      }
      route(ex, rest, post, form);
    } catch (RequestRefused e) {
      refuse(ex, e.refusal());
    } catch (UserError e) {
      log.println("编辑页：" + e.getMessage());
      log.flush();
      page(ex, e.kind() == UserError.Kind.REFUSED || e.kind() == UserError.Kind.USAGE ? 400 : 500, errorPage(e.getMessage()));
    }
  }

  private void route(HttpExchange ex, String rest, boolean post, FormData form) throws IOException, UserError {
    if (rest.isEmpty() && !post) {
      page(ex, 200, pages.render("home", home("")));
      return;
    }
    if (rest.startsWith("assets/") && !post) {
      asset(ex, rest.substring("assets/".length()));
      return;
    }
    if (rest.equals("report") && !post) {
      String year = query(ex, "year");
      if (year == null || !year.matches("\\d{4}")) {
        page(ex, 400, pages.render("home", home("年度应为四位数字，如 2024。")));
        return;
      }
      redirect(ex, ROOT + "report/" + year);
      return;
    }
    Matcher m = REPORT.matcher(rest);
    if (m.matches()) {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) != null) {
        if (!post) {
          notAllowed(ex);
          return;
        }
        check(ex, year, form);
      } else if (post) {
        submitReport(ex, year, form);
      } else {
        showReport(ex, year, "saved".equals(query(ex, "done")) ? "已保存。预览中的年报页面正在重新生成。" : "");
      }
      return;
    }
    if (rest.equals("item")) {
      ItemPages items = new ItemPages(source, pages, gate.token(), ROOT, log);
      if (post) {
        synchronized (saves) {
          items.submit(ex, form);
        }
      } else {
        page(ex, 200, items.blank(query(ex, "saved")));
      }
      return;
    }
    page(ex, 404, errorPage("没有这个编辑页：" + ROOT + rest));
  }

  private void showReport(HttpExchange ex, int year, String notice) throws IOException, UserError {
    ReportForm form = ReportForms.load(source, year);
    Checked checked = ReportForms.check(source, form);
    page(ex, 200, pages.render("report", new ReportFormView(form, checked).page(urls(), gate.token(), notice, null)));
  }

  /** The live check: the form as typed, answered with totals, marks and messages as JSON. */
  private void check(HttpExchange ex, int year, FormData data) throws IOException, UserError {
    ReportForm form = ReportForms.fromRequest(source, year, data.fields());
    Json.send(ex, 200, new ReportFormView(form, ReportForms.check(source, form)).answer());
  }

  /** 检查 (the check without JavaScript), 保存, or 用我填写的内容覆盖 after a refused save. */
  private void submitReport(HttpExchange ex, int year, FormData data) throws IOException, UserError {
    Map<String, String> fields = data.fields();
    String action = fields.getOrDefault("action", "save");
    if (action.equals("overwrite") && fields.containsKey("disk_base")) {
      fields = new java.util.LinkedHashMap<>(fields);
      fields.put("base", fields.get("disk_base"));
    }
    ReportForm form = ReportForms.fromRequest(source, year, fields);
    if (action.equals("check")) {
      page(ex, 200, pages.render("report", new ReportFormView(form, ReportForms.check(source, form)).page(urls(), gate.token(), "", null)));
      return;
    }
    SaveResult result;
    synchronized (saves) {
      result = ReportForms.save(source, form);
    }
    if (result instanceof SaveResult.Conflict conflict) {
      log.println("没有保存 content/reports/" + year + "：文件在别处被改过，已在页面上列出两边的内容。");
      log.flush();
      EditViews.Conflict shown = conflictView(year, conflict, ReportForms.load(source, year).base());
      page(ex, 409, pages.render("report", new ReportFormView(form, ReportForms.check(source, form)).page(urls(), gate.token(), "", shown)));
      return;
    }
    log.println("已保存 content/reports/" + year + ".yaml 和 " + year + ".md。");
    log.flush();
    redirect(ex, ROOT + "report/" + year + "?done=saved");
  }

  /** {@code diskBase}: the fingerprint of the files as they are now, which 用我填写的内容覆盖 sends back. */
  private EditViews.Conflict conflictView(int year, SaveResult.Conflict c, String diskBase) {
    ReportTexts disk = c.onDisk();
    ReportTexts typed = c.typed();
    return new EditViews.Conflict(
        disk.yaml(), typed.yaml(), disk.markdown(), typed.markdown(), diskBase,
        "content/reports/" + year + ".yaml", "content/reports/" + year + ".md");
  }

  private ReportFormView.Urls urls() {
    return new ReportFormView.Urls() {
      @Override
      public String home() {
        return ROOT;
      }

      @Override
      public String form(int year) {
        return ROOT + "report/" + year;
      }

      @Override
      public String check(int year) {
        return ROOT + "report/" + year + "/check";
      }

      @Override
      public String assets() {
        return ROOT + "assets/";
      }

      @Override
      public String preview(int year) {
        return Files.isRegularFile(site.resolve("reports").resolve(String.valueOf(year)).resolve("index.html")) ? "/reports/" + year + "/" : "";
      }
    };
  }

  private EditViews.Home home(String notice) {
    TreeSet<Integer> years = new TreeSet<>();
    Path reports = ReportLoader.folder(source);
    if (Files.isDirectory(reports)) {
      try (Stream<Path> files = Files.list(reports)) {
        files.map(p -> p.getFileName().toString()).filter(n -> n.matches("\\d{4}\\.yaml")).forEach(n -> years.add(Integer.parseInt(n.substring(0, 4))));
      } catch (IOException e) {
        // The list is a convenience: a year can still be opened by number.
      }
    }
    List<EditViews.YearLink> links = new ArrayList<>();
    for (int y : years.descendingSet()) {
      links.add(new EditViews.YearLink(y, ROOT + "report/" + y, urls().preview(y)));
    }
    int next = years.isEmpty() ? cn.gongkai.diag.China.today().getYear() - 1 : years.last() + 1;
    return new EditViews.Home("本机编辑", ROOT + "assets/", links, next, ROOT + "report", ROOT + "item", "/", notice);
  }

  private void asset(HttpExchange ex, String name) throws IOException {
    Map<String, String> types = Map.of("edit.css", "text/css; charset=utf-8", "edit.js", "text/javascript; charset=utf-8");
    Path file = source.resolve("themes").resolve("default").resolve("edit").resolve(name);
    if (!types.containsKey(name) || !Files.isRegularFile(file)) {
      page(ex, 404, errorPage("没有这个文件：" + name));
      return;
    }
    send(ex, 200, types.get(name), Files.readAllBytes(file));
  }

  private String errorPage(String message) {
    String escaped = message.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>编辑页出错 - 本机编辑</title></head><body><main><h1>编辑页出错</h1><p>" + escaped + "</p><p><a href=\"" + ROOT + "\">返回编辑首页</a></p></main></body></html>";
  }

  static String query(HttpExchange ex, String name) {
    String raw = ex.getRequestURI().getRawQuery();
    if (raw == null) {
      return null;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String key = java.net.URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return eq < 0 ? "" : java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  private void refuse(HttpExchange ex, Refusal r) throws IOException {
    log.println(r.logLine(ex));
    log.flush();
    r.send(ex);
  }

  static void page(HttpExchange ex, int status, String html) throws IOException {
    send(ex, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
    EditGate.secureHeaders(ex);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    ex.getResponseBody().write(body);
  }

  /** After a POST, the page is fetched again (a reload does not post the form a second time). */
  static void redirect(HttpExchange ex, String location) throws IOException {
    EditGate.secureHeaders(ex);
    ex.getResponseHeaders().set("Location", URI.create(location).toString());
    ex.sendResponseHeaders(303, -1);
  }

  private static void notAllowed(HttpExchange ex) throws IOException {
    send(ex, 405, "text/plain; charset=utf-8", "只接受 POST。\n".getBytes(StandardCharsets.UTF_8));
  }
}
