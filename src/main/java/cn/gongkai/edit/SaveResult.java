package cn.gongkai.edit;

/** The outcome of a save: written, or refused because the files on disk changed since the form was loaded. */
public sealed interface SaveResult permits SaveResult.Saved, SaveResult.Conflict {
  /** Both files written; {@code texts} is what they now hold. */
  record Saved(ReportTexts texts) implements SaveResult {}

  /** Nothing written: {@code onDisk} is what the files hold now, {@code typed} what the form would have written. */
  record Conflict(ReportTexts onDisk, ReportTexts typed) implements SaveResult {}
}
