/**
 * The command line (picocli): the commands, their Chinese messages, the exit codes.
 */
package cn.gongkai.cli;
