package org.entente.exercise.scenario.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.entente.command.Refusal.FieldError;
import org.entente.exercise.scenario.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The scenario format's rules, one test each: the shipped scenarios pass, and a copy of the flood scenario broken in one way is
 * refused with an error at the path of what is wrong (and no scenario is read from it).
 */
class ScenarioValidatorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ScenarioValidator VALIDATOR = new ScenarioValidator();

    /** The clauses of the shipped CSTO dataset, which a request of a CSTO scenario may invoke. */
    private static final Set<String> CSTO_CLAUSES = read("/dataset/csto.json").path("clauses").valueStream()
            .map(clause -> clause.path("id").asString()).collect(Collectors.toSet());

    static final List<String> SHIPPED = BuiltInScenarios.NAMES;

    private static JsonNode read(String resource) {
        try (InputStream in = ScenarioValidatorTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode flood() {
        return (ObjectNode) read("/scenarios/CSTO-FLOOD-KGZ.json");
    }

    private static ObjectNode inject(ObjectNode document, String id) {
        return (ObjectNode) document.path("injects").valueStream().filter(inject -> inject.path("id").asString().equals(id)).findFirst().orElseThrow();
    }

    private static int index(ObjectNode document, String id) {
        List<JsonNode> injects = document.path("injects").valueStream().toList();
        return injects.indexOf(inject(document, id));
    }

    /** The errors of the flood scenario changed by {@code change}. */
    private static List<FieldError> errorsOf(Consumer<ObjectNode> change) {
        ObjectNode document = flood();
        change.accept(document);
        return VALIDATOR.errors(document, CSTO_CLAUSES);
    }

    private static List<String> paths(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @ParameterizedTest
    @FieldSource("SHIPPED")
    void theShippedScenariosAreValidAndReadWhole(String name) {
        JsonNode document = read("/scenarios/" + name + ".json");

        assertThat(VALIDATOR.errors(document, CSTO_CLAUSES)).isEmpty();
        Scenario scenario = ScenarioFormat.scenario(document);
        assertThat(scenario.name()).isEqualTo(name);
        assertThat(scenario.summary()).as("a fictional scenario says so").contains("fictional");
        assertThat(scenario.milestones()).isNotEmpty();
    }

    @Test
    void theExampleOfTheFormatsPageIsValid() throws IOException {
        String page = java.nio.file.Files.readString(java.nio.file.Path.of("docs", "scenario-format.md"));
        int heading = page.indexOf("\n## Example\n");
        assertThat(heading).as("docs/scenario-format.md has an example").isPositive();
        int start = page.indexOf("```json\n", heading) + "```json\n".length();
        JsonNode example = JSON.readTree(page.substring(start, page.indexOf("```", start)));

        assertThat(VALIDATOR.errors(example, CSTO_CLAUSES)).isEmpty();
        assertThat(ScenarioFormat.scenario(example).injects()).hasSize(3);
    }

    @Test
    void theFormatMarkerIsTheScenarioFormatsFirstVersion() {
        assertThat(paths(errorsOf(document -> document.put("format", "entente-dataset")))).containsExactly("$.format");
        assertThat(paths(errorsOf(document -> document.put("version", 2)))).containsExactly("$.version");
    }

    @Test
    void aNameIsACodeOfCapitalLettersDigitsAndHyphens() {
        assertThat(paths(errorsOf(document -> document.put("name", "Flood drill")))).containsExactly("$.name");
    }

    @Test
    void theWorldIsARealInstantInUtc() {
        assertThat(paths(errorsOf(document -> document.put("world", "2027-04-12")))).containsExactly("$.world");
        assertThat(errorsOf(document -> document.put("world", "2027-02-30T06:00:00Z"))).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("$.world"));
    }

    @Test
    void theSpeedIsAWholeNumberFromRealTimeToADayASecond() {
        assertThat(paths(errorsOf(document -> document.put("speed", 0)))).containsExactly("$.speed");
        assertThat(paths(errorsOf(document -> document.put("speed", 86_401)))).containsExactly("$.speed");
        assertThat(paths(errorsOf(document -> document.put("speed", 1.5)))).containsExactly("$.speed");
    }

    @Test
    void anUnknownFieldIsRefused() {
        assertThat(errorsOf(document -> document.put("clock", "fast"))).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("clock"));
    }

    @Test
    void anOffsetIsDaysHoursMinutesAndSecondsNeverMonths() {
        int at = index(flood(), "flood-update");
        assertThat(paths(errorsOf(document -> inject(document, "flood-update").put("at", "P1M")))).containsExactly("$.injects[" + at + "].at");
        assertThat(paths(errorsOf(document -> inject(document, "flood-update").put("at", "-PT6H")))).containsExactly("$.injects[" + at + "].at");
        assertThat(paths(errorsOf(document -> inject(document, "flood-update").put("at", "PT")))).containsExactly("$.injects[" + at + "].at");
    }

    @Test
    void injectsComeInTheOrderTheyArrive() {
        int at = index(flood(), "flood-update");
        assertThat(errorsOf(document -> inject(document, "flood-update").put("at", "PT1H"))).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("$.injects[" + at + "].at");
            assertThat(error.message()).contains("before the inject ahead of it (PT2H)");
        });
    }

    @Test
    void anInjectIdIsUsedOnce() {
        int at = index(flood(), "flood-update");
        assertThat(paths(errorsOf(document -> inject(document, "flood-update").put("id", "flood-start")))).containsExactly("$.injects[" + at + "].id");
    }

    @Test
    void aSourceIdIsUsedOnce() {
        assertThat(paths(errorsOf(document -> ((ArrayNode) document.get("sources")).add(document.get("sources").get(0).deepCopy()))))
                .containsExactly("$.sources[1].id");
    }

    @Test
    void anInjectCitesOnlyTheScenariosSources() {
        int at = index(flood(), "flood-sitrep-1");
        assertThat(errorsOf(document -> ((ArrayNode) inject(document, "flood-sitrep-1").get("sources")).set(0, "NOWHERE"))).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("$.injects[" + at + "].sources[0]");
                    assertThat(error.message()).isEqualTo("no source with the id 'NOWHERE'");
                });
    }

    @Test
    void aStateIsAnIsoCodeThatExists() {
        int at = index(flood(), "flood-request");
        assertThat(paths(errorsOf(document -> ((ObjectNode) inject(document, "flood-request").get("payload")).put("state", "XKX"))))
                .containsExactly("$.injects[" + at + "].payload.state");
        assertThat(paths(errorsOf(document -> ((ObjectNode) inject(document, "flood-request").get("payload")).put("state", "kgz"))))
                .containsExactly("$.injects[" + at + "].payload.state");
    }

    @Test
    void aRequestInvokesClausesOfTheOrganizationsRecord() {
        int at = index(flood(), "flood-request");
        assertThat(errorsOf(document -> ((ArrayNode) inject(document, "flood-request").get("payload").get("clauses")).add("NATO-ART5"))).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("$.injects[" + at + "].payload.clauses[1]");
                    assertThat(error.message()).contains("no clause in the organization's record with the id 'NATO-ART5'");
                });
    }

    @Test
    void eachKindHasItsPayload() {
        int at = index(flood(), "flood-request");
        assertThat(paths(errorsOf(document -> inject(document, "flood-request").remove("payload")))).contains("$.injects[" + at + "]");
        int drop = index(flood(), "flood-engineers-out");
        assertThat(paths(errorsOf(document -> ((ObjectNode) inject(document, "flood-engineers-out").get("payload")).put("capability", "tanks"))))
                .containsExactly("$.injects[" + drop + "].payload.capability");
        int message = index(flood(), "flood-update");
        assertThat(paths(errorsOf(document -> inject(document, "flood-update").putObject("payload").put("step", "decision"))))
                .containsExactly("$.injects[" + message + "].payload");
    }

    @Test
    void anUnknownKindIsRefused() {
        int at = index(flood(), "flood-update");
        assertThat(paths(errorsOf(document -> inject(document, "flood-update").put("kind", "rumour")))).containsExactly("$.injects[" + at + "].kind");
    }

    @Test
    void aMilestoneExpectsNothing() {
        int at = index(flood(), "flood-plan-decision");
        assertThat(paths(errorsOf(document -> inject(document, "flood-plan-decision").putObject("expects").put("action", "decision").put("within", "PT1H"))))
                .containsExactly("$.injects[" + at + "].expects");
    }

    @Test
    void anExpectationNamesAnActionAndAPositiveTime() {
        int at = index(flood(), "flood-request");
        assertThat(paths(errorsOf(document -> ((ObjectNode) inject(document, "flood-request").get("expects")).put("action", "applause"))))
                .containsExactly("$.injects[" + at + "].expects.action");
        assertThat(errorsOf(document -> ((ObjectNode) inject(document, "flood-request").get("expects")).put("within", "PT0S"))).singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("$.injects[" + at + "].expects.within"));
        assertThat(paths(errorsOf(document -> {
            ((ObjectNode) inject(document, "flood-request").get("expects")).put("within", "PT0S");
            inject(document, "flood-request").put("title", "");
        }))).as("beside another error of the same inject").contains("$.injects[" + at + "].expects.within", "$.injects[" + at + "].title");
    }

    @Test
    void aSitrepReportsOnAnEarlierRequestInject() {
        int at = index(flood(), "flood-sitrep-1");
        assertThat(errorsOf(document -> ((ObjectNode) inject(document, "flood-sitrep-1").get("payload")).put("request", "flood-update"))).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("$.injects[" + at + "].payload");
                    assertThat(error.message()).contains("inject flood-update is a message, not a request_arrives");
                });
        assertThat(errorsOf(document -> ((ObjectNode) inject(document, "flood-sitrep-1").get("payload")).put("request", "flood-later"))).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("no earlier inject with the id 'flood-later'"));
    }

    @Test
    void aSitrepGivesNoFigureOfTheFuture() {
        int at = index(flood(), "flood-sitrep-1");
        assertThat(paths(errorsOf(document -> ((ObjectNode) inject(document, "flood-sitrep-1").get("payload").get("figures").get(0))
                .put("asOf", "2027-04-13T18:00:01Z")))).containsExactly("$.injects[" + at + "].payload.figures[0].asOf");
    }

    @Test
    void personnelDeployedCountNoPopulationAndCasualtiesNameOne() {
        int at = index(flood(), "flood-sitrep-1");
        assertThat(paths(errorsOf(document -> ((ObjectNode) inject(document, "flood-sitrep-1").get("payload").get("figures").get(2))
                .put("population", "civilians")))).containsExactly("$.injects[" + at + "].payload.figures[2].population");
        assertThat(paths(errorsOf(document -> ((ObjectNode) inject(document, "flood-sitrep-1").get("payload").get("figures").get(0))
                .remove("population")))).containsExactly("$.injects[" + at + "].payload.figures[0]");
    }

    @Test
    void aRevisionNamesAFigureTheEarlierSitrepGave() {
        int at = index(flood(), "flood-revision");
        assertThat(errorsOf(document -> ((ObjectNode) inject(document, "flood-revision").get("payload").get("figure")).put("kind", "killed")))
                .singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("$.injects[" + at + "].payload");
                    assertThat(error.message()).isEqualTo("sitrep flood-sitrep-1 gives no killed figure of civilians as of 2027-04-13T12:00:00Z");
                });
    }

    @Test
    void aRevisionRestsOnASourceOfTheScenario() {
        int at = index(flood(), "flood-revision");
        assertThat(errorsOf(document -> ((ObjectNode) inject(document, "flood-revision").get("payload")).put("source", "RUMOUR"))).singleElement()
                .satisfies(error -> {
                    assertThat(error.field()).isEqualTo("$.injects[" + at + "].payload");
                    assertThat(error.message()).isEqualTo("no source with the id 'RUMOUR' in this scenario");
                });
    }

    @Test
    void oneAnswerListsEveryError() {
        List<FieldError> errors = errorsOf(document -> {
            document.put("speed", 0);
            ((ObjectNode) inject(document, "flood-request").get("payload")).put("state", "XKX");
            inject(document, "flood-update").put("at", "PT1H");
        });

        assertThat(paths(errors)).containsExactlyInAnyOrder("$.speed", "$.injects[" + index(flood(), "flood-request") + "].payload.state",
                "$.injects[" + index(flood(), "flood-update") + "].at");
    }

    @Test
    void aControlCharacterInATextIsRefused() {
        assertThat(paths(errorsOf(document -> document.put("title", "Floods\u0007")))).contains("$.title");
    }
}
