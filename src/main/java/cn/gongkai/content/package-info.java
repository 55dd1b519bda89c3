/**
 * The first stage of a run: everything read from {@code content/}, published and scheduled items
 * apart.
 */
package cn.gongkai.content;
