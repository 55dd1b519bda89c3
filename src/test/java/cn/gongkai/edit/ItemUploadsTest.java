package cn.gongkai.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Upload names: each class of bad name refused with a sentence naming the file and a name that passes. */
class ItemUploadsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "../etc/passwd.pdf ; “/”“\\”或“..”     ; etc-passwd.pdf",
        "a/b.pdf           ; “/”“\\”或“..”     ; a-b.pdf",
        "a\\b.pdf          ; “/”“\\”或“..”     ; a-b.pdf",
        "报告..pdf         ; “/”“\\”或“..”     ; 报告.pdf",
        ".hidden.pdf       ; 以“.”开头         ; hidden.pdf",
        "a<b>.pdf          ; Windows 的文件名不能用 ; a-b.pdf",
        "a:b.pdf           ; Windows 的文件名不能用 ; a-b.pdf",
        "a|b.pdf           ; Windows 的文件名不能用 ; a-b.pdf",
        "a\"b\".pdf          ; Windows 的文件名不能用 ; a-b.pdf",
        "what?.PDF         ; Windows 的文件名不能用 ; what.PDF",
        "a*.pdf            ; Windows 的文件名不能用 ; a.pdf",
        "第1#.pdf          ; 会截断网址         ; 第1.pdf",
        "100%.pdf          ; 会截断网址         ; 100.pdf",
        "CON.pdf           ; Windows 保留的设备名 ; CON-附件.pdf",
        "nul.tar.zip       ; Windows 保留的设备名 ; nul-附件.tar.zip",
        "com1.docx         ; Windows 保留的设备名 ; com1-附件.docx",
        "Lpt9.txt          ; Windows 保留的设备名 ; Lpt9-附件.txt",
        "程序.exe          ; 扩展名不在可上传的类型中 ; ",
        "没有扩展名        ; 扩展名不在可上传的类型中 ; ",
        "页面.html         ; 扩展名不在可上传的类型中 ; ",
      })
  void refused(String name, String why, String rename) {
    String m = ItemForms.badUploadName(name).orElseThrow(() -> new AssertionError(name + " was accepted"));
    assertTrue(m.contains("附件“" + name + "”"), m);
    assertTrue(m.contains(why), m);
    if (rename == null) {
      assertTrue(m.contains("请另存为"), m);
    } else {
      assertTrue(m.contains("请改名为“" + rename + "”"), m);
      assertEquals(Optional.empty(), ItemForms.badUploadName(rename), "the suggested name " + rename + " is refused too");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"申请表.docx", "2024年预算.PDF", "Plan v2 (final).xlsx", "问：答.pdf", "图1.jpeg", "a.7z", "通知.ofd", "表.et", "文.wps"})
  void accepted(String name) {
    assertEquals(Optional.empty(), ItemForms.badUploadName(name));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\nb.pdf", "a\u0000.pdf", "tab\there.pdf"})
  void controlCharactersAreRefusedAndShownReplaced(String name) {
    String m = ItemForms.badUploadName(name).orElseThrow();
    assertTrue(m.contains("控制字符"), m);
    assertTrue(m.contains("\uFFFD"), m);
    assertTrue(m.chars().noneMatch(Character::isISOControl), m);
  }

  @org.junit.jupiter.api.Test
  void emptyLongAndTrailingDotNamesAreRefused() {
    assertTrue(ItemForms.badUploadName("").orElseThrow().contains("空"));
    assertTrue(ItemForms.badUploadName(null).isPresent());
    String longName = "长".repeat(101) + ".pdf";
    String m = ItemForms.badUploadName(longName).orElseThrow();
    assertTrue(m.contains("105 个字") && m.contains("不能超过 100 个字"), m);
    String suggested = ItemUploads.suggestion(longName);
    assertEquals(100, suggested.codePointCount(0, suggested.length()));
    assertTrue(m.contains("请改名为“" + suggested + "”"));
    assertTrue(ItemForms.badUploadName("报告.pdf.").orElseThrow().contains("结尾"));
    assertTrue(ItemForms.badUploadName("报告.pdf ").orElseThrow().contains("结尾"));
  }

  @org.junit.jupiter.api.Test
  void clashesIgnoreCaseAndProposeAFreeName() {
    List<String> m = ItemUploads.problems(List.of("A.pdf", "b.PDF", "B.pdf", "a-2.pdf"), List.of("a.PDF", "a-2.PDF"));
    assertEquals(3, m.size(), m.toString());
    assertTrue(m.get(0).contains("“A.pdf”与文件夹中已有的文件“a.PDF”") && m.get(0).contains("请改名为“A-3.pdf”"), m.get(0));
    assertTrue(m.get(1).contains("“B.pdf”与同时上传的“b.PDF”") && m.get(1).contains("请改名为“B-2.pdf”"), m.get(1));
    assertTrue(m.get(2).contains("“a-2.pdf”与文件夹中已有的文件“a-2.PDF”"), m.get(2));
  }
}
