package org.entente.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import org.entente.audit.AuditEntries;
import org.entente.audit.AuditEntry;
import org.entente.audit.AuditFilter;
import org.entente.audit.AuditTrail;
import org.entente.audit.Verification;
import org.entente.web.PageOf;
import org.entente.web.Problems;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail's JSON API: its entries with filters, newest first, in pages ({@code page} from 0,
 * {@code size} up to 500), and the verification of the whole chain.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tamper-evident audit trail of every change, and its verification")
class AuditApi {

    private static final String SIZE = "" + PageOf.DEFAULT_SIZE;

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/entries")
    @Operation(summary = "Audit entries, newest first; each filter given must match exactly",
            description = "With subject alone, the history of one record, e.g. subject=organization:CSTO.")
    PageOf<AuditEntry> entries(@Parameter(description = "Who acted: a user name, or system") @RequestParam(required = false) String actor,
                               @Parameter(description = "The organization acted for, by code (e.g. CSTO)") @RequestParam(required = false) String organization,
                               @Parameter(description = "The action, e.g. dataset.import") @RequestParam(required = false) String action,
                               @Parameter(description = "The record changed, e.g. organization:CSTO") @RequestParam(required = false) String subject,
                               @Parameter(description = "Recorded at or after this instant (ISO 8601, e.g. 2026-01-01T00:00:00Z, from the year 1900 to 9999)") @RequestParam(required = false) Instant from,
                               @Parameter(description = "Recorded before this instant (ISO 8601, from the year 1900 to 9999)") @RequestParam(required = false) Instant to,
                               @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = SIZE) int size) {
        PageOf.check(page, size);
        if (from != null && to != null && from.isAfter(to)) {
            throw Problems.badRequest("to", "the end of the period (" + to + ") is before its start (" + from + ")");
        }
        AuditEntries found = trail.entries(new AuditFilter(actor, organization, action, subject, from, to), page, size);
        return PageOf.of(found.items(), page, size, found.totalItems());
    }

    @GetMapping("/entries/{sequence}")
    @Operation(summary = "One audit entry by its sequence number")
    AuditEntry entry(@PathVariable long sequence) {
        return trail.entry(sequence).orElseThrow(() -> Problems.notFound("sequence", "there is no audit entry " + sequence));
    }

    @GetMapping("/verification")
    @Operation(summary = "Walk the whole audit chain: intact (with the number of entries and the last hash), or the first broken entry and why",
            description = "Record the head hash elsewhere from time to time: a chain rewritten whole, hashes included, is only detected against it. "
                    + "An intact chain may come with 'overdue': committed records waited longer than the maximum merge delay to be chained "
                    + "(no sequencer was running); they are chained by this verification.")
    VerificationAnswer verification() {
        return switch (trail.verify()) {
            case Verification.Intact intact -> new VerificationAnswer(true, intact.entries(), intact.headHash(), null, null,
                    intact.overdue() == null ? null : OverdueAnswer.of(intact.overdue()));
            case Verification.Broken broken -> new VerificationAnswer(false, null, null, broken.sequence(), broken.reason(), null);
        };
    }

    /** {@code {intact: true, entries, headHash}} (with {@code overdue} if records waited too long to be chained) or {@code {intact: false, brokenAt, reason}}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record VerificationAnswer(boolean intact, Long entries, String headHash, Long brokenAt, String reason, OverdueAnswer overdue) {
    }

    /** Records that waited in the queue longer than the maximum merge delay (an ISO duration) before this verification chained them. */
    record OverdueAnswer(long records, Instant oldestAcceptedAt, String maximumMergeDelay, String description) {
        static OverdueAnswer of(Verification.Overdue overdue) {
            return new OverdueAnswer(overdue.records(), overdue.oldestAcceptedAt(), overdue.maximumMergeDelay().toString(), overdue.description());
        }
    }
}
