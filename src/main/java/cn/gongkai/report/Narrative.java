package cn.gongkai.report;

import cn.gongkai.markdown.Markdown;
import java.util.List;
import java.util.Optional;

/**
 * A report's narrative split at its level-2 headings. {@code number} is 1..6 for a recognised section
 * title (canonical or a known variant, under any ordinal), 0 for an unrecognised one; {@code ordinal} is
 * the number the title is written under (“三、” is 3), 0 when it has none.
 */
public record Narrative(String file, String preamble, List<Section> sections) {

  public record Section(int number, int ordinal, String title, int line, String markdown, int bodyLine) {
    /** True when the section holds no text once authoring comments are removed. */
    public boolean isBlank() {
      return Markdown.stripComments(markdown).isBlank();
    }
  }

  public Optional<Section> section(int number) {
    return sections.stream().filter(s -> s.number() == number).findFirst();
  }

  /**
   * 1..6 for the section a heading means (canonical or variant title, any ordinal), 0 when it is not a
   * section title; the importer uses it to find the sections of a published report.
   */
  public static int sectionOf(String title) {
    return NarrativeParser.sectionNumber(title);
  }

  /** Whether {@code a} and {@code b} differ by at most one character (added, dropped or replaced): a typo's distance. */
  public static boolean withinOne(String a, String b) {
    return NarrativeParser.withinOne(a, b);
  }

  /**
   * 1..6 when a heading is a section's canonical title with one character added, dropped or replaced,
   * under that section's ordinal (“四、政府信息公开行政法复议、行政诉讼情况”), else 0. Asked of a title {@link
   * #sectionOf} does not recognise; import and check both read such a heading as that section.
   */
  public static int typoOf(String title) {
    return NarrativeParser.typoSection(title);
  }

  /** The number of the ordinal a heading is written under (“三、…” is 3), 0 when it has none. */
  public static int ordinalOf(String title) {
    return NarrativeParser.ordinal(title);
  }

  /** Splits {@code text} at its level-2 headings as the loader does (the report form keeps each part). */
  public static Narrative parse(String file, String text) {
    return NarrativeParser.parse(file, text);
  }

  public static Narrative empty(String file) {
    return new Narrative(file, "", List.of());
  }
}
