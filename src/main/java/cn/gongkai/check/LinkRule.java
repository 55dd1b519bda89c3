package cn.gongkai.check;

import cn.gongkai.diag.Findings;
import cn.gongkai.diag.Rule;
import cn.gongkai.diag.SourcePos;
import cn.gongkai.markdown.Bodies;
import cn.gongkai.plan.ContentLinks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    if (link.html() && t.contentFile()) {
      // The renderer rewrites Markdown links to content files into page addresses; raw HTML goes out as written.
      String markdown = link.image() ? "![图片说明](" + link.url() + ")" : "[链接文字](" + link.url() + ")";
      findings.add(Rule.LINK_01, at, "HTML 中的" + what + "“" + link.url() + "”指向 content/ 中的文件，发布后的页面上会失效：只有 Markdown 写的" + what
          + "会改成网站上的地址。请改用 Markdown 写，例如 " + markdown + "。");
      return;
    }
    if (t.path().startsWith("../")) {
      findings.add(Rule.LINK_01, at, what + "“" + link.url() + "”指向站点以外的位置。链接只能指向本站的页面或 content/ 中的文件。");
    } else if (t.contentFile()) {
      if (links.urlOf(t.path()).isEmpty()) {
        findings.add(Rule.LINK_01, at, what + "“" + link.url() + "”指向的 " + t.path() + " 不存在，或不是会发布的信息（草稿、尚未到公开日期的信息不会发布）。");
      }
    } else if (!exists(t.path(), outputs)) {
      Optional<String> unpublished = links.unpublishedFile(file, link.url());
      if (unpublished.isPresent()) {
        findings.add(Rule.LINK_01, at, what + "“" + link.url() + "”指向的文件 " + unpublished.get() + " " + howToPublish(file, unpublished.get(), links));
        return;
      }
      findings.add(Rule.LINK_01, at, what + "“" + link.url() + "”指向的页面或文件 " + (t.path().isEmpty() ? "/" : t.path()) + " 在生成的网站中不存在。");
    }
  }

  /** What to write so that {@code target}, a file in {@code content/}, is published with the page of {@code file}. */
  private static String howToPublish(String file, String target, ContentLinks links) {
    Optional<List<String>> listed = links.attachmentsOf(file);
    if (listed.isEmpty()) {
      return "存在，但不会发布：只有信息的附件会发布，年报叙述和栏目说明页不能带附件。请把它作为某条信息的附件（列在那条信息的 attachments 里），再链接到那条信息。";
    }
    String folder = file.substring(0, file.lastIndexOf('/') + 1);
    String name = target.substring(target.lastIndexOf('/') + 1);
    if (!target.equals(folder + name)) {
      return "存在，但不在信息文件所在的文件夹里，不会发布（附件必须和信息文件放在同一个文件夹里）。请把它移到 " + folder + " 中，链接写成“" + name + "”，再在信息头的 attachments 里加上“" + name + "”。";
    }
    List<String> names = new ArrayList<>(listed.get());
    names.add(name);
    String line = "attachments: [" + names.stream().map(LinkRule::yamlName).collect(Collectors.joining(", ")) + "]";
    return "存在，但没有列在 attachments 中，不会发布。请在信息头的 attachments 里加上“" + name + "”，" + (listed.get().isEmpty() ? "例如写成：" : "改为：") + line;
  }

  /** A file name as a YAML flow-sequence entry: quoted when plain YAML would read it otherwise. */
  static String yamlName(String name) {
    boolean plain = !name.isEmpty() && name.chars().noneMatch(c -> ",[]{}:#\"'&*!|>%@`".indexOf(c) >= 0) && !name.startsWith("-") && !name.startsWith("?") && name.strip().equals(name);
    return plain ? name : "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  static boolean exists(String path, Set<String> outputs) {
    if (outputs.contains(path)) {
      return true;
    }
    String dir = path.isEmpty() || path.endsWith("/") ? path : path + "/";
    return outputs.contains(dir + "index.html");
  }
}
