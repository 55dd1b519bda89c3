/**
 * Findings and what they are made of: every rule ({@link cn.gongkai.diag.Rule}), places in files,
 * the user error a run stops with (and {@link cn.gongkai.diag.Background}, which carries it from a step
 * run on another thread), and the one way they are printed ({@link cn.gongkai.diag.Report}). Every other
 * stage depends on it.
 */
package cn.gongkai.diag;
