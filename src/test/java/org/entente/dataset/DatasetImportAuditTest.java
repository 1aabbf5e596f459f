package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.entente.provenance.Digests;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Every import that changes the register is on the audit trail: who, with which role, and digests of the record before and after. */
class DatasetImportAuditTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private List<JsonNode> entriesFor(String organization) {
            String auditor = tokenFor("audit-reader-" + organization.toLowerCase(), "observer@" + organization);
            var entries = new ArrayList<JsonNode>();
            getAs(auditor, "/api/v1/audit/entries?organization=" + organization + "&size=500").body().path("items").forEach(entries::add);
            return entries.reversed(); // oldest first
        }

        /** The SHA-256 of the organization's export, exactly as the API serves it. */
        private String exportDigest(String organization) {
            return Digests.sha256(json().writeValueAsBytes(get("/api/v1/organizations/" + organization + "/dataset").body()));
        }

        @Test
        void anImportThatChangesTheRegisterIsRecordedWithTheImporterAndDigestsOfBeforeAndAfter() {
            ObjectNode document = smallDataset("TESTU-AUDIT");

            assertThat(post("/api/v1/datasets", document).status()).isEqualTo(201);
            String first = exportDigest("TESTU-AUDIT");
            assertThat(post("/api/v1/datasets", document).status()).as("unchanged").isEqualTo(200);
            ((ObjectNode) document.path("organization")).put("headquarters", "Tallinn");
            assertThat(post("/api/v1/datasets", document).status()).isEqualTo(201);
            String second = exportDigest("TESTU-AUDIT");

            List<JsonNode> entries = entriesFor("TESTU-AUDIT");
            assertThat(entries).hasSize(2);
            JsonNode created = entries.get(0).path("record");
            JsonNode corrected = entries.get(1).path("record");
            assertThat(created.path("actor").asString()).isEqualTo(IMPORTER);
            assertThat(created.path("role").asString()).isEqualTo("secretariat");
            assertThat(created.path("action").asString()).isEqualTo("dataset.import");
            assertThat(created.path("subject").asString()).isEqualTo("organization:TESTU-AUDIT");
            assertThat(created.path("beforeDigest").isNull() || created.path("beforeDigest").isMissingNode()).isTrue();
            assertThat(created.path("afterDigest").asString()).isEqualTo(first);
            assertThat(corrected.path("beforeDigest").asString()).isEqualTo(first);
            assertThat(corrected.path("afterDigest").asString()).isEqualTo(second).isNotEqualTo(first);
            assertThat(corrected.path("details").asString()).contains("\"corrected\":1");
        }

        @Test
        void aRefusedOrRejectedImportLeavesNoEntry() {
            ObjectNode document = smallDataset("TESTU-NOAUDIT");
            assertThat(postAs(tokenFor("audit-not-secretariat", "observer@TESTU-NOAUDIT"), "/api/v1/datasets", json().writeValueAsBytes(document))
                    .status()).isEqualTo(403);
            ((ObjectNode) document.path("membershipEvents").path(0)).put("state", "XYZ");
            assertThat(post("/api/v1/datasets", document).status()).isEqualTo(422);

            assertThat(entriesFor("TESTU-NOAUDIT")).isEmpty();
        }

        @Test
        void theChainStaysIntactThroughImports() {
            post("/api/v1/datasets", smallDataset("TESTU-CHAIN"));

            JsonNode verification = getAs(tokenFor("audit-verifier", "secretariat@TESTU-CHAIN"), "/api/v1/audit/verification").body();

            assertThat(verification.path("intact").asBoolean()).as("%s", verification).isTrue();
        }
    }
}
