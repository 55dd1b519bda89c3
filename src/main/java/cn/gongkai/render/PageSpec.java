package cn.gongkai.render;

/** One page to render: its output path (e.g. {@code reports/2022/index.html}), JBake type and view model. */
public record PageSpec(String outputPath, String type, PageView view) {}
