/** TEMPORARY stand-in for branch {@code stories}' package (story grouping); removed when it lands. */
package org.feedwatch.story;
