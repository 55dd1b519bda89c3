package cn.gongkai.build;

/** What a long build is doing, for a terminal that wants to show it. */
public interface Progress {
  Progress NONE = new Progress() {
    @Override
    public void stage(String label) {}

    @Override
    public void pages(int done, int total) {}
  };

  /** A new step starts, e.g. “读取内容”. */
  void stage(String label);

  /** Pages written so far. */
  void pages(int done, int total);

  /** Another build holds the output folder: said once, before this build waits for it. */
  default void waiting(String message) {}
}
