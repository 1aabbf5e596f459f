package org.entente.audit.internal;

import java.time.Instant;
import org.entente.audit.AuditEntries;
import org.entente.audit.AuditFilter;
import org.entente.audit.AuditTrail;
import org.entente.audit.Verification;
import org.entente.web.PageOf;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for auditors: the chain's verification, and its entries with filters, newest first.
 * With {@code subject} alone (e.g. {@code organization:CSTO}) it is that record's history.
 */
@Controller
class AuditPages {

    private static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final AuditDetails details;

    AuditPages(AuditTrail trail, tools.jackson.databind.json.JsonMapper json) {
        this.details = new AuditDetails(json);
        this.trail = trail;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String organization,
                 @RequestParam(required = false) String action, @RequestParam(required = false) String subject,
                 @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        PageOf.check(page, PAGE_SIZE);
        var filter = new AuditFilter(actor, organization, action, subject, from, to);
        AuditEntries found = trail.entries(filter, page, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("details", details);
        model.addAttribute("entries", PageOf.of(found.items(), page, PAGE_SIZE, found.totalItems()));
        model.addAttribute("verification", switch (trail.verify()) {
            case Verification.Intact intact -> new ChainState(true, intact.entries(), intact.headHash(), null, null,
                    intact.overdue() == null ? null : intact.overdue().records(),
                    intact.overdue() == null ? null : intact.overdue().maximumMergeDelay().toMillis() / 1000.0);
            case Verification.Broken broken -> new ChainState(false, null, null, broken.sequence(), broken.reason(), null, null);
        });
        return "audit";
    }

    /** The verification as the page shows it; the overdue records and the maximum merge delay in seconds, or nulls. */
    public record ChainState(boolean intact, Long entries, String headHash, Long brokenAt, String reason, Long overdueRecords,
                             Double maximumMergeDelaySeconds) {
    }
}
