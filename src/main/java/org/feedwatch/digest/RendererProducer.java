package org.feedwatch.digest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.feedwatch.config.DigestConfig;

/** The one template renderer: bundled templates, overridden by feedwatch.templates.dir when set. */
@ApplicationScoped
public class RendererProducer {

    @Inject
    DigestConfig config;

    @Produces
    @Singleton
    TemplateRenderer renderer() {
        return new TemplateRenderer(config.templatesDir().map(Path::of));
    }
}
