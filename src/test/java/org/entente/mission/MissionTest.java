package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.entente.command.Result;
import org.entente.forces.Capability;
import org.entente.forces.Equipment;
import org.entente.forces.GeoPoint;
import org.entente.register.OrganizationCode;
import org.entente.register.StateCode;
import org.junit.jupiter.api.Test;

class MissionTest {

    private static Mission withHistory(List<MissionState> history) {
        Mission kazakhstan = Kazakhstan2022Mission.mission();
        return new Mission(kazakhstan.id(), kazakhstan.organization(), kazakhstan.name(), kazakhstan.host(), kazakhstan.basis(), kazakhstan.mandate(),
                kazakhstan.forcePool(), kazakhstan.commander(), kazakhstan.period(), kazakhstan.theatre(), kazakhstan.strength(), history,
                kazakhstan.contingents());
    }

    private static Mission withContingents(List<Contingent> contingents) {
        Mission kazakhstan = Kazakhstan2022Mission.mission();
        return new Mission(kazakhstan.id(), kazakhstan.organization(), kazakhstan.name(), kazakhstan.host(), kazakhstan.basis(), kazakhstan.mandate(),
                kazakhstan.forcePool(), kazakhstan.commander(), kazakhstan.period(), kazakhstan.theatre(), kazakhstan.strength(), kazakhstan.history(),
                contingents);
    }

    @Test
    void theKazakhstanMissionAnswersWhoContributedWhoCommandedOnWhatBasisAndHowItEnded() {
        Mission kazakhstan = Kazakhstan2022Mission.mission();

        assertThat(kazakhstan.contributors()).extracting(StateCode::value).containsExactly("ARM", "BLR", "KGZ", "RUS", "TJK");
        assertThat(kazakhstan.commander().rank()).isEqualTo("Colonel General");
        assertThat(kazakhstan.basis().clause()).isEqualTo("CST-ART4");
        assertThat(kazakhstan.basis().grounds()).isInstanceOf(LegalBasis.Grounds.RecordedFromDataset.class);
        assertThat(kazakhstan.forcePool()).isEqualTo("CPF");
        assertThat(kazakhstan.status()).isEqualTo(MissionState.Status.WITHDRAWN);
        assertThat(kazakhstan.contingent(StateCode.of("KGZ")).orElseThrow().equipment()).containsExactly(new Equipment("automobile and armoured vehicles", 19));
        assertThat(kazakhstan.contingent(StateCode.of("KAZ"))).isEmpty();
    }

