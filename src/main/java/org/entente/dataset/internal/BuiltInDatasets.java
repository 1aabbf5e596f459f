package org.entente.dataset.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import org.entente.access.Actor;
import org.entente.dataset.Datasets;
import org.entente.dataset.ImportOutcome;
import org.entente.dataset.Precondition;
import org.entente.register.OrganizationCode;
import org.entente.register.Register;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Loads the built-in datasets (the CSTO, and NATO for the exclusivity check) on first start: each
 * organization is imported only while the register does not have it, so corrections made since are
 * kept across restarts. {@code entente.datasets.built-in=false} starts with an empty register.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BuiltInDatasets.Settings.class)
class BuiltInDatasets implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BuiltInDatasets.class);

    /** Built-in documents by the organization code each one holds. */
    static final List<String> ORGANIZATIONS = List.of("CSTO", "NATO");

    @ConfigurationProperties("entente.datasets")
    record Settings(Boolean builtIn) {
        boolean enabled() {
            return builtIn == null || builtIn;
        }
    }

    private final Settings settings;
    private final Datasets datasets;
    private final Register register;
    private final ResourceLoader resources;
    private final Clock clock;

    BuiltInDatasets(Settings settings, Datasets datasets, Register register, ResourceLoader resources, Clock clock) {
        this.settings = settings;
        this.datasets = datasets;
        this.register = register;
        this.resources = resources;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!settings.enabled()) {
            return;
        }
        for (String code : ORGANIZATIONS) {
            if (register.organization(OrganizationCode.of(code), clock.instant()).isPresent()) {
                continue;
            }
            long started = System.nanoTime();
            switch (datasets.importDocument(read(resources.getResource("classpath:dataset/" + code.toLowerCase(java.util.Locale.ROOT) + ".json")), Actor.SYSTEM, Precondition.NONE)) {
                case ImportOutcome.Imported imported -> log.info("Imported the built-in {} dataset in {} ms: {}", code,
                        (System.nanoTime() - started) / 1_000_000, imported.changes());
                case ImportOutcome.Rejected rejected -> throw new IllegalStateException("the built-in " + code + " dataset is invalid: " + rejected.errors());
                case ImportOutcome.Refused refused -> throw new IllegalStateException("the system may import any dataset");
                case ImportOutcome.Stale stale -> throw new IllegalStateException("the system imports without a precondition");
            }
        }
    }

    static byte[] read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
