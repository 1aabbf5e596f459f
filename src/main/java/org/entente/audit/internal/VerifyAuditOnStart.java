package org.entente.audit.internal;

import org.entente.audit.AuditTrail;
import org.entente.audit.Verification;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The command-line verification: started with {@code --verify-audit} (or the property
 * {@code entente.audit.verify=true}), the application opens no port, verifies the audit chain before
 * any other start-up work (such as loading the built-in datasets), prints one line and exits with
 * status 0 if the chain is intact, 1 if it is broken.
 */
@Configuration(proxyBeanMethods = false)
class VerifyAuditOnStart {

    static final String OPTION = "verify-audit";
    static final String PROPERTY = "entente.audit.verify";

    /** How the process ends once verified: {@link System#exit} unless a bean says otherwise (tests do). */
    @FunctionalInterface
    interface ProcessExit {
        void exit(int status);
    }

    static boolean requested(Environment environment, ApplicationArguments arguments) {
        return environment.getProperty(PROPERTY, Boolean.class, false)
                || arguments.containsOption(OPTION) && arguments.getOptionValues(OPTION).stream().allMatch(value -> value.isEmpty() || Boolean.parseBoolean(value));
    }

    /**
     * The one line printed: the count and head hash (and records that waited longer than the maximum merge delay, if
     * any: a finding that leaves the status 0), or the first broken entry and why.
     */
    static String line(Verification verification) {
        return switch (verification) {
            case Verification.Intact intact -> "audit chain intact: " + intact.entries() + " entries, head hash " + intact.headHash()
                    + (intact.overdue() == null ? "" : "; but " + intact.overdue().description());
            case Verification.Broken broken -> "audit chain broken at entry " + broken.sequence() + ": " + broken.reason();
        };
    }

    static int status(Verification verification) {
        return verification instanceof Verification.Intact ? 0 : 1;
    }

    /** Serves nothing while only verifying: port -1 leaves the embedded server unstarted. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> noPortWhileVerifyingAudit(Environment environment, ApplicationArguments arguments) {
        return factory -> {
            if (requested(environment, arguments)) {
                factory.setPort(-1);
            }
        };
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ApplicationRunner verifyAuditAndExit(Environment environment, AuditTrail trail, ConfigurableApplicationContext context,
                                         ObjectProvider<ProcessExit> processExit) {
        return arguments -> {
            if (!requested(environment, arguments)) {
                return;
            }
            ProcessExit exit = processExit.getIfAvailable(() -> System::exit);
            Verification verification = trail.verify();
            System.out.println(line(verification));
            exit.exit(SpringApplication.exit(context, () -> status(verification)));
        };
    }
}
