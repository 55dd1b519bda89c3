/**
 * Reading the webmaster's text files: UTF-8 with a BOM or CRLF accepted (ENC-01 otherwise), YAML
 * with the line and column of every node (YAML-01 for syntax), typed reads that report every
 * problem and go on, front matter. No knowledge of reports or items.
 */
package cn.gongkai.yaml;
