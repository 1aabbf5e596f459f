package org.entente.access.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.access.Role;
import org.entente.access.RoleGrant;
import org.entente.audit.AuditRecord;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * One demo account per role in the CSTO, created only in the {@code demo} profile (which
 * {@code ./mvnw spring-boot:run} uses) and never otherwise. The README names them; the password of
 * each is its name followed by {@code -demo}.
 */
@Component
@Profile("demo")
class DemoAccounts implements ApplicationRunner {

    /** The members whose representatives vote in a CSTO council session today (Armenia's participation is frozen). */
    private static final List<String> COUNCIL = List.of("BLR", "KAZ", "KGZ", "RUS", "TJK");

    static final List<DemoAccount> ACCOUNTS = Stream.of(
            Stream.of(new DemoAccount("secretariat", "CSTO Secretariat officer (demo)", List.of(RoleGrant.of(Role.SECRETARIAT, "CSTO")))),
            COUNCIL.stream().map(state -> new DemoAccount("council-" + state.toLowerCase(Locale.ROOT), "Council representative of " + state + " (demo)",
                    List.of(RoleGrant.of(Role.COUNCIL_REPRESENTATIVE, "CSTO", state)))),
            Stream.of(new DemoAccount("liaison-kaz", "Liaison officer of Kazakhstan (demo)", List.of(RoleGrant.of(Role.LIAISON, "CSTO", "KAZ"))),
                    new DemoAccount("observer", "Observer (demo)", List.of(RoleGrant.of(Role.OBSERVER, "CSTO")))))
            .flatMap(accounts -> accounts)
            .toList();

    record DemoAccount(String username, String displayName, List<RoleGrant> grants) {
        String password() {
            return username + "-demo";
        }
    }

    private final JdbcAccounts accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    DemoAccounts(JdbcAccounts accounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAccount demo : ACCOUNTS) {
            if (accounts.find(demo.username()).isEmpty()) {
                accounts.save(demo.username(), demo.displayName(), passwords.encode(demo.password()), demo.grants(), clock.instant(),
                        AuditRecord.SYSTEM, AuditRecord.SYSTEM);
            }
        }
    }
}
