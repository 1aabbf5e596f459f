package org.entente.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.entente.command.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The Standard Webhooks reference vector, as the scheme's own library tests use it
 * (standard-webhooks/standard-webhooks, libraries/java/src/test/java/com/standardwebhooks/WebhookTest.java,
 * {@code verifyWebhookSignWorks}).
 */
class WebhookSignatureTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String MSG_ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final Instant TIMESTAMP = Instant.ofEpochSecond(1614265330);
    static final String BODY = "{\"test\": 2432232314}";
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    /** A signature of another message, from the same tests' multi-signature case. */
    static final String OTHER_SIGNATURE = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc=";

    private final WebhookSignature signature = new WebhookSignature(WebhookSecret.parse(SECRET));

    private static Map<String, String> received(String msgId, String timestamp, String signatures) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", msgId);
        headers.put("webhook-timestamp", timestamp);
        headers.put("webhook-signature", signatures);
        return headers;
    }

    private static Map<String, String> reference() {
        return received(MSG_ID, "1614265330", SIGNATURE);
    }

    @Test
    void signsTheReferenceMessageAsTheSchemeDoes() {
        assertThat(signature.sign(MSG_ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void givesTheThreeHeadersOfTheReferenceMessage() {
        assertThat(signature.headers(MSG_ID, TIMESTAMP, BODY)).containsExactly(
                Map.entry("webhook-id", MSG_ID), Map.entry("webhook-timestamp", "1614265330"), Map.entry("webhook-signature", SIGNATURE));
    }

    @Test
    void signsInWholeSecondsOfTheTimestamp() {
        assertThat(signature.sign(MSG_ID, TIMESTAMP.plusMillis(999), BODY)).isEqualTo(SIGNATURE);
    }

    @Test
    void acceptsTheReferenceDelivery() {
        assertThat(signature.verify(reference(), BODY, TIMESTAMP)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void readsHeaderNamesInAnyCase() {
        var headers = Map.of("Webhook-Id", MSG_ID, "WEBHOOK-TIMESTAMP", "1614265330", "Webhook-Signature", SIGNATURE);

        assertThat(signature.verify(headers, BODY, TIMESTAMP)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void refusesATamperedBody() {
        assertThat(signature.verify(reference(), "{\"test\": 2432232315}", TIMESTAMP)).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void refusesABodyReserialisedWithoutItsSpace() {
        assertThat(signature.verify(reference(), "{\"test\":2432232314}", TIMESTAMP)).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void refusesAnotherMessageIdUnderTheSameSignature() {
        assertThat(signature.verify(received("msg_other", "1614265330", SIGNATURE), BODY, TIMESTAMP)).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void refusesTheReferenceDeliveryUnderAnotherSecret() {
        var other = new WebhookSignature(WebhookSecret.parse("whsec_c2VjcmV0LW9mLWEtcm90YXRlZC1lbmRwb2ludA=="));

        assertThat(other.verify(reference(), BODY, TIMESTAMP))
                .isEqualTo(new Verdict.Refused(WebhookSignature.POLICY, "no v1 signature in webhook-signature matches the body with this endpoint's secret"));
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesOld() {
        assertThat(signature.verify(reference(), BODY, TIMESTAMP.plusSeconds(5 * 60 + 1))).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void refusesATimestampMoreThanFiveMinutesAhead() {
        assertThat(signature.verify(reference(), BODY, TIMESTAMP.minusSeconds(5 * 60 + 1))).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void acceptsATimestampExactlyFiveMinutesOld() {
        assertThat(signature.verify(reference(), BODY, TIMESTAMP.plusSeconds(5 * 60))).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void refusesATimestampBeyondAnyInstantWithoutThrowing() {
        for (String timestamp : java.util.List.of("99999999999999999", "-99999999999999999", "9223372036854775807")) {
            assertThat(signature.verify(received(MSG_ID, timestamp, SIGNATURE), BODY, TIMESTAMP)).as(timestamp).isInstanceOf(Verdict.Refused.class);
        }
    }

    @Test
    void refusesATimestampWrittenOtherwiseThanInPlainDigitsThoughItsNumberIsRight() {
        for (String timestamp : java.util.List.of("+1614265330", "01614265330", "\u0661\u0666\u0661\u0664\u0662\u0666\u0665\u0663\u0663\u0660")) {
            assertThat(signature.verify(received(MSG_ID, timestamp, SIGNATURE), BODY, TIMESTAMP)).as(timestamp).isInstanceOf(Verdict.Refused.class);
        }
    }

    @Test
    void readsTheHeadersOfAClientThatListsItsStatusLineUnderNoName() {
        Map<String, String> headers = new java.util.HashMap<>(reference());
        headers.put(null, "HTTP/1.1 200 OK");
        assertThat(signature.verify(headers, BODY, TIMESTAMP)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void refusesATimestampThatIsNotWholeSeconds() {
        assertThat(signature.verify(received(MSG_ID, "1614265330.0", SIGNATURE), BODY, TIMESTAMP)).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void acceptsSeveralSignaturesOneOfWhichMatches() {
        var headers = received(MSG_ID, "1614265330",
                OTHER_SIGNATURE + " v2,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= " + SIGNATURE + " v1a,bm90LWEtc2lnbmF0dXJl");

        assertThat(signature.verify(headers, BODY, TIMESTAMP)).isInstanceOf(Verdict.Allowed.class);
    }

    @Test
    void refusesSeveralSignaturesNoneOfWhichMatches() {
        var headers = received(MSG_ID, "1614265330", OTHER_SIGNATURE + " v1,invalid_signature");

        assertThat(signature.verify(headers, BODY, TIMESTAMP)).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void refusesTheReferenceSignatureUnderAnotherVersion() {
        var headers = received(MSG_ID, "1614265330", "v2,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");

        assertThat(signature.verify(headers, BODY, TIMESTAMP)).isInstanceOf(Verdict.Refused.class);
    }

    @Test
    void refusesADeliveryWithoutEachOfItsHeaders() {
        for (String header : new String[] {"webhook-id", "webhook-timestamp", "webhook-signature"}) {
            var headers = reference();
            headers.remove(header);

            assertThat(signature.verify(headers, BODY, TIMESTAMP))
                    .isEqualTo(new Verdict.Refused(WebhookSignature.POLICY, "the " + header + " header is missing"));
        }
    }

    @Test
    void refusesToSignAMessageIdWithAFullStop() {
        assertThatIllegalArgumentException().isThrownBy(() -> signature.sign("msg.1", TIMESTAMP, BODY));
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(signature.toString()).doesNotContain("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    }
}
