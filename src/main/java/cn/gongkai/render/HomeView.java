package cn.gongkai.render;

import java.util.List;

/** The column home: what the column holds, with its latest annual reports. */
public record HomeView(List<ReportsIndexView.Entry> latestReports) {}
