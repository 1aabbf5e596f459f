package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;

class ReleaseMarkingTest {

    private static final OrganizationCode CSTO = OrganizationCode.of("CSTO");
    private static final Set<StateCode> KAZAKHSTAN_AND_RUSSIA = Set.of(StateCode.of("KAZ"), StateCode.of("RUS"));

    private static Actor person(String... authorities) {
        return new Actor.Person("someone", List.of(authorities).stream().map(RoleGrant::parse).toList());
    }

    private static boolean reads(ReleaseMarking marking, Actor actor) {
        return marking.readableBy(actor, CSTO, KAZAKHSTAN_AND_RUSSIA);
    }

    @Test
    void theHistoricalRecordIsReadByEveryoneSignedInOrNot() {
        assertThat(reads(ReleaseMarking.PUBLIC, Actor.ANONYMOUS)).isTrue();
    }

    @Test
    void aMembersRecordIsReadByAnyoneHoldingARoleInTheOrganizationOnly() {
        assertThat(reads(ReleaseMarking.MEMBERS, person("liaison@CSTO/ARM"))).isTrue();
        assertThat(reads(ReleaseMarking.MEMBERS, person("observer@CSTO"))).isTrue();
        assertThat(reads(ReleaseMarking.MEMBERS, person("secretariat@NATO"))).isFalse();
        assertThat(reads(ReleaseMarking.MEMBERS, Actor.ANONYMOUS)).isFalse();
    }

    @Test
    void aCouncilRecordIsNotForLiaisonOfficers() {
        assertThat(reads(ReleaseMarking.COUNCIL, person("council_representative@CSTO/ARM"))).isTrue();
        assertThat(reads(ReleaseMarking.COUNCIL, person("secretariat@CSTO"))).isTrue();
        assertThat(reads(ReleaseMarking.COUNCIL, person("observer@CSTO"))).isTrue();
        assertThat(reads(ReleaseMarking.COUNCIL, person("liaison@CSTO/KAZ"))).isFalse();
    }

    @Test
    void aContributorsRecordIsForTheContributingStatesAndTheSecretariat() {
        assertThat(reads(ReleaseMarking.CONTRIBUTORS, person("liaison@CSTO/KAZ"))).isTrue();
        assertThat(reads(ReleaseMarking.CONTRIBUTORS, person("council_representative@CSTO/RUS"))).isTrue();
        assertThat(reads(ReleaseMarking.CONTRIBUTORS, person("secretariat@CSTO"))).isTrue();
        assertThat(reads(ReleaseMarking.CONTRIBUTORS, person("liaison@CSTO/ARM"))).isFalse();
        assertThat(reads(ReleaseMarking.CONTRIBUTORS, person("observer@CSTO"))).isFalse();
        assertThat(reads(ReleaseMarking.CONTRIBUTORS, person("liaison@NATO/KAZ"))).isFalse();
    }
}
