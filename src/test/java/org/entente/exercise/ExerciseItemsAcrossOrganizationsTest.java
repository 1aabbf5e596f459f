package org.entente.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.entente.support.CookieClient;
import org.entente.support.CrisisSteps;
import org.entente.support.DatabaseTest;
import org.entente.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The lists that span a person's organizations (what awaits them on the home page, {@code GET /api/v1/me}, the account page)
 * mark each item and role of an exercise as the exercise's, and list the real record's first; the real ones are not marked.
 */
class ExerciseItemsAcrossOrganizationsTest extends DatabaseTest {

    /** An item of what awaits: whether it is marked as an exercise's, and the organization it is in ("in CSTO-X1"). */
    private static final Pattern ITEM = Pattern.compile("<li[^>]*class=\"awaiting-item\"[^>]*data-exercise=\"(true|false)\".*?>in ([A-Z0-9-]+)</span>",
            Pattern.DOTALL);
    private static final Pattern ROLE = Pattern.compile("<li data-exercise=\"(true|false)\"><span\\s*>([^<]*)</span>");

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aPersonWithRolesInTheCstoAndInAnExerciseOfItSeesBothTheExercisesMarkedAndTheRealOnesFirst() {
        String person = "ex-lists-" + Long.toString(System.nanoTime(), 36);
        TestAccounts.localAccount(jdbc, person, person + "-password", "secretariat@CSTO");
        CrisisSteps.pledged(this, person, "KAZ", "Exercise lists: Kazakh company " + System.nanoTime(), "inf", 60);
        String token = tokenFor(person);
        Answer created = postAs(token, "/api/v1/organizations/CSTO/exercises", json().writeValueAsBytes(Map.of("title", "Lists drill " + person)));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        String exercise = created.body().path("code").asString();

        JsonNode me = getAs(token, "/api/v1/me").body();
        assertThat(me.path("roles").values().stream().map(JsonNode::asString).toList()).containsExactly("secretariat@CSTO", "secretariat@" + exercise);
        JsonNode real = me.path("grants").get(0);
        JsonNode inExercise = me.path("grants").get(1);
        assertThat(real.path("organization").asString()).isEqualTo("CSTO");
        assertThat(real.has("exercise")).as("%s", real).isFalse();
        assertThat(inExercise.path("organization").asString()).isEqualTo(exercise);
        assertThat(inExercise.path("role").asString()).isEqualTo("secretariat");
        assertThat(inExercise.path("exercise").path("code").asString()).isEqualTo(exercise);
        assertThat(inExercise.path("exercise").path("of").asString()).isEqualTo("CSTO");

        CookieClient browser = new CookieClient();
        browser.signIn(uri("/"), person, person + "-password");
        HttpResponse<String> home = browser.get(uri("/?lang=en"));
        List<String[]> items = matches(ITEM, home.body());
        assertThat(items).as(home.body()).anySatisfy(item -> assertThat(item).containsExactly("false", "CSTO"))
                .anySatisfy(item -> assertThat(item).containsExactly("true", exercise));
        assertThat(items).allSatisfy(item -> assertThat(item[0]).isEqualTo(String.valueOf(item[1].equals(exercise))));
        assertThat(items.stream().map(item -> item[0]).toList()).isSorted();
        assertThat(home.body()).contains("class=\"badge badge-exercise\">Exercise</span>");

        HttpResponse<String> account = browser.get(uri("/account?lang=en"));
        List<String[]> roles = matches(ROLE, account.body());
        assertThat(roles).as(account.body()).hasSize(2);
        assertThat(roles.get(0)[0]).isEqualTo("false");
        assertThat(roles.get(0)[1]).endsWith("CSTO");
        assertThat(roles.get(1)[0]).isEqualTo("true");
        assertThat(roles.get(1)[1]).endsWith(exercise);
    }

    private static List<String[]> matches(Pattern pattern, String html) {
        var found = new ArrayList<String[]>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(new String[] {matcher.group(1), matcher.group(2)});
        }
        return found;
    }
}
