/**
 * Markdown bodies with flexmark: each parsed once, on every core; one walk gives a node check
 * (HTML-01) every node and collects the link targets, then the tree gives the HTML.
 */
package cn.gongkai.markdown;
