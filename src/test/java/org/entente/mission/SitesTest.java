package org.entente.mission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.entente.command.Result;
import org.junit.jupiter.api.Test;

class SitesTest {

    private static Site site(String id, List<SiteStatus> history) {
        return new Site(id, "Almaty International Airport", null, MissionTask.PROTECT_SITES, null, List.of(), history);
    }

    @Test
    void aCountOfSitesSaysWhatItCountsAndCitesASource() {
        assertThatThrownBy(() -> new Sites.ReportedCount(Count.exactly(14), " ", null, List.of("S"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sites.ReportedCount(Count.exactly(14), "objects", null, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** The facts count 14 objects of strategic importance and name none; a site named later is kept beside that count, not counted against it. */
    @Test
    void aSiteNamedKeepsTheSourcesCountBesideIt() {
        Sites sites = Kazakhstan2022Sitreps.sites();

        assertThat(sites.ids()).containsExactly(Kazakhstan2022Sitreps.AIRPORT);
        assertThat(sites.reported()).isEqualTo(Kazakhstan2022Mission.sites().reported());
    }

    @Test
    void aSiteIsListedOnce() {
        Site airport = Kazakhstan2022Sitreps.airportAssigned();

        assertThatThrownBy(() -> new Sites(List.of(airport, airport), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ALA-AIRPORT is listed twice");
    }

    @Test
    void aSiteMovedTakesItsPlaceAndKeepsItsHistory() {
        Site assigned = Kazakhstan2022Sitreps.airportAssigned();
        SiteStatus secured = ((Result.Done<SiteStatus>) assigned.current().secure(Kazakhstan2022Sitreps.at("2022-01-07T05:00:00Z"))).value();

        Sites sites = Kazakhstan2022Sitreps.sites().with(assigned.moved(secured));

        Site airport = sites.site(Kazakhstan2022Sitreps.AIRPORT).orElseThrow();
        assertThat(airport.history()).containsExactly(assigned.current(), secured);
        assertThat(airport.status()).isEqualTo(SiteStatus.Status.SECURED);
        assertThat(sites.ids()).containsExactly(Kazakhstan2022Sitreps.AIRPORT);
    }

    @Test
    void aSitesHistoryStartsWithItsAssignmentAndFollowsTheLifecycle() {
        SiteStatus assigned = new SiteStatus.Assigned(Kazakhstan2022Sitreps.at("2022-01-06T18:00:00Z"));
        SiteStatus securedEarlier = new SiteStatus.Secured(Kazakhstan2022Sitreps.at("2022-01-06T12:00:00Z"));
        SiteStatus handedOver = new SiteStatus.HandedOver(Kazakhstan2022Sitreps.at("2022-01-13T06:00:00Z"), "National Guard");

        assertThatThrownBy(() -> site("ALA-AIRPORT", List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("starts with its assignment");
        assertThatThrownBy(() -> site("ALA-AIRPORT", List.of(handedOver))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> site("ALA-AIRPORT", List.of(assigned, handedOver))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot go from assigned");
        assertThatThrownBy(() -> site("ALA-AIRPORT", List.of(assigned, securedEarlier))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSiteIsKeyedByAShortCodeAndNamed() {
        List<SiteStatus> assigned = Kazakhstan2022Sitreps.airportAssigned().history();

        assertThat(site("ALMATY-TPP-2", assigned).id()).isEqualTo("ALMATY-TPP-2");
        for (String id : List.of("ala-airport", "ALA AIRPORT", "-ALA", "ALA--AIRPORT", "", "A".repeat(Site.MAX_ID + 1))) {
            assertThatThrownBy(() -> site(id, assigned)).as(id).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new Site("ALA", " ", null, MissionTask.PROTECT_SITES, null, List.of(), assigned)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Site("ALA", "Airport", null, null, null, List.of(), assigned)).isInstanceOf(NullPointerException.class);
    }
}
