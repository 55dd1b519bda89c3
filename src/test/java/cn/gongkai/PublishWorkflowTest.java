package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The example publishing pipelines for townships: {@code .github/workflows/publish.yml} and the Gitee Go
 * snippet in the README parse, run the README's build command and publish {@code site/}; and the
 * webmaster's documents link only to files inside the repository.
 */
class PublishWorkflowTest {
  static final Path README = TestSite.REPO.resolve("README.md");
  static final Path WORKFLOW = TestSite.REPO.resolve(".github/workflows/publish.yml");
  static final Pattern FENCE = Pattern.compile("(?m)^ *```[a-z]*\\n(.*?)^ *```", Pattern.DOTALL);

  /** The README's fenced code blocks, in order, each with the indentation of its fence removed. */
  static List<String> codeBlocks() {
    List<String> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(TestSite.read(README));
    while (m.find()) {
      String fence = m.group().substring(0, m.group().indexOf('`'));
      blocks.add(m.group(1).replaceAll("(?m)^" + fence, ""));
    }
    return blocks;
  }

  /** The README's first command: it builds the site. */
  static String buildCommand() {
    return codeBlocks().get(0).strip();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> steps(Map<String, Object> workflow, String job) {
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    return (List<Map<String, Object>>) ((Map<String, Object>) jobs.get(job)).get("steps");
  }

  static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
    return steps.stream().filter(s -> String.valueOf(s.get("uses")).startsWith(uses + "@")).findFirst().orElseThrow(() -> new AssertionError("no step uses " + uses));
  }

  @Test
  void readmeStartsWithTheBuildAndTestCommands() {
    assertEquals("mvn -B -q package -DskipTests && target/gongkai build", buildCommand());
    assertEquals("mvn -B verify", codeBlocks().get(1).strip());
  }

  @Test
  @SuppressWarnings("unchecked")
  void githubWorkflowBuildsWithJdk17AndPublishesSite() {
    Map<String, Object> workflow = new Yaml().load(TestSite.read(WORKFLOW));
    // YAML 1.1 reads the key "on" as true.
    Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(true);
    assertNotNull(on, "the workflow has no trigger");
    assertTrue(((Map<String, Object>) on).containsKey("push"), "it must run on every push");

    List<Map<String, Object>> build = steps(workflow, "build");
    assertEquals("17", String.valueOf(((Map<String, Object>) step(build, "actions/setup-java").get("with")).get("java-version")));
    assertTrue(build.stream().anyMatch(s -> buildCommand().equals(String.valueOf(s.get("run")).strip())), "the workflow must run the README's build command: " + buildCommand());
    assertEquals("site", ((Map<String, Object>) step(build, "actions/upload-pages-artifact").get("with")).get("path"));
    step(steps(workflow, "deploy"), "actions/deploy-pages");
    Map<String, Object> permissions = (Map<String, Object>) workflow.get("permissions");
    assertEquals("write", permissions.get("pages"));
    assertEquals("write", permissions.get("id-token"));
  }

  @Test
  @SuppressWarnings("unchecked")
  void giteeGoSnippetParsesAndRunsTheBuildCommand() {
    String snippet = codeBlocks().stream().filter(b -> b.contains("build@maven")).findFirst().orElseThrow();
    Map<String, Object> pipeline = new Yaml().load(snippet);
    List<Map<String, Object>> stages = (List<Map<String, Object>>) pipeline.get("stages");
    Map<String, Object> step = ((List<Map<String, Object>>) stages.get(0).get("steps")).get(0);
    assertEquals("17", String.valueOf(step.get("jdkVersion")));
    assertEquals(List.of(buildCommand()), step.get("commands"));
    Map<String, Object> artifact = ((List<Map<String, Object>>) step.get("artifacts")).get(0);
    assertEquals(List.of("./site"), artifact.get("path"));
  }

  @Test
  void readmeNamesTheWorkflowFile() {
    assertTrue(TestSite.read(README).contains("`.github/workflows/publish.yml`"));
  }

  /** README.md, docs/ and bench/README.md link to files of this repository only, and those exist. */
  @Test
  void documentsLinkOnlyInsideTheRepository() throws IOException {
    List<Path> docs = new ArrayList<>(List.of(README, TestSite.REPO.resolve("bench/README.md")));
    try (Stream<Path> files = Files.list(TestSite.REPO.resolve("docs"))) {
      files.filter(f -> f.toString().endsWith(".md")).forEach(docs::add);
    }
    Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
    Path repo = TestSite.REPO.normalize();
    for (Path doc : docs) {
      String text = TestSite.read(doc);
      assertTrue(!text.contains("shared/spec"), doc + " refers to a file outside the repository");
      // Examples of links a webmaster writes in content/ are code, not links of this document.
      String prose = FENCE.matcher(text).replaceAll("").replaceAll("`[^`\n]*`", "");
      Matcher m = link.matcher(prose);
      while (m.find()) {
        String target = m.group(1).replaceFirst("#.*", "");
        if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
          continue;
        }
        Path resolved = doc.getParent().resolve(target).normalize();
        assertTrue(resolved.startsWith(repo), doc + " links outside the repository: " + m.group(1));
        assertTrue(Files.exists(resolved), doc + " links to a missing file: " + m.group(1));
      }
    }
  }
}
