package cn.gongkai.check;

import cn.gongkai.TestSite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;

/**
 * A site whose bodies are rich but legitimate (issue 17): an item with tables with merged cells,
 * nested lists, every allowed kind of link, local images (an attachment in Markdown, the site's icon in
 * HTML), quotes, code and the
 * theme's note box; column introductions for 指南, 制度 and 依申请公开 and a report narrative with the same
 * kinds of markup. Nothing in it may be refused, warned about or changed by the allow-list.
 */
public final class RichBodySite {
  /** The build date: the item is published, the report is current. */
  public static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

  public static final String ITEM = "content/policy/rich.md";
  public static final String ITEM_PAGE = "policy/rich.html";

  /** The item's body, as written (after the front matter). */
  public static final String ITEM_BODY =
      """
      各村（社区）、镇直各单位：

      ## 一、总体要求

      为进一步做好政务公开工作，**提高工作透明度**，*依法依规*公开，现将有关事项通知如下。检查命令写作 `gongkai check`。

      ### （一）工作步骤

      1. 梳理目录
         - 按栏目整理
         - 按年份整理
           1. 当年的信息
           2. 往年的信息
      2. 逐条核对

      > 《中华人民共和国政府信息公开条例》第十九条：对涉及公众利益调整、需要公众广泛知晓或者需要公众参与决策的政府信息，行政机关应当主动公开。
      >
      > - 引用中的列表

      ```
      gongkai check
      gongkai build
      ```

      | 序号 | 项目名称 | 奖补资金（万元） |
      |---|---|---:|
      | 1 | 东湖村村组道路硬化 | 12.50 |
      | 2 | 西岭村文化广场 | 8.00 |

      <table>
      <caption>资金来源（合并单元格）</caption>
      <thead>
      <tr><th scope="col" rowspan="2">村</th><th scope="colgroup" colspan="2">资金（万元）</th></tr>
      <tr><th scope="col">上级补助</th><th scope="col">村级自筹</th></tr>
      </thead>
      <tbody>
      <tr><th scope="row">东湖村</th><td>8.00</td><td>4.50</td></tr>
      <tr><th scope="row">合计</th><td colspan="2">12.50</td></tr>
      </tbody>
      </table>

      相关链接：[中国政府网](https://www.gov.cn/)、[县政府网站](http://www.example.gov.cn/)、[来信](mailto:gongkai@example.gov.cn)、[电话](tel:0000-00000000)、[2023年度年报](../reports/2023.yaml)、[政策文件栏目](../policy/)、[申报表](申报表.txt)、<https://www.gov.cn/zhengce/>、<a href="https://www.gov.cn/" title="中国政府网">政府网</a>、<a href="../catalogue/">目录</a>。

      ![项目现场照片](photo.png)

      <p><img src="../favicon.svg" alt="本站图标（HTML 写法）" width="32" height="32"></p>

      ---

      第一行<br>第二行；水的化学式是 H<sub>2</sub>O，面积单位 m<sup>2</sup>；<strong>重点</strong>、<em>强调</em>、<code>代码</code>。

      <blockquote><p>HTML 写的引用。</p></blockquote>

      <ul><li>HTML 写的列表<ol start="3"><li>第三项</li></ol></li></ul>

      <div class="sample-notice" role="note"><strong>示例</strong>　本条为测试用。</div>

      示例镇人民政府

      2024年3月1日
      """;

  private RichBodySite() {}

  /** The site as txtar (without the image, which {@link #write} adds). */
  public static String text() {
    String narrative =
        "公开内容有待充实，详见[中国政府网](https://www.gov.cn/)。\n\n"
            + "> 下一年度将按《条例》要求充实公开内容。\n\n"
            + "<table>\n<tr><th scope=\"col\" colspan=\"2\">改进措施</th></tr>\n<tr><td>业务培训</td><td>每季度一次</td></tr>\n</table>\n\n"
            + "1. 完善目录\n   - 补充栏目\n";
    StringBuilder s = new StringBuilder(TestSite.valid2021().replace("公开内容有待充实。示例镇自2023年下半年起逐月梳理公开目录，尚需补充。\n", narrative));
    s.append("-- content/columns.yaml --\n")
        .append("- id: guide\n  title: 政府信息公开指南\n")
        .append("- id: system\n  title: 政府信息公开制度\n")
        .append("- id: statutory\n  title: 法定主动公开内容\n  children:\n")
        .append("    - id: policy\n      title: 政策文件\n")
        .append("- id: reports\n  title: 政府信息公开年报\n")
        .append("- id: on-request\n  title: 依申请公开\n");
    s.append("-- content/guide/index.md --\n---\nupdated: 2024-05-01\n---\n")
        .append("<div class=\"sample-notice\" role=\"note\"><strong>示例</strong>　本页为测试用指南。</div>\n\n")
        .append("### 一、政府信息的分类\n\n全部信息可在[政府信息公开目录](../catalogue/)中查找；申请见[依申请公开](../on-request/)。\n\n")
        .append("<table>\n<tr><th scope=\"col\">事项</th><th scope=\"col\">方式</th></tr>\n")
        .append("<tr><td rowspan=\"2\">申请</td><td>当面提交</td></tr>\n<tr><td>信函：<a href=\"mailto:gongkai@example.gov.cn\">gongkai@example.gov.cn</a></td></tr>\n</table>\n");
    s.append("-- content/system/index.md --\n")
        .append("本机关的政府信息公开制度：\n\n1. 主动公开制度\n   1. 公开前审查\n   2. 公开后更新\n2. 依申请公开制度\n\n")
        .append("> 制度全文见[2023年度年报](../reports/2023/)。\n\n`保密审查` 按规定办理。\n");
    s.append("-- content/on-request/index.md --\n")
        .append("申请渠道：\n\n- 电话：[0000-00000000](tel:0000-00000000)\n- 信函：[gongkai@example.gov.cn](mailto:gongkai@example.gov.cn)\n")
        .append("- 网上：[中国政府网](https://www.gov.cn/)\n\n<p>受理时间：工作日<br>上午 9:00—12:00</p>\n");
    s.append("-- ").append(ITEM).append(" --\n")
        .append("---\ntitle: 示例镇关于做好政务公开工作的通知\nindex_no: 123456789X/2024-0100\npublisher: 示例镇\n")
        .append("generated: 2024-03-01\npublished: 2024-03-05\nscope: 全部公开\nchannel: 政府网站\ncolumn: policy\n")
        .append("doc_no: 示政发〔2024〕1号\nattachments: [photo.png, 申报表.txt]\n---\n\n")
        .append(ITEM_BODY);
    s.append("-- content/policy/申报表.txt --\n测试附件\n");
    return s.toString();
  }

  /** Writes the site (theme copied, the item's photo a real PNG) under {@code dir}. */
  public static Path write(Path dir) {
    TestSite.write(dir, text());
    BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(new Color(0x2f6f4e));
    g.fillRect(0, 0, 64, 48);
    g.dispose();
    try {
      ImageIO.write(img, "png", dir.resolve("content/policy/photo.png").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dir;
  }
}
