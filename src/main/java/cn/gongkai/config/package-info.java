/**
 * {@code content/site.yaml}: who publishes the column and where it lives.
 */
package cn.gongkai.config;
