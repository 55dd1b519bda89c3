/**
 * Editing content through forms (serve's 年报填报 and 发布一条信息 pages): form data to and from the files of
 * {@code content/} in their documented layout, the checks of a form as typed, and saves that are atomic and
 * refuse to overwrite a file changed since the form was loaded. No HTTP here: {@code serve} calls it.
 */
package cn.gongkai.edit;
