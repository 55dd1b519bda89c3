/**
 * The disclosure metadata every document carries (索引号, 发布机构, dates, 公开范围, 公开方式, 文号, 有效性) and its
 * one reader, for items and annual reports alike.
 */
package cn.gongkai.meta;
