/**
 * Watchlists: a list of people imported from a CSV file ({@code name[,alias…]} per row, UTF-8) kept as one
 * rule whose matches say which person was found. Each person is matched exactly as a person rule would
 * match them. Reading the file is separate from the rule type so that bad rows are reported by line
 * number while the good ones are kept.
 *
 * <p>Depends on the person-name matching of {@code org.feedwatch.rule.name} and on the rule SPI; nothing
 * here knows of matching, feeds or mail.
 */
package org.feedwatch.rule.watchlist;
