package org.entente.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.entente.register.AllianceCodings.Atop;
import org.entente.register.AllianceCodings.AtopObligation;
import org.entente.register.AllianceCodings.CorrelatesOfWar;
import org.entente.register.AllianceCodings.CowType;
import org.entente.register.AllianceCodings.Finding;
import org.entente.register.AllianceCodings.ObligationMapping;
import org.junit.jupiter.api.Test;

/** An instrument's codings in the alliance datasets: what a Correlates of War and an ATOP coding must say. */
class AllianceCodingsTest {

    static List<ObligationMapping> cstMapping() {
        return List.of(
                new ObligationMapping(AtopObligation.DEFENSE, Finding.PRESENT, "CST-ART4", null),
                new ObligationMapping(AtopObligation.OFFENSE, Finding.ABSENT, null, null),
                new ObligationMapping(AtopObligation.NEUTRALITY, Finding.NOT_VERIFIED, null, "Art. 1 bars joining groupings against a party"),
                new ObligationMapping(AtopObligation.NONAGGRESSION, Finding.PRESENT, "CST-ART1", null),
                new ObligationMapping(AtopObligation.CONSULTATION, Finding.PRESENT, "CST-ART2", null));
    }

    @Test
    void anAtopCodingMapsEachOfTheFiveObligationsOnceInTheCodebooksOrder() {
        var shuffled = new ArrayList<>(cstMapping());
        java.util.Collections.reverse(shuffled);

        Atop atop = new Atop(shuffled, "Mapping is ours", List.of("ATOP_CODEBOOK"));

        assertThat(atop.obligations()).extracting(ObligationMapping::obligation).containsExactly(AtopObligation.values());
        assertThat(atop.mapping(AtopObligation.DEFENSE).clause()).isEqualTo("CST-ART4");
    }

    @Test
    void anAtopCodingThatLeavesOutOrRepeatsAnObligationIsRefused() {
        var missing = cstMapping().subList(0, 4);
        var repeated = new ArrayList<>(cstMapping());
        repeated.set(1, cstMapping().getFirst());

        assertThatThrownBy(() -> new Atop(missing, null, List.of("S"))).hasMessageContaining("missing consultation");
        assertThatThrownBy(() -> new Atop(repeated, null, List.of("S"))).hasMessageContaining("repeated defense").hasMessageContaining("missing offense");
    }

    @Test
    void aPresentObligationNamesItsClauseAndAnAbsentOrUnverifiedOneNone() {
        assertThatThrownBy(() -> new ObligationMapping(AtopObligation.DEFENSE, Finding.PRESENT, null, null)).hasMessageContaining("clause");
        assertThatThrownBy(() -> new ObligationMapping(AtopObligation.OFFENSE, Finding.ABSENT, "CST-ART4", null)).hasMessageContaining("clause");
    }

    @Test
    void aCodingCitesItsSources() {
        assertThatThrownBy(() -> new Atop(cstMapping(), null, List.of())).hasMessageContaining("source");
        assertThatThrownBy(() -> new CorrelatesOfWar(CowType.DEFENSE_PACT, null, List.of(), null, null, List.of())).hasMessageContaining("source");
    }

    @Test
    void theCorrelatesOfWarTypesAreNumberedAsTheDatasetNumbersThem() {
        assertThat(CowType.DEFENSE_PACT.number()).isEqualTo("I");
        assertThat(CowType.NEUTRALITY_OR_NONAGGRESSION.number()).isEqualTo("II");
        assertThat(CowType.ENTENTE.number()).isEqualTo("III");
    }

    @Test
    void codingsHoldAtLeastOneDatasetsCoding() {
        assertThatThrownBy(() -> new AllianceCodings(null, null)).hasMessageContaining("at least one");
    }
}
