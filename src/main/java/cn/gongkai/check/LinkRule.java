package cn.gongkai.check;

import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.plan.ContentLinks;
import java.util.Set;

/**
 * LINK-01: every internal link in a body must reach a page or file of the built site. Checked against
 * the plan before anything is written, so the message can name the Markdown line.
 */
public final class LinkRule {
  private LinkRule() {}

  public static void run(Bodies bodies, ContentLinks links, Set<String> outputs, Findings findings) {
    for (Bodies.Parsed body : bodies.all()) {
      Bodies.Source s = body.source();
      if (s.pageDir() == null) {
        continue;
      }
      for (Bodies.LinkTarget link : body.links()) {
        check(s.file(), s.pageDir(), s.firstLine(), link, links, outputs, findings);
      }
    }
  }

  private static void check(String file, String pageDir, int firstLine, Bodies.LinkTarget link, ContentLinks links, Set<String> outputs, Findings findings) {
    ContentLinks.Target t = links.resolve(file, pageDir, link.url());
    if (t.external()) {
      return;
    }
    SourcePos at = new SourcePos(file, firstLine + link.line() - 1, 0);
    String what = link.image() ? "图片" : "链接";
    if (t.path().startsWith("../")) {
      findings.add(Rule.LINK_01, at, what + "“" + link.url() + "”指向站点以外的位置。链接只能指向本站的页面或 content/ 中的文件。");
    } else if (t.contentFile()) {
      if (links.urlOf(t.path()).isEmpty()) {
        findings.add(Rule.LINK_01, at, what + "“" + link.url() + "”指向的 " + t.path() + " 不存在，或不是会发布的信息（草稿、尚未到公开日期的信息不会发布）。");
      }
    } else if (!exists(t.path(), outputs)) {
      findings.add(Rule.LINK_01, at, what + "“" + link.url() + "”指向的页面或文件 " + (t.path().isEmpty() ? "/" : t.path()) + " 在生成的网站中不存在。");
    }
  }

  static boolean exists(String path, Set<String> outputs) {
    if (outputs.contains(path)) {
      return true;
    }
    String dir = path.isEmpty() || path.endsWith("/") ? path : path + "/";
    return outputs.contains(dir + "index.html");
  }
}
