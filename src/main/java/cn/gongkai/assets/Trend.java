package cn.gongkai.assets;

import java.util.List;

/**
 * One figure across the years, for the reports index: one point per report, oldest first. {@code note}
 * says in plain Chinese which years are gaps and why (empty when none is).
 */
public record Trend(String id, String group, String title, String unit, List<TrendPoint> points, String note) {
  public Trend {
    points = List.copyOf(points);
  }
}
