/**
 * Audit, for the county office: many published reports imported in memory (nothing written into a
 * site), every check run, cross-year rules between the reports of the same organ, and one summary
 * table with every finding, printed and optionally written as an HTML page and a CSV file.
 */
package cn.gongkai.audit;
