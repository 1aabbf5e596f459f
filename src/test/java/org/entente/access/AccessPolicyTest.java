package org.entente.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Predicate;
import org.entente.register.OrganizationCode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AccessPolicyTest {

    private static final AccessRule LIAISON_PAGE = new AccessRule("POST", "/organizations/{organization}/states/{state}/requests",
            Audience.holders(Role.LIAISON, Role.SECRETARIAT), "filing a request for a state");
    private static final AccessRule AUDITORS = new AccessRule("GET", "/api/v1/audit/**", Audience.holders(Role.SECRETARIAT, Role.OBSERVER), "audit");
    private static final AccessRule PUBLIC = new AccessRule("GET", "/", Audience.EVERYONE, "home");
    private static final AccessRule OWN = new AccessRule("GET", "/account", Audience.SIGNED_IN, "account");

    /** No organization is an exercise. */
    private static final Predicate<OrganizationCode> NO_EXERCISES = code -> false;
    /** CSTO-X1 is an exercise (of the CSTO). */
    private static final Predicate<OrganizationCode> CSTO_X1 = code -> code.value().equals("CSTO-X1");

    private static Actor person(String... authorities) {
        return new Actor.Person("someone", List.of(authorities).stream().map(RoleGrant::parse).toList());
    }

    @Test
    void everyoneMayReadThePublicRecordSignedInOrNot() {
        assertThat(AccessPolicy.decide(Actor.ANONYMOUS, PUBLIC, null, null, NO_EXERCISES)).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(person("observer@CSTO"), PUBLIC, null, null, NO_EXERCISES)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void whatNeedsSomeoneSignedInAsksTheAnonymousToSignIn() {
        assertThat(AccessPolicy.decide(Actor.ANONYMOUS, OWN, null, null, NO_EXERCISES)).isEqualTo(Decision.SIGN_IN_NEEDED);
        assertThat(AccessPolicy.decide(Actor.ANONYMOUS, AUDITORS, null, null, NO_EXERCISES)).isEqualTo(Decision.SIGN_IN_NEEDED);
        assertThat(AccessPolicy.decide(person(), OWN, null, null, NO_EXERCISES)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aLiaisonActsForTheirOwnStateOnly() {
        assertThat(AccessPolicy.decide(person("liaison@CSTO/KAZ"), LIAISON_PAGE, "CSTO", "KAZ", NO_EXERCISES)).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(person("liaison@CSTO/KAZ"), LIAISON_PAGE, "CSTO", "ARM", NO_EXERCISES)).isInstanceOf(Decision.Refused.class);
    }

    @Test
    void aRoleCountsInItsOwnOrganizationOnly() {
        assertThat(AccessPolicy.decide(person("liaison@NATO/KAZ"), LIAISON_PAGE, "CSTO", "KAZ", NO_EXERCISES)).isInstanceOf(Decision.Refused.class);
        assertThat(AccessPolicy.decide(person("secretariat@NATO"), LIAISON_PAGE, "CSTO", "KAZ", NO_EXERCISES)).isInstanceOf(Decision.Refused.class);
    }

    @Test
    void theSecretariatActsOnAStatesBehalf() {
        assertThat(AccessPolicy.decide(person("secretariat@CSTO"), LIAISON_PAGE, "CSTO", "ARM", NO_EXERCISES)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aRoleNotNamedByTheRowIsRefusedWithTheRolesThatWouldDo() {
        Decision decision = AccessPolicy.decide(person("council_representative@CSTO/KAZ"), LIAISON_PAGE, "CSTO", "KAZ", NO_EXERCISES);

        assertThat(decision).isInstanceOf(Decision.Refused.class);
        assertThat(((Decision.Refused) decision).reason()).contains("liaison or secretariat").contains("CSTO").contains("KAZ");
    }

    @Test
    void anAddressThatNamesNoOrganizationAcceptsTheRoleInAnyOrganization() {
        assertThat(AccessPolicy.decide(person("observer@NATO"), AUDITORS, null, null, NO_EXERCISES)).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(person("liaison@CSTO/KAZ"), AUDITORS, null, null, NO_EXERCISES)).isInstanceOf(Decision.Refused.class);
    }

    @Test
    void aRoleInAnExerciseOpensNoAddressThatNamesNoOrganization() {
        assertThat(AccessPolicy.decide(person("observer@CSTO-X1"), AUDITORS, null, null, CSTO_X1)).isInstanceOf(Decision.Refused.class);
        assertThat(AccessPolicy.decide(person("secretariat@CSTO-X1"), AUDITORS, null, null, CSTO_X1)).isInstanceOf(Decision.Refused.class);
        assertThat(AccessPolicy.decide(person("observer@CSTO"), AUDITORS, null, null, CSTO_X1)).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(person("observer@CSTO-X1", "observer@CSTO"), AUDITORS, null, null, CSTO_X1)).isEqualTo(Decision.ALLOWED);
    }

    @Test
    void aRoleInAnExerciseCountsInThatExerciseAndNowhereElse() {
        assertThat(AccessPolicy.decide(person("liaison@CSTO-X1/KAZ"), LIAISON_PAGE, "CSTO-X1", "KAZ", CSTO_X1)).isEqualTo(Decision.ALLOWED);
        assertThat(AccessPolicy.decide(person("liaison@CSTO-X1/KAZ"), LIAISON_PAGE, "CSTO", "KAZ", CSTO_X1)).isInstanceOf(Decision.Refused.class);
        assertThat(AccessPolicy.decide(person("secretariat@CSTO-X1"), LIAISON_PAGE, "CSTO", "KAZ", CSTO_X1)).isInstanceOf(Decision.Refused.class);
    }

    /** Every row for role holders, for a holder of every role in the exercise CSTO-X1 and none in a real organization. */
    static Stream<AccessRule> everyRowForRoleHolders() {
        return AccessPolicy.RULES.stream().filter(rule -> rule.audience() instanceof Audience.RoleHolders);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRowForRoleHolders")
    void everyRoleInAnExerciseOpensNoRowOfTheRealRecordNorOneNamingNoOrganization(AccessRule rule) {
        Actor everyRoleInTheExercise = person("secretariat@CSTO-X1", "observer@CSTO-X1", "liaison@CSTO-X1/KAZ", "council_representative@CSTO-X1/KAZ");
        boolean namesOrganization = rule.pattern().contains("{organization}");
        String state = rule.pattern().contains("{state}") ? "KAZ" : null;

        assertThat(AccessPolicy.decide(everyRoleInTheExercise, rule, namesOrganization ? "CSTO" : null, state, CSTO_X1))
                .as("%s %s", rule.method(), rule.pattern()).isInstanceOf(Decision.Refused.class);
        if (namesOrganization) {
            assertThat(AccessPolicy.decide(everyRoleInTheExercise, rule, "CSTO-X1", state, CSTO_X1)).as("in the exercise itself")
                    .isEqualTo(Decision.ALLOWED);
        }
    }

    @Test
    void theSystemMayDoAnything() {
        assertThat(AccessPolicy.decide(Actor.SYSTEM, LIAISON_PAGE, "CSTO", "ARM", NO_EXERCISES)).isEqualTo(Decision.ALLOWED);
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
