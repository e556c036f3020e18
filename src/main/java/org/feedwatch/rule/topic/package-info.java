/**
 * Curated topics: named queries in the keyword language that ship as editable files in the server's
 * configuration ({@code topics/<name>.properties}: {@code title}, {@code description}, {@code query}), and the
 * {@code topic} rule type that lets a subscriber pick one by name. Operators add or change a topic by adding or
 * editing a file; the catalog notices within a minute and rules that use it are recompiled.
 *
 * <p>Depends on the keyword language of {@code org.feedwatch.rule} and on configuration only; nothing here
 * knows of matching, feeds or mail.
 */
package org.feedwatch.rule.topic;
