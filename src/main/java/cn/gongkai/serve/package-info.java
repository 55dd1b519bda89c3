/**
 * {@code serve}: the site built into a private folder, served on 127.0.0.1, rebuilt on every
 * change.
 */
package cn.gongkai.serve;
