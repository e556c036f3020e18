/**
 * Typed configuration groups, one per concern, read with MicroProfile Config ({@code feedwatch.*} keys; every
 * key can also be set as an environment variable such as {@code FEEDWATCH_SMTP_HOST}). Values are checked when
 * first read, so a bad setting fails with its key named. May not depend on any other Feedwatch package.
 */
package org.feedwatch.config;
