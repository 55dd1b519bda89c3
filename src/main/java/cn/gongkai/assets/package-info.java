/**
 * The files beside the pages: open data, sitemap, feed, robots.txt, the search index, and the QR
 * codes pages draw.
 */
package cn.gongkai.assets;
