/**
 * The digest-delivery benchmark (issue 5), compiled and run only by the Maven profile {@code benchmark-mail}:
 * digests of 20 stories are composed by the production {@link org.feedwatch.digest.DigestComposer} from generated
 * matches, rendered with the production {@link org.feedwatch.digest.TemplateRenderer}, built into MIME by
 * {@link org.feedwatch.delivery.MimeBuilder} and sent over one or several connections of the production SMTP sink to
 * postfix's {@code smtp-sink} on 127.0.0.1, and compared in the same run with postfix's {@code smtp-source} sending
 * a digest-sized message to the same sink, over one session and over as many as the benchmark's connections. It
 * may depend on the digest and delivery packages, the test fixtures, Jakarta Mail (Angus Mail from the test class
 * path) and the JDK; nothing in the application depends on it. Traffic goes to 127.0.0.1 only.
 */
package org.feedwatch.bench.mail;
