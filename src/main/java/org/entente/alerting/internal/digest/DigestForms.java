package org.entente.alerting.internal.digest;

import org.entente.command.Refusal;

/** What the digest's page and API read from an address: the one parser of both. */
final class DigestForms {

    private DigestForms() {
    }

    /** The ISO week {@code text} names ({@code 2022-W01}) in the parameter {@code field}; a refusal naming the parameter otherwise. */
    static IsoWeek week(String field, String text) {
        try {
            return IsoWeek.parse(text);
        } catch (IllegalArgumentException e) {
            throw Refusal.invalid(field, e.getMessage());
        }
    }
}
