/**
 * Every content rule: the site's configuration (CFG-01), the annual-report rules and {@code
 * acknowledged}, items (META-01, NAME-01), bodies (HTML-01, HTML-02) and links (LINK-01). Rules about
 * reading a file (ENC-01, YAML-01, FMT-03 and the like) are found by the readers, since a file
 * that cannot be read has nothing to check.
 */
package cn.gongkai.check;
