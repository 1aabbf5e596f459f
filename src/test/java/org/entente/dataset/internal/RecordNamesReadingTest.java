package org.entente.dataset.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import org.entente.provenance.Provenance;
import org.entente.support.DatabaseTest;
import org.entente.web.PublicReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * The names a page gives the record's sources come from the record as the page's handler reads it (a public read: as at its
 * version), not as at the moment the page began: otherwise a page kept under a version could name sources from before it.
 */
class RecordNamesReadingTest extends DatabaseTest {

    private static final String ORG = "NAMESAT";

    @Autowired
    private DatasetService datasets;

    @Autowired
    private Provenance provenance;

    @Autowired
    private MessageSource messages;

    @Test
    void sourcesAreNamedAsTheRecordStandsAtTheInstantTheHandlerReadsIt() {
        Instant beforeTheImport = Instant.now();
        imported(smallDataset(ORG));
        Instant read = Instant.now();
        var advice = new RecordNames.Advice(datasets, provenance, messages, Clock.fixed(beforeTheImport, ZoneOffset.UTC));

        var request = new MockHttpServletRequest();
        RecordNames atThePageStart = advice.records(request, Locale.ENGLISH, null);
        PublicReads.readsAt(request, read);

        assertThat(atThePageStart.source(ORG, "PACT-TEXT")).as("named as the record stands where the handler read it")
                .isNotEqualTo("PACT-TEXT").contains("Northern Lakes Pact");
        assertThat(advice.records(new MockHttpServletRequest(), Locale.ENGLISH, null).source(ORG, "PACT-TEXT"))
                .as("without a reading, as at the page's start, before the import: no such source yet").isEqualTo("PACT-TEXT");
    }
}
