/**
 * Brings the database schema to the version this build expects, with Flyway's versioned migrations in
 * {@code db/migration}, before anything else touches the database. May not depend on any other Feedwatch
 * package: it knows tables, not entities.
 */
package org.feedwatch.schema;
