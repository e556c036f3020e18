package org.feedwatch.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.feedwatch.config.DemoConfig;

/**
 * Seeds the demo once, on the first start of an empty server, then (in the background, once the server answers
 * HTTP) polls the demo feeds and sends the demo subscriber's first digest to the mailbox.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    @Inject
    DemoConfig config;

    @Inject
    DemoData data;

    @Inject
    DemoFirstRun firstRun;

    @Resource(lookup = "concurrent/feedwatch")
    ManagedExecutorService executor;

    @PostConstruct
    void seed() {
        if (!config.enabled()) {
            return;
        }
        try {
            data.seedIfEmpty().ifPresent(seeded -> {
                LOG.info(() -> "Demo seeded: subscriber " + config.email() + " with " + seeded.feedIds().size()
                        + " demo feeds; the first digest follows the first poll");
                executor.execute(() -> {
                    try {
                        firstRun.run(seeded);
                    } catch (RuntimeException | Error e) {
                        // An executor task's failure is otherwise silent; the demo must say why it stopped.
                        LOG.log(Level.WARNING, "The first demo run failed; the poll timer will take over", e);
                    }
                });
            });
        } catch (RuntimeException e) {
            // The demo must never keep the server from starting.
            LOG.log(Level.WARNING, "Demo data could not be seeded", e);
        }
    }

    /** What was seeded: the demo subscriber and feeds. */
    public record Seeded(long subscriberId, List<Long> feedIds) {
    }
}
