package org.entente.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.entente.command.Verdict;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The envelope against the CloudEvents 1.0 rules: the JSON schema the CloudEvents project publishes
 * (cloudevents/spec, {@code cloudevents/cloudevents.json}, Apache 2.0, shipped as {@code src/test/resources/alerting/cloudevents.json})
 * checked by an independent validator, and what the schema does not say (attribute names, RFC 3339 times) checked on the
 * JSON as a receiver parses it.
 */
class CloudEventTest {

    private static final Schema SCHEMA = schema();
    private static final JsonMapper JSON = JsonMapper.shared();
    /** RFC 3339 section 5.6, date-time: seconds always, then a fraction, then Z or a numeric offset. */
    private static final String RFC_3339 = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";

    private static Schema schema() {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream in = CloudEventTest.class.getResourceAsStream("/alerting/cloudevents.json")) {
            return registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A decision on a request, at an invented hour in Almaty (UTC+06:00 in 2022), whole minutes so that the seconds must be written. */
    private static CloudEvent decision() {
        return CloudEvent.of(AlertKind.DECISION_TAKEN, "msg_2022-01-06-decision", "/organizations/CSTO", "requests/KAZ-2022-1",
                OffsetDateTime.parse("2022-01-06T10:00+06:00"), Map.of("decision", "deploy_forces", "clause", "Art. 4"));
    }

    private static List<String> schemaErrors(String json) {
        return SCHEMA.validate(JSON.readTree(json)).stream().map(Object::toString).toList();
    }

    @Test
    void isValidAgainstTheCloudEventsSchema() {
        assertThat(schemaErrors(decision().toJson())).isEmpty();
    }

    @Test
    void theSchemaRefusesAnEventWithoutAnId() {
        assertThat(schemaErrors("{\"specversion\":\"1.0\",\"source\":\"/organizations/CSTO\",\"type\":\"org.entente.request.decided\"}")).isNotEmpty();
    }

    @Test
    void theSchemaRefusesATimeWithoutSeconds() {
        assertThat(schemaErrors("{\"specversion\":\"1.0\",\"id\":\"a\",\"source\":\"/o\",\"type\":\"t\",\"time\":\"2022-01-06T10:00+06:00\"}")).isNotEmpty();
    }

    @Test
    void carriesTheRequiredAttributesOfVersion1() {
        JsonNode json = JSON.readTree(decision().toJson());

        assertThat(json.get("specversion").asString()).isEqualTo("1.0");
        assertThat(json.get("id").asString()).isEqualTo("msg_2022-01-06-decision");
        assertThat(json.get("source").asString()).isEqualTo("/organizations/CSTO");
        assertThat(json.get("type").asString()).isEqualTo("org.entente.request.decided");
        assertThat(json.get("subject").asString()).isEqualTo("requests/KAZ-2022-1");
        assertThat(json.get("datacontenttype").asString()).isEqualTo("application/json");
        assertThat(json.get("data").isObject()).isTrue();
        assertThat(json.get("data").get("decision").asString()).isEqualTo("deploy_forces");
    }

    /** CloudEvents 1.0, attribute naming: lower-case ASCII letters or digits; SHOULD NOT exceed 20 characters. */
    @Test
    void namesEveryAttributeInLowerCaseLettersAndDigitsOfAtMostTwentyCharacters() {
        JsonNode json = JSON.readTree(decision().toJson());

        assertThat(json.propertyNames()).isNotEmpty().allSatisfy(name -> assertThat(name).matches("[a-z0-9]{1,20}"));
    }

    @Test
    void marksAnEventOfTheRecordAsNoExercise() {
        JsonNode exercise = JSON.readTree(decision().toJson()).get("ententeexercise");

        assertThat(exercise.isBoolean()).isTrue();
        assertThat(exercise.asBoolean()).isFalse();
    }

    @Test
    void writesTheTimeInRfc3339WithItsOffsetAndSeconds() {
        String time = JSON.readTree(decision().toJson()).get("time").asString();

        assertThat(time).matches(RFC_3339).endsWith("+06:00");
        assertThat(OffsetDateTime.parse(time).toInstant()).isEqualTo(Instant.parse("2022-01-06T04:00:00Z"));
    }

    @Test
    void leavesOutAnAbsentSubject() {
        var event = CloudEvent.of(AlertKind.REQUEST_FILED, "msg_1", "/organizations/CSTO", null, OffsetDateTime.parse("2022-01-05T23:00:00+06:00"), Map.of());

        assertThat(JSON.readTree(event.toJson()).has("subject")).isFalse();
        assertThat(schemaErrors(event.toJson())).isEmpty();
    }

    @Test
    void refusesAnEmptyIdOrSource() {
        var time = OffsetDateTime.parse("2022-01-06T10:00:00+06:00");

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEvent.of(AlertKind.REQUEST_FILED, "", "/organizations/CSTO", null, time, Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> CloudEvent.of(AlertKind.REQUEST_FILED, "msg_1", "", null, time, Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> CloudEvent.of(AlertKind.REQUEST_FILED, "msg_1", "/organizations/CSTO", "", time, Map.of()));
    }

    @Test
    void refusesAnIdThatCannotBeAWebhookId() {
        var time = OffsetDateTime.parse("2022-01-06T10:00:00+06:00");

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEvent.of(AlertKind.REQUEST_FILED, "msg.1", "/organizations/CSTO", null, time, Map.of()));
    }

    @Test
    void refusesASourceThatIsNoUriReference() {
        var time = OffsetDateTime.parse("2022-01-06T10:00:00+06:00");

        assertThatIllegalArgumentException().isThrownBy(() -> CloudEvent.of(AlertKind.REQUEST_FILED, "msg_1", "/organizations/CSTO 2", null, time, Map.of()));
    }

    @Test
    void aSignedEventVerifiesUnderItsIdAsTheWebhookId() {
        var signature = new WebhookSignature(WebhookSecret.parse(WebhookSignatureTest.SECRET));
        var event = decision();
        var at = Instant.parse("2022-01-06T04:00:07Z");

        var headers = signature.headers(event.id(), at, event.toJson());

        assertThat(signature.verify(headers, event.toJson(), at)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void refusesATimeThatRfc3339CannotWrite() {
        var lmt = java.time.OffsetDateTime.of(1900, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.ofHoursMinutesSeconds(5, 7, 48));
        var far = java.time.OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, java.time.ZoneOffset.UTC);
        for (var time : java.util.List.of(lmt, far)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> CloudEvent.of(AlertKind.values()[0], "msg_1", "/organizations/CSTO", "request/KAZ-2022",
                    time, java.util.Map.of())).as("%s", time).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RFC 3339");
        }
    }
}
