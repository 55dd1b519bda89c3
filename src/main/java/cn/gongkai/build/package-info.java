/**
 * The pipeline ({@link cn.gongkai.build.SiteBuilder}): load, check, parse bodies, plan, check
 * links, render, write files, publish.
 */
package cn.gongkai.build;
