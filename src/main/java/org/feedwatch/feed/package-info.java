/**
 * The feeds Feedwatch watches and the items stored from them: the {@code Feed} and {@code Item} entities,
 * their repositories, adding and removing feeds, and a feed's health (last status, errors, next poll).
 * May not depend on fetching, rules, matching, digests or mail; those depend on this package.
 */
package org.feedwatch.feed;
