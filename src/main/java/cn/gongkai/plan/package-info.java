/**
 * Where everything is published ({@link cn.gongkai.plan.UrlScheme}) and which pages there are
 * ({@link cn.gongkai.plan.PagePlanner}): the catalogue, pagination. Nothing is written or
 * rendered here.
 */
package cn.gongkai.plan;
