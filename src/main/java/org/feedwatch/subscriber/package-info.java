/**
 * People who receive digests: the {@code Subscriber} entity (address, time zone, delivery hour), creating and
 * removing subscribers, and when each one's next daily digest is due (DST-correct). May not depend on feeds,
 * rules, matching, digests or mail.
 */
package org.feedwatch.subscriber;
