package org.entente.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Function;
import org.entente.audit.AuditRecord;
import org.entente.audit.AuditTrail;
import org.entente.audit.AuditedCommands;
import org.entente.command.Refusal;
import org.entente.provenance.Digests;
import org.entente.provenance.history.RecordedTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** {@link AuditedCommands} in one transaction each; a record's digest is SHA-256 over its JSON (of what {@code Records.digested} gives), as the API writes it. */
@Component
class TransactionalAuditedCommands implements AuditedCommands {

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    TransactionalAuditedCommands(AuditTrail audit, ApplicationEventPublisher events, TransactionTemplate transaction, JsonMapper json, Clock clock) {
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public <T> T create(Author author, String action, Records<?, T> records, Function<Instant, Changed<T>> create) {
        return transaction.execute(status -> {
            Changed<T> created = create.apply(RecordedTime.now(clock));
            return recorded(author, action, records.subject(created.record()), null, digest(records.digested(created.record())), created);
        });
    }

    @Override
    public <K, T> T change(Author author, String action, Records<K, T> records, K key, Integer version, Change<T> change) {
        return transaction.execute(status -> {
            T before = records.lock(key).orElseThrow(() -> records.missing(key));
            int current = records.version(before);
            if (version != null && version != current) {
                throw Refusal.stale(records.name(before), current, version);
            }
            Changed<T> changed = change.apply(before, RecordedTime.after(records.recordedAfter(before), clock.instant()));
            if (!records.save(before, changed.record())) {
                throw Refusal.stale(records.name(before), current, current);
            }
            return recorded(author, action, records.subject(before), digest(records.digested(before)), digest(records.digested(changed.record())), changed);
        });
    }

    private <T> T recorded(Author author, String action, String subject, String before, String after, Changed<T> changed) {
        audit.append(new AuditRecord(author.actor(), author.role(), author.organization(), action, subject, before, after,
                json.writeValueAsString(changed.details())));
        changed.events().forEach(events::publishEvent);
        return changed.record();
    }

    /** SHA-256 over the record's JSON; null for none. */
    private String digest(Object record) {
        return record == null ? null : Digests.sha256(json.writeValueAsString(record));
    }
}
