/**
 * The out-of-the-box demo: on a fresh server with {@code feedwatch.demo.enabled}, two bundled feeds served by the
 * server itself, a demo subscriber with rules for sanctions and for Ales Bialiatski, and a first digest right
 * after the first poll. Uses the public services of the other packages only; nothing depends on it.
 */
package org.feedwatch.demo;
