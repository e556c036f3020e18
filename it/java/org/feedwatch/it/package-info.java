/**
 * Integration tests against a real Liberty server started by Arquillian (server feedwatchIT, see the pom),
 * with GreenMail as the real SMTP server and a real local HTTP server for feeds, all on loopback.
 */
package org.feedwatch.it;
