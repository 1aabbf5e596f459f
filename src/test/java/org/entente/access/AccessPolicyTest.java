package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

    private static final AccessRule LIAISON_PAGE = new AccessRule("POST", "/organizations/{organization}/states/{state}/requests",
            Audience.holders(Role.LIAISON, Role.SECRETARIAT), "filing a request for a state");
    private static final AccessRule AUDITORS = new AccessRule("GET", "/api/v1/audit/**", Audience.holders(Role.SECRETARIAT, Role.OBSERVER), "audit");
    private static final AccessRule PUBLIC = new AccessRule("GET", "/", Audience.EVERYONE, "home");
    private static final AccessRule OWN = new AccessRule("GET", "/account", Audience.SIGNED_IN, "account");

    private static Actor person(String... authorities) {
        return new Actor.Person("someone", List.of(authorities).stream().map(RoleGrant::parse).toList());
    }

    @Test
    void everyoneMayReadThePublicRecordSignedInOrNot() {
        assertThat(AccessPolicy.decide(Actor.ANONYMOUS, PUBLIC, null, null)).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(person("observer@CSTO"), PUBLIC, null, null)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void whatNeedsSomeoneSignedInAsksTheAnonymousToSignIn() {
        assertThat(AccessPolicy.decide(Actor.ANONYMOUS, OWN, null, null)).isEqualTo(Decision.SIGN_IN_NEEDED);
        assertThat(AccessPolicy.decide(Actor.ANONYMOUS, AUDITORS, null, null)).isEqualTo(Decision.SIGN_IN_NEEDED);
        assertThat(AccessPolicy.decide(person(), OWN, null, null)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aLiaisonActsForTheirOwnStateOnly() {
        assertThat(AccessPolicy.decide(person("liaison@CSTO/KAZ"), LIAISON_PAGE, "CSTO", "KAZ")).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(person("liaison@CSTO/KAZ"), LIAISON_PAGE, "CSTO", "ARM")).isInstanceOf(Decision.Refused.class);
    }

    @Test
    void aRoleCountsInItsOwnOrganizationOnly() {
        assertThat(AccessPolicy.decide(person("liaison@NATO/KAZ"), LIAISON_PAGE, "CSTO", "KAZ")).isInstanceOf(Decision.Refused.class);
        assertThat(AccessPolicy.decide(person("secretariat@NATO"), LIAISON_PAGE, "CSTO", "KAZ")).isInstanceOf(Decision.Refused.class);
    }

    @Test
    void theSecretariatActsOnAStatesBehalf() {
        assertThat(AccessPolicy.decide(person("secretariat@CSTO"), LIAISON_PAGE, "CSTO", "ARM")).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aRoleNotNamedByTheRowIsRefusedWithTheRolesThatWouldDo() {
        Decision decision = AccessPolicy.decide(person("council_representative@CSTO/KAZ"), LIAISON_PAGE, "CSTO", "KAZ");

        assertThat(decision).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) decision).reason()).contains("liaison or secretariat").contains("CSTO").contains("KAZ");
    }

    @Test
    void anAddressThatNamesNoOrganizationAcceptsTheRoleInAnyOrganization() {
        assertThat(AccessPolicy.decide(person("observer@NATO"), AUDITORS, null, null)).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(person("liaison@CSTO/KAZ"), AUDITORS, null, null)).isInstanceOf(Decision.Refused.class);
    }

    @Test
    void theSystemMayDoAnything() {
        assertThat(AccessPolicy.decide(Actor.SYSTEM, LIAISON_PAGE, "CSTO", "ARM")).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aStateBoundRoleNamesItsStateAndAnOrganizationRoleNamesNone() {
        assertThatThrownBy(() -> RoleGrant.of(Role.LIAISON, "CSTO")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RoleGrant.of(Role.SECRETARIAT, "CSTO", "KAZ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(RoleGrant.parse("liaison@CSTO/KAZ")).isEqualTo(RoleGrant.of(Role.LIAISON, "CSTO", "KAZ"));
        assertThat(RoleGrant.parse(RoleGrant.of(Role.OBSERVER, "CSTO").authority())).isEqualTo(RoleGrant.of(Role.OBSERVER, "CSTO"));
    }

    @Test
    void everyRowOfTheTableIsAnAbsolutePathWithAKnownMethod() {
        assertThat(AccessPolicy.RULES).allSatisfy(rule -> {
            assertThat(rule.pattern()).startsWith("/");
            assertThat(rule.method()).isIn("GET", "POST", "PUT", "DELETE", "*");
        });
    }
}
