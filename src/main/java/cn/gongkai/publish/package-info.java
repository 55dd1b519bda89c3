/**
 * The output folder: staged beside it, swapped in only when everything succeeded.
 */
package cn.gongkai.publish;
