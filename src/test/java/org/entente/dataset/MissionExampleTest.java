package org.entente.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.entente.support.DatabaseTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The worked mission of docs/dataset-format.md ({@code datasets/mission-example.json}, a fictional border mission of the
 * Northern Lakes Pact): the page shows the very mission the test imports, and the record answers what the page says it
 * does, as it stands and as it was known on a day.
 */
class MissionExampleTest extends DatabaseTest {

    private static final String EXAMPLE_HEADING = "### A worked mission";

    /** The first JSON block after the worked mission's heading in docs/dataset-format.md. */
    private JsonNode documentedMission() throws IOException {
        String page = Files.readString(Path.of("docs", "dataset-format.md"));
        int heading = page.indexOf("\n" + EXAMPLE_HEADING + "\n");
        assertThat(heading).as("docs/dataset-format.md has the heading '%s'", EXAMPLE_HEADING).isPositive();
        int start = page.indexOf("```json\n", heading) + "```json\n".length();
        int end = page.indexOf("\n```", start);
        return json().readTree(page.substring(start, end));
    }

    private ObjectNode example(String code) {
        ObjectNode document = dataset("mission-example.json");
        ((ObjectNode) document.get("organization")).put("code", code);
        return document;
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    @Test
    void theDocumentedMissionIsTheExampleThatIsImported() throws IOException {
        assertThat(documentedMission()).isEqualTo(dataset("mission-example.json").get("missions").get(0));
    }

    @Test
    void theExampleImportsAndAnswersAsItStandsAndAsItWasKnownOnADay() {
        String missions = "/api/v1/organizations/TESTMIS-KNOWN/missions/MIS-EST-2019";
        Answer imported = post("/api/v1/datasets", example("TESTMIS-KNOWN"));
        assertThat(imported.status()).as("%s", imported.body()).isEqualTo(201);

        JsonNode now = get(missions).body();
        assertThat(now.path("status").asString()).isEqualTo("withdrawn");
        assertThat(now.path("strength").path("preferred").path("value").asInt()).isEqualTo(540);
        assertThat(now.path("strength").path("others").path(0).path("words").asString()).isEqualTo("about 600");
        assertThat(strings(now.path("contributors"))).containsExactly("FIN", "LVA");
        assertThat(strings(now.path("membersNotContributing"))).containsExactly("NOR");
        assertThat(now.path("mandatePeriod").path("until").asString()).isEqualTo("2020-03-16");
        assertThat(now.path("deployed").path("from").asString()).isEqualTo("2019-12-17");
        assertThat(now.path("deployed").path("until").asString()).isEqualTo("2020-03-14");

        JsonNode on17December = get(missions + "?at=2019-12-17").body();
        assertThat(on17December.path("status").asString()).as("the order to move was reported on the 18th").isEqualTo("planned");
        assertThat(on17December.path("strength").path("preferred").path("words").asString()).as("only the size announced is known yet")
                .isEqualTo("about 600");
        assertThat(on17December.path("commander").isNull()).isTrue();
        assertThat(strings(on17December.path("contributors"))).isEmpty();

        JsonNode on18December = get(missions + "?at=2019-12-18").body();
        assertThat(on18December.path("status").asString()).isEqualTo("deploying");
        assertThat(on18December.path("commander").path("name").asString()).isEqualTo("Aino Virtanen");
        assertThat(strings(on18December.path("contributors"))).containsExactly("FIN");

        JsonNode latvia = get(missions + "/contingents/LVA").body();
        assertThat(latvia.path("strength").path("preferred").path("words").asString()).isEqualTo("not published");
        assertThat(latvia.path("strength").path("others").path(0).path("words").asString()).isEqualTo("at least 30");
        JsonNode finland = get(missions + "/contingents/FIN").body();
        assertThat(finland.path("late").asBoolean()).as("planned to arrive on 19 December, arrived on the 20th").isTrue();

        assertThat(get(missions + "/figures?at=2020-01-10").body().path("missionLosses").path(0).path("figure").path("value").asInt()).isEqualTo(2);
        JsonNode losses = get(missions + "/figures").body().path("missionLosses");
        var injured = new ArrayList<Integer>();
        losses.forEach(headline -> injured.add(headline.path("figure").path("value").asInt()));
        assertThat(injured).containsExactlyInAnyOrder(3, 0);
        assertThat(get(missions + "?at=2019-12-15").status()).as("nothing of it was known before 16 December").isEqualTo(404);
    }

    @Test
    void theExportGivesEachFactItsKnownFromAndImportingItAgainChangesNothing() {
        assertThat(post("/api/v1/datasets", example("TESTMIS-AGAIN")).status()).isEqualTo(201);
        JsonNode exported = get("/api/v1/organizations/TESTMIS-AGAIN/dataset").body();
        JsonNode mission = exported.path("missions").path(0);

        assertThat(mission.path("knownFrom").asString()).isEqualTo("2019-12-16T00:00:00Z");
        assertThat(mission.path("steps").path(2).path("knownFrom").asString()).as("a step's own day").isEqualTo("2019-12-22T00:00:00Z");
        assertThat(mission.path("strength").path("claims").path(1).path("knownFrom").asString()).as("a claim's asOf").isEqualTo("2020-02-10T00:00:00Z");
        assertThat(mission.path("strength").path("knownFrom").asString()).as("a preference, when its claim was known").isEqualTo("2020-02-10T00:00:00Z");

        Answer again = post("/api/v1/datasets", exported);
        assertThat(again.status()).as("%s", again.body()).isEqualTo(200);
        assertThat(again.body().path("changes").path("added").asInt()).isZero();
        assertThat(again.body().path("changes").path("corrected").asInt()).isZero();
    }
}
