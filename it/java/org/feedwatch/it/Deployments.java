package org.feedwatch.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application under test: the WAR the build just packaged, deployed whole. */
final class Deployments {

    private Deployments() {
    }

    /** The WAR plus a clock the test sets (test-only support classes; see {@code TestClock}). */
    static WebArchive feedwatchWithTestClock() {
        return feedwatch().addClasses(org.feedwatch.it.support.TestClock.class,
                org.feedwatch.it.support.TestClockServlet.class);
    }

    static WebArchive feedwatch() {
        return ShrinkWrap.create(ZipImporter.class, "feedwatch.war")
                .importFrom(new File(System.getProperty("it.war", "target/feedwatch.war")))
                .as(WebArchive.class);
    }
}
