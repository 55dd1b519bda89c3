/**
 * What one build keeps for the next (under the site's {@code target/gongkai-cache/}): each item file's
 * version and what reading it gave, and for each output folder the fingerprint of every page's inputs with
 * the stamp of the file it wrote. A later build reads again only the files that changed and renders only
 * the pages whose inputs changed; deleting the folder is always safe (the next build is a full one).
 */
package cn.gongkai.cache;
