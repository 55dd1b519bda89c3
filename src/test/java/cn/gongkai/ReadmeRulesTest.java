package cn.gongkai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.gongkai.diag.Rule;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's rule table (检查规则) is what the webmaster reads: every rule is in it, at its level, and nothing else. */
class ReadmeRulesTest {
  private static final Pattern ROW = Pattern.compile("^\\| ([A-Z0-9]+-[0-9]+) \\| (错误|警告) \\|", Pattern.MULTILINE);

  @Test
  void ruleTableListsEveryRuleAtItsLevel() {
    String readme = TestSite.read(TestSite.REPO.resolve("README.md"));
    String section = readme.substring(readme.indexOf("## 检查规则"), readme.indexOf("\n## ", readme.indexOf("## 检查规则") + 1));
    Map<String, String> table = new LinkedHashMap<>();
    Matcher m = ROW.matcher(section);
    while (m.find()) {
      assertTrue(table.put(m.group(1), m.group(2)) == null, "README lists " + m.group(1) + " twice");
    }
    Map<String, String> rules = new LinkedHashMap<>();
    Arrays.stream(Rule.values()).forEach(r -> rules.put(r.id(), r.level().label()));
    assertEquals(rules, table, "README.md, 检查规则: the table must list exactly the rules of cn.gongkai.diag.Rule, at their levels");
  }
}
