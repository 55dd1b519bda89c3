/**
 * Render: view models for each page type ({@link cn.gongkai.render.PageViews}) and JBake, the engine
 * that turns them into files.
 *
 * <p><b>What JBake does for us.</b> Its template-engine registry ({@code
 * META-INF/org.jbake.parser.TemplateEngines.properties}) picks the engine by the template's extension:
 * ours, {@link cn.gongkai.render.GongkaiTemplateEngine}, is Pebble 4.1 with autoescaping and strict
 * variables, since JBake's own is built on Pebble 3.1, which has known CVEs. Its {@code Renderer} (through
 * {@link cn.gongkai.render.PageRenderer}) renders one document per planned page with the template of the
 * document's type; its configuration names the template and asset folders; its {@code Asset} copies the
 * theme's assets.
 *
 * <p><b>What we replaced, and why.</b> JBake's {@code Oven} (crawl, store, render) is not used. Its store
 * is OrientDB: {@code ContentStore.updateSchema()} is final and queries the database, which took 1.5–3 s
 * to open per build, so {@link cn.gongkai.render.PageStore} keeps the documents in a list and OrientDB is
 * not on the class path at all. Its documents renderer re-reads every document of a type for each page,
 * which made large sites quadratic; pages are rendered from the plan instead, on every core. Its crawler
 * never sees the content: it would percent-encode Chinese file names, render drafts and read no YAML
 * front matter. Pages are encoded to UTF-8 as they are written ({@link cn.gongkai.render.Utf8Page}).
 */
package cn.gongkai.render;
