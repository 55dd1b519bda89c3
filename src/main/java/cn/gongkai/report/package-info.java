/**
 * Annual reports: the two official formats' tables as one schema, the model with its typed tables,
 * loading {@code content/reports/<year>.yaml} and {@code .md} (FMT-03), the narrative's six
 * sections.
 */
package cn.gongkai.report;
