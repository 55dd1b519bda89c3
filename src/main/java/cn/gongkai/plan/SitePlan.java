package cn.gongkai.plan;

import java.util.List;
import java.util.Set;

/**
 * Every page the build will write, in the order they are planned; every file it will write ({@code
 * outputs}, which links are checked against); and the catalogue the pages list.
 */
public record SitePlan(List<PlannedPage> pages, Set<String> outputs, Catalogue catalogue) {
  public static final String CATALOGUE_LABEL = "政府信息公开目录";
  public static final String QR_LABEL = "扫码看专栏";
}
