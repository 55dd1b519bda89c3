import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Writes a deterministic synthetic column for benchmarks: N items (Chinese prose, a table, ~10 KB
 * each) spread over ten years and all columns, plus ten years of annual reports — and, from the same
 * corpus, an equivalent Hugo site (same items, same list pagination, a single page per item).
 *
 * <p>Usage: {@code java bench/Generate.java N OUT_DIR} writes OUT_DIR/gongkai and OUT_DIR/hugo.
 */
public class Generate {
  static final List<String> COLUMNS =
      List.of("organization", "policy", "planning", "finance", "enforcement", "personnel", "emergency", "key-areas", "guide", "system", "on-request");
  static final String PROSE =
      "为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步推进基层政务公开标准化规范化建设，本镇结合工作实际，"
          + "围绕涉农补贴、社会救助、农村危房改造、义务教育等重点领域，及时、准确、规范地公开政府信息，"
          + "主动回应群众关切，切实保障人民群众的知情权、参与权、表达权和监督权。";

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    Path g = out.resolve("gongkai");
    Path h = out.resolve("hugo");
    Random random = new Random(20261127L);
    write(g.resolve("content/site.yaml"),
        "name: 基准测试镇基层政务公开专栏\norgan: 示例县基准测试镇人民政府\npublisher: 基准测试镇\nunit_code: 123456789X\n"
            + "base_url: https://bench.gongkai.example/\nfooter:\n  sponsor: 示例县基准测试镇人民政府\n");
    write(g.resolve("content/columns.yaml"), Files.readString(Path.of("content/columns.yaml")));
    copyTree(Path.of("themes"), g.resolve("themes"));
    write(h.resolve("hugo.toml"),
        "baseURL = 'https://bench.gongkai.example/'\nlanguageCode = 'zh-cn'\ntitle = '基准测试镇基层政务公开专栏'\n"
            + "disableKinds = ['taxonomy', 'term', 'RSS']\n[pagination]\n  pagerSize = 20\n");
    write(h.resolve("layouts/_default/baseof.html"),
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head>"
            + "<body><header>{{ site.Title }}</header><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n");
    write(h.resolve("layouts/_default/single.html"),
        "{{ define \"main\" }}<dl><dt>索引号</dt><dd>{{ .Params.index_no }}</dd><dt>发布机构</dt><dd>{{ .Params.publisher }}</dd>"
            + "<dt>生成日期</dt><dd>{{ .Params.generated }}</dd><dt>公开日期</dt><dd>{{ .Date.Format \"2006-01-02\" }}</dd></dl>"
            + "<h1>{{ .Title }}</h1>{{ .Content }}{{ with .PrevInSection }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>{{ end }}{{ end }}\n");
    write(h.resolve("layouts/_default/list.html"),
        "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Date.Format \"2006-01-02\" }}</li>{{ end }}</ul>"
            + "{{ template \"_internal/pagination.html\" . }}{{ end }}\n");
    for (int i = 1; i <= n; i++) {
      String column = COLUMNS.get(i % COLUMNS.size());
      int year = 2016 + (i % 10);
      String date = String.format("%d-%02d-%02d", year, 1 + random.nextInt(12), 1 + random.nextInt(28));
      String title = "基准测试镇关于第" + i + "项重点工作的公告";
      String indexNo = "123456789X/" + year + "-" + (100000 + i);
      StringBuilder body = new StringBuilder();
      for (int p = 0; p < 15; p++) {
        body.append(PROSE).append("第").append(i).append("项工作第").append(p + 1).append("段。\n\n");
      }
      body.append("| 项目 | 数量 | 金额（万元） |\n|---|---:|---:|\n");
      for (int r = 0; r < 8; r++) {
        body.append("| 第").append(r + 1).append("项 | ").append(random.nextInt(500)).append(" | ").append(random.nextInt(10000) / 100.0).append(" |\n");
      }
      String slug = "item-" + i;
      write(g.resolve("content/" + column + "/" + slug + ".md"),
          "---\ntitle: " + title + "\nindex_no: " + indexNo + "\npublisher: 基准测试镇\ngenerated: " + date + "\npublished: " + date
              + "\nscope: 全部公开\nchannel: 政府网站\ncolumn: " + column + "\n---\n\n" + body);
      write(h.resolve("content/" + column + "/" + slug + ".md"),
          "---\ntitle: " + title + "\ndate: " + date + "\nindex_no: " + indexNo + "\npublisher: 基准测试镇\ngenerated: " + date + "\n---\n\n" + body);
    }
    String report = Files.readString(Path.of("src/test/resources/fixtures/report-2021.yaml"));
    String narrative = Files.readString(Path.of("src/test/resources/fixtures/report-2021.md"));
    for (int year = 2021; year <= 2030; year++) {
      write(g.resolve("content/reports/" + year + ".yaml"),
          report.replace("year: 2023", "year: " + year)
              .replace("123456789X/2024-0001", "123456789X/" + (year + 1) + "-0001")
              .replace("2024-01-2", (year + 1) + "-01-2").replace("2024-01-19", (year + 1) + "-01-19")
              .replace("organ: 示例县示例镇人民政府", "organ: 示例县基准测试镇人民政府").replace("publisher: 示例镇", "publisher: 基准测试镇")
              .replace("in_force: 5}", "in_force: " + (4 + (year - 2020)) + "}"));
      write(g.resolve("content/reports/" + year + ".md"), narrative.replace("2023年", year + "年").replace("示例镇", "基准测试镇"));
    }
  }

  static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (var walk = Files.walk(from)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
