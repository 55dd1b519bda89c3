/**
 * {@code new-report} and {@code new-item}: new content files with what can be filled in already.
 */
package cn.gongkai.scaffold;
