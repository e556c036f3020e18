/**
 * The administrator's console pages under {@code /admin} (topics, subscribers, outbox, dev mailbox): thin Jakarta REST
 * resources that read parameters, call the services of the other packages and render Pebble templates from
 * {@code templates/pages/admin/} with {@link org.feedwatch.web.Pages}. Every change is a POST form carrying the CSRF
 * token and answers 303 back to the page with a fixed notice (Post/Redirect/Get); bad input renders the page again
 * with the message next to the field and status 400. May not hold queries or business rules, and may not depend on
 * JPA, SMTP or Lucene directly.
 */
package org.feedwatch.web.admin;
