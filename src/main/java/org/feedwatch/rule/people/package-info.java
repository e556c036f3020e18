/**
 * Curated people: the names a public sign-up offers as ready-made person rules, read from one editable UTF-8 CSV
 * file in the server's configuration ({@code people.csv}: {@code name,description[,alias…]} per line, set by
 * {@code feedwatch.people.file}). Operators add or change a person by editing the file; the list is read again
 * when the file changes. Picking a person makes an ordinary {@code person} rule with the file's name and aliases,
 * so a later edit of the file changes what is offered, not rules already saved.
 *
 * <p>Depends on configuration only; nothing here knows of rules, matching, feeds or mail.
 */
package org.feedwatch.rule.people;
