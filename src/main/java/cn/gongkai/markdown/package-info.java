/**
 * Markdown bodies with flexmark: each parsed once, on every core; one walk gives a node check
 * (HTML-01, HTML-02) every node and collects the link targets, then the tree gives the HTML.
 * {@link cn.gongkai.markdown.BodyHtmlPolicy} is the allow-list for raw HTML in a body, and {@link
 * cn.gongkai.markdown.AllowedHtml} renders raw HTML as the policy publishes it.
 */
package cn.gongkai.markdown;
