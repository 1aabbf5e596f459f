package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** An organization's record has a version (ETag); a change sends the version it was made from, so no update is ever lost. */
class NoLostUpdateTest {

    @Nested
    class OnH2 extends Checks {
    }

    @Nested
    @DatabaseTest.Postgres
    class OnPostgres extends Checks {
    }

    abstract static class Checks extends DatabaseTest {

        private static final int CLIENTS = 6;

        private String secretariat(String organization) {
            return tokenFor("editor-" + organization.toLowerCase(), "secretariat@" + organization);
        }

        /** The document with one more source, named for the client that adds it. */
        private ObjectNode withSource(JsonNode document, String id) {
            ObjectNode changed = (ObjectNode) document.deepCopy();
            ((ArrayNode) changed.path("sources")).addObject().put("id", id).put("title", "Added by " + id);
            return changed;
        }

        @Test
        void clientsThatRetryOnAStaleVersionLoseNoUpdate() throws Exception {
            String organization = "TESTV-RETRY";
            post("/api/v1/datasets", smallDataset(organization));
            String token = secretariat(organization);
            var start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<Integer>> attempts = new ArrayList<>();
            for (int client = 0; client < CLIENTS; client++) {
                String id = "CLIENT-" + client;
                attempts.add(pool.submit(() -> {
                    start.await();
                    for (int attempt = 1; attempt <= 50; attempt++) {
                        Answer read = get("/api/v1/organizations/" + organization + "/dataset");
                        Answer write = postAs(token, "/api/v1/datasets", json().writeValueAsBytes(withSource(read.body(), id)), read.headers().getETag());
                        if (write.status() == 201) {
                            return attempt;
                        }
                        assertThat(write.status()).as("%s", write.body()).isEqualTo(412);
                    }
                    throw new AssertionError(id + " did not get its update in within 50 attempts");
                }));
            }
            start.countDown();
            try {
                for (Future<Integer> attempt : attempts) {
                    attempt.get(120, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }

            JsonNode sources = get("/api/v1/organizations/" + organization + "/dataset").body().path("sources");
            var ids = new ArrayList<String>();
            sources.forEach(source -> ids.add(source.path("id").asString()));
            for (int client = 0; client < CLIENTS; client++) {
                assertThat(ids).contains("CLIENT-" + client);
            }
        }

        @Test
        void aStaleVersionIsRefusedWithTheCurrentVersionAndRecord() {
            String organization = "TESTV-STALE";
            post("/api/v1/datasets", smallDataset(organization));
            Answer read = get("/api/v1/organizations/" + organization + "/dataset");
            String token = secretariat(organization);
            assertThat(postAs(token, "/api/v1/datasets", json().writeValueAsBytes(withSource(read.body(), "FIRST")), read.headers().getETag()).status())
                    .isEqualTo(201);

            Answer stale = postAs(token, "/api/v1/datasets", json().writeValueAsBytes(withSource(read.body(), "SECOND")), read.headers().getETag());

            assertThat(stale.status()).isEqualTo(412);
            assertThat(stale.headers().getETag()).isEqualTo(get("/api/v1/organizations/" + organization + "/dataset").headers().getETag());
            assertThat(stale.body().path("current").path("sources").toString()).contains("FIRST").doesNotContain("SECOND");
        }

        @Test
        void aChangeToARegisteredOrganizationWithoutAVersionIsRefused() {
            String organization = "TESTV-NOVERSION";
            post("/api/v1/datasets", smallDataset(organization));

            Answer answer = postAs(secretariat(organization), "/api/v1/datasets", json().writeValueAsBytes(smallDataset(organization)));

            assertThat(answer.status()).isEqualTo(428);
            assertThat(answer.body().path("errors").path(0).path("field").asString()).isEqualTo("If-Match");
        }

        @Test
        void aVersionForAnOrganizationNotYetRegisteredIsStale() {
            Answer answer = postAs(secretariat("TESTV-NEW"), "/api/v1/datasets", json().writeValueAsBytes(smallDataset("TESTV-NEW")), "\"abc\"");

            assertThat(answer.status()).isEqualTo(412);
            assertThat(get("/api/v1/organizations/TESTV-NEW").status()).isEqualTo(404);
        }
    }
}
