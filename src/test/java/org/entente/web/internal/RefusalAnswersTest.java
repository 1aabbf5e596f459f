package org.entente.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.entente.command.Refusal;
import org.entente.web.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.web.ErrorResponseException;

/** A service's refusal reaches the caller as the problem of its reason: status, title, detail and the fields named. */
class RefusalAnswersTest {

    @Test
    void eachReasonIsAnsweredWithItsStatus() {
        Map<Refusal, Integer> statuses = Map.of(
                Refusal.invalid("date", "not a date"), 400,
                Refusal.forbidden("not yours", List.of()), 403,
                Refusal.notFound("id", "no pledge 7"), 404,
                Refusal.conflict("stale", List.of()), 409,
                Refusal.outOfBounds("strength", "at most 1,000,000"), 422,
                Refusal.throttled("wait", Duration.ofSeconds(30)), 429);
        statuses.forEach((refusal, status) ->
                assertThat(ErrorAnswers.known(refusal).orElseThrow().getStatusCode().value()).as(refusal.reason().name()).isEqualTo(status));
    }

    @Test
    void theProblemNamesTheOffendingFieldWithTheRefusalsWords() {
        ErrorResponseException problem = ErrorAnswers.known(Refusal.outOfBounds("terms.strength", "the strength is at most 1,000,000")).orElseThrow();

        assertThat(problem.getBody().getTitle()).isEqualTo("Out of bounds");
        assertThat(problem.getBody().getDetail()).isEqualTo("the strength is at most 1,000,000");
        assertThat(problem.getBody().getProperties()).containsEntry("errors",
                List.of(new Refusal.FieldError("terms.strength", "the strength is at most 1,000,000")));
    }

    @Test
    void aThrottledRefusalSaysInWholeSecondsWhenToTryAgain() {
        ErrorResponseException problem = ErrorAnswers.known(Refusal.throttled("wait", Duration.ofMillis(29_001))).orElseThrow();

        assertThat(problem.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
    }
}
