package org.entente.forcegeneration.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.entente.command.Refusal;
import org.junit.jupiter.api.Test;

/** The pages' statement of requirements: a refused line is named by its number in the text and as typed, whatever refuses it. */
class ForceGenerationFormsTest {

    @Test
    void aMalformedLineIsNamedByItsNumberInTheTextBlankLinesCounted() {
        Refusal refused = catchThrowableOfType(Refusal.class, () -> ForceGenerationForms.statement("38.5", "68.7", "R1 INF 500 2 200\n\nR2 MED sixty 1 200"));

        assertThat(refused.reason()).isEqualTo(Refusal.Reason.INVALID);
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("lines");
            assertThat(error.message()).startsWith("line 3 (R2 MED sixty 1 200)");
        });
    }

    @Test
    void aFigureOutOfBoundsIsNamedByItsLineAsTypedNotByItsIndexInTheApi() {
        Refusal refused = catchThrowableOfType(Refusal.class, () -> ForceGenerationForms.statement("38.5", "68.7", "\nR1 INF 500 2 200\nR2 MED 2000000 1 200"));

        assertThat(refused.reason()).isEqualTo(Refusal.Reason.UNPROCESSABLE);
        assertThat(refused.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("lines");
            assertThat(error.message()).startsWith("line 3 (R2 MED 2000000 1 200): personnel from 0 to 1000000, not 2000000");
        });
    }

    @Test
    void aTheatreThatIsNoNumberIsRefusedNamingItsField() {
        Refusal refused = catchThrowableOfType(Refusal.class, () -> ForceGenerationForms.statement("38,5", "68.7", "R1 INF 500 2 200"));

        assertThat(refused.errors()).extracting(Refusal.FieldError::field).containsExactly("theatreLat");
    }
}