    @Test
    void aMissionsHistoryStartsWithItsPlanning() {
        assertThatThrownBy(() -> withHistory(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withHistory(List.of(new MissionState.Deploying(Kazakhstan2022Mission.step("2022-01-06", "S")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts with its planning");
    }

    @Test
    void aMissionsHistoryIsAChainOfAllowedStepsInTheirOrder() {
        var planned = new MissionState.Planned(Kazakhstan2022Mission.step("2022-01-06", "S"));

        assertThatThrownBy(() -> withHistory(List.of(planned, new MissionState.Withdrawn(Kazakhstan2022Mission.step("2022-01-19", "S")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot go from planned");
        assertThatThrownBy(() -> withHistory(List.of(planned, new MissionState.Deploying(Kazakhstan2022Mission.step("2022-01-05", "S")))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissionMovedOnKeepsItsHistory() {
        Mission planned = withHistory(List.of(new MissionState.Planned(Kazakhstan2022Mission.step("2022-01-06", "S"))));
        MissionState deploying = ((Result.Done<MissionState>) planned.current().deploy(Kazakhstan2022Mission.step("2022-01-06", "S"))).value();

        Mission moved = planned.moved(deploying);

        assertThat(moved.history()).containsExactly(planned.current(), deploying);
        assertThat(moved.status()).isEqualTo(MissionState.Status.DEPLOYING);
    }

    @Test
    void aMissionHasOneContingentPerState() {
        assertThatThrownBy(() -> withContingents(List.of(Kazakhstan2022Mission.armenia(), Kazakhstan2022Mission.armenia())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two of ARM");
    }

    @Test
    void aContingentChangedTakesItsStatesPlace() {
        Mission kazakhstan = Kazakhstan2022Mission.mission();
        Contingent armenia = new Contingent(StateCode.of("ARM"), List.of(), List.of(), Strength.of(Kazakhstan2022Mission.ARMENIA_REPORTED),
                ContingentTimeline.empty());

        Mission changed = kazakhstan.withContingent(armenia);

        assertThat(changed.contributors()).isEqualTo(kazakhstan.contributors());
        assertThat(changed.contingent(StateCode.of("ARM"))).contains(armenia);
        assertThat(withContingents(List.of()).withContingent(armenia).contributors()).containsExactly(StateCode.of("ARM"));
    }

    @Test
    void aMissionIsIdentifiedAndNamed() {
        Mission k = Kazakhstan2022Mission.mission();
        assertThatThrownBy(() -> new Mission(" ", k.organization(), k.name(), k.host(), k.basis(), k.mandate(), null, null, k.period(), k.theatre(), null,
                k.history(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mission("M", OrganizationCode.of("CSTO"), "", k.host(), k.basis(), k.mandate(), null, null, k.period(), k.theatre(),
                null, k.history(), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Mission("M", OrganizationCode.of("CSTO"), "A mission", k.host(), k.basis(), k.mandate(), null, null, k.period(), k.theatre(),
                null, k.history(), List.of()).commander()).as("a commander is named later").isNull();
    }

    @Test
    void aMandateIsWordedAndGivesATask() {
        assertThatThrownBy(() -> new Mandate(" ", EnumSet.of(MissionTask.PROTECT_SITES), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Mandate("guard", EnumSet.noneOf(MissionTask.class), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(Kazakhstan2022Mission.mandate().tasks()).containsExactlyInAnyOrder(MissionTask.PROTECT_SITES, MissionTask.SUPPORT_LAW_ENFORCEMENT);
        assertThat(MissionTask.SUPPORT_LAW_ENFORCEMENT.code()).isEqualTo("support_law_enforcement");
    }

    @Test
    void aCommanderIsNamedWithARankByASource() {
        assertThatThrownBy(() -> new Commander("Serdyukov", "Colonel General", StateCode.of("RUS"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Commander("Serdyukov", " ", StateCode.of("RUS"), List.of("S"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTheatreIsANamedAreaWithAPointAndATimeZone() {
        assertThatThrownBy(() -> new Theatre(" ", new GeoPoint(43.2, 76.9), ZoneId.of("Asia/Almaty"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Theatre("Almaty", null, ZoneId.of("Asia/Almaty"))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aLegalBasisNamesTheRequestAndTheClauseAndHowTheForceCameToBe() {
        assertThatThrownBy(() -> new LegalBasis("REQ-1", " ", new LegalBasis.Grounds.WithoutForceGeneration())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LegalBasis("REQ-1", "CST-ART4", null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new LegalBasis.Grounds.RecordedFromDataset(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LegalBasis("REQ-1", "CST-ART4", new LegalBasis.Grounds.AcceptedPackage(Instant.parse("2024-03-01T10:00:00Z"), "secretariat"))
                .grounds()).isInstanceOf(LegalBasis.Grounds.AcceptedPackage.class);
    }

    @Test
    void aContingentListsEachItemOfEquipmentAndEachPackageUnitOnce() {
        assertThatThrownBy(() -> new Contingent(StateCode.of("KGZ"), List.of(), List.of(new Equipment("truck", 2), new Equipment("truck", 3)),
                Kazakhstan2022Mission.kyrgyzstan().strength(), ContingentTimeline.empty())).isInstanceOf(IllegalArgumentException.class);
        var unit = new Contingent.Unit.FromPackage("KGZ-U1", "1st company", Capability.INF, 100, 18);
        assertThatThrownBy(() -> new Contingent(StateCode.of("KGZ"), List.of(unit, unit), List.of(), Kazakhstan2022Mission.kyrgyzstan().strength(),
                ContingentTimeline.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contingent.Unit.Recorded("1st company", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Contingent.Unit.FromPackage("KGZ-U1", "1st company", Capability.INF, 0, 18))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
