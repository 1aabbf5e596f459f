package org.entente.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.provenance.Digests;
import org.entente.support.RealPostgres;
import org.entente.support.ScratchDatabase;
import org.entente.support.ServerProcess;
import org.entente.support.TestAccounts;
import org.junit.jupiter.api.Test;

/**
 * An audit record is durable when its change commits, chained or not: the real server, with its sequencer off (so that
 * nothing it appends is chained while it runs, as when it dies between a commit and its sequencer's next round),
 * confirms audited writes and is killed with SIGKILL; the records are still queued; another instance of the
 * application ({@code --verify-audit}, which chains before it verifies) chains every one of them once, and the chain
 * verifies intact.
 */
class AuditRecordsSurviveACrashBeforeChainingTest {

    private static final int REVOCATIONS = 12;

    @Test
    void recordsQueuedByAServerKilledBeforeChainingThemAreChainedByAnotherInstance() throws Exception {
        RealPostgres postgres = RealPostgres.availableOrSkip();
        try (ScratchDatabase database = ScratchDatabase.create(postgres, "auditcrash")) {
            ServerProcess server = database.start("--entente.audit.sequencer.enabled=false");
            List<String> subjects = new ArrayList<>();
            try {
                server.awaitReady();
                String owner = TestAccounts.tokenFor(database.jdbc(), "audit-crash-owner");
                for (int i = 0; i < REVOCATIONS; i++) {
                    String secret = TestAccounts.tokenFor(database.jdbc(), "audit-crash-owner");
                    String id = database.jdbc().sql("select id from access_token where secret_hash = :hash").param("hash", Digests.sha256(secret))
                            .query(String.class).single();
                    var answer = server.send("DELETE", "/api/v1/me/tokens/" + id, owner, null);
                    assertThat(answer.statusCode()).as("revoking token %s: %s", id, answer.body()).isEqualTo(204);
                    subjects.add("token:" + id);
                }
            } finally {
                server.kill();
            }
            assertThat(database.count("select count(*) from audit_queue where action = 'token.revoke'"))
                    .as("every confirmed revocation's record is queued, none chained, when the server dies").isEqualTo(REVOCATIONS);
            assertThat(database.count("select count(*) from audit_entry where action = 'token.revoke'")).isZero();

            ServerProcess.Finished verified = ServerProcess.run(null, "--spring.datasource.url=" + database.url(),
                    "--spring.datasource.username=" + postgres.username(), "--spring.datasource.password=" + postgres.password(), "--verify-audit");

            assertThat(verified.status()).as("--verify-audit: %s", verified.output()).isZero();
            assertThat(verified.output()).contains("audit chain intact");
            assertThat(database.count("select count(*) from audit_queue")).isZero();
            for (String subject : subjects) {
                assertThat(database.jdbc().sql("select count(*) from audit_entry where subject = :subject and action = 'token.revoke'")
                        .param("subject", subject).query(Long.class).single()).as("%s chained once", subject).isEqualTo(1);
            }
        }
    }
}
