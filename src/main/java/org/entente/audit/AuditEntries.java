package org.entente.audit;

import java.util.List;

/** One page of the audit entries matching a filter, newest first, and how many match in all. */
public record AuditEntries(List<AuditEntry> items, long totalItems) {

    public AuditEntries {
        items = List.copyOf(items);
        if (totalItems < items.size()) {
            throw new IllegalArgumentException("the total " + totalItems + " is less than the " + items.size() + " entries of the page");
        }
    }
}
