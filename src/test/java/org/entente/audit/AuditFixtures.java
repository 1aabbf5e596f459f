package org.entente.audit;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.entente.provenance.Digests;
import org.springframework.transaction.support.TransactionTemplate;

/** Records to append in tests, each under its own subject so that tests never see each other's entries. */
public final class AuditFixtures {

    private AuditFixtures() {
    }

    /** A subject no other test uses, e.g. {@code test-chain:3f2a...}. */
    public static String uniqueSubject(String what) {
        return what + ":" + UUID.randomUUID();
    }

    /** A change by a secretariat officer, with digests before and after and short details. */
    public static AuditRecord change(String actor, String organization, String action, String subject) {
        return new AuditRecord(actor, "secretariat", organization, action, subject,
                Digests.sha256("before " + subject), Digests.sha256("after " + subject), "{\"note\":\"test\"}");
    }

    public static AuditRecord change(String subject) {
        return change("a.tester", "TESTA", "test.change", subject);
    }

    /** Appends the records in one transaction, in order; the entries they were chained as once it committed. */
    public static List<AuditEntry> appendInOneTransaction(TransactionTemplate transaction, AuditTrail trail, AuditRecord... records) {
        List<AuditReceipt> receipts = transaction.execute(status -> Arrays.stream(records).map(trail::append).toList());
        return receipts.stream().map(receipt -> trail.entry(receipt).orElseThrow()).toList();
    }

    /** Appends the record in a transaction of its own; the entry it was chained as once it committed. */
    public static AuditEntry appended(TransactionTemplate transaction, AuditTrail trail, AuditRecord record) {
        return trail.entry(transaction.execute(status -> trail.append(record))).orElseThrow();
    }
}
