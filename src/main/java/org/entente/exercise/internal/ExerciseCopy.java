package org.entente.exercise.internal;

import org.entente.dataset.DatasetDocument;
import org.entente.dataset.DatasetDocument.DisagreementEntry;
import org.entente.dataset.DatasetDocument.OrganizationEntry;
import org.entente.register.OrganizationCode;

/**
 * An organization's dataset document made into its exercise's: the same record under the exercise's code (and every
 * disagreement about the organization itself under that code), its name marked as the exercise's ("Collective Security Treaty
 * Organization — exercise: Winter drill") and abbreviated by the exercise's code. Its native names are left out, so that every
 * language shows the marked name rather than the real organization's.
 */
final class ExerciseCopy {

    /** How the copy's name marks it, after the organization's own name. */
    static final String MARK = " — exercise: ";

    private ExerciseCopy() {
    }

    static DatasetDocument of(DatasetDocument document, OrganizationCode code, String title) {
        OrganizationEntry organization = document.organization();
        String subject = "organization:" + organization.code();
        var renamed = new OrganizationEntry(code.value(), organization.name() + MARK + title, code.value(), java.util.List.of(),
                organization.headquarters(), organization.militaryAlliance(), organization.sources(), organization.translations());
        var disagreements = document.disagreements().stream()
                .map(entry -> entry.subject().equals(subject) ? new DisagreementEntry(entry.id(), "organization:" + code.value(), entry.attribute(),
                        entry.question(), entry.reason(), entry.claims(), entry.translations()) : entry)
                .toList();
        return new DatasetDocument(document.format(), document.version(), renamed, document.sources(), document.instruments(), document.clauses(),
                document.membershipEvents(), disagreements, document.requests(), document.forcePools(), document.missions(), document.exercises());
    }
}
