package org.feedwatch.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The application under test: the WAR the build just packaged, deployed whole. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive feedwatch() {
        return ShrinkWrap.create(ZipImporter.class, "feedwatch.war")
                .importFrom(new File(System.getProperty("it.war", "target/feedwatch.war")))
                .as(WebArchive.class);
    }
}
