package org.entente.access.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.entente.access.Actor;
import org.entente.access.CurrentActor;
import org.entente.access.RoleGrant;
import org.entente.access.internal.PersonalAccessTokens.Token;
import org.entente.register.Exercises;
import org.entente.web.ExerciseMarking;
import org.entente.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, and their personal access tokens: a script's first token got with its owner's
 * password, tokens listed and revoked; the secret shown once.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Access", description = "The signed-in person's roles and personal access tokens")
class AccessApi {

    private final CurrentActor actor;
    private final PersonalAccessTokens tokens;
    private final PasswordSignIns passwords;
    private final Exercises exercises;

    AccessApi(CurrentActor actor, PersonalAccessTokens tokens, PasswordSignIns passwords, Exercises exercises) {
        this.actor = actor;
        this.tokens = tokens;
        this.passwords = passwords;
        this.exercises = exercises;
    }

    /**
     * Who is signed in: their {@code roles} as authorities, and the same {@code grants} one by one, each of an exercise
     * carrying the exercise; the real record's first, then the exercises'.
     */
    record Me(String name, List<String> roles, List<MeGrant> grants) {
    }

    /** One role grant: its authority, role, organization and state (null where it names none); the exercise where the organization is one. */
    record MeGrant(String authority, String role, String organization, String state,
                   @JsonInclude(JsonInclude.Include.NON_NULL) ExerciseMarking exercise) {
    }

    record PasswordExchange(String username, String password, String name, Integer validForDays) {
    }

    @GetMapping("/me")
    @Operation(summary = "Who is signed in, with their role grants (e.g. liaison@CSTO/KAZ): the real record's first, then those in "
            + "exercises, each of which carries its exercise (code, of, title)")
    Me me() {
        Actor current = actor.get();
        List<MeGrant> grants = ExerciseRoles.realFirst(current.grants(), exercises).stream().map(grant -> new MeGrant(grant.grant().authority(),
                grant.grant().role().code(), grant.grant().organization().value(),
                grant.grant().state() == null ? null : grant.grant().state().value(), grant.exercise())).toList();
        return new Me(current.name(), grants.stream().map(MeGrant::authority).toList(), grants);
    }

    @GetMapping("/me/tokens")
    @Operation(summary = "One's personal access tokens, without their secrets")
    List<Token> tokens() {
        return tokens.list(actor.get().name());
    }

    /**
     * Always refused: the API takes only tokens (no sessions), and a token cannot create tokens. Kept so
     * that a script that tries is told where tokens are made.
     */
    @PostMapping("/me/tokens")
    @Operation(summary = "Not how tokens are made: always 403, since a token cannot create tokens; "
            + "create one on the account page (/account) or with /api/v1/tokens/exchange")
    @ApiResponse(responseCode = "403", description = "Always: a token cannot create tokens")
    ResponseEntity<Void> create() {
        throw Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "a token cannot create tokens: create one on the account page (/account), "
                + "or exchange your password for one with POST /api/v1/tokens/exchange", List.of());
    }

    @PostMapping("/tokens/exchange")
    @Operation(summary = "A script's first token: a local account's user name and password exchanged for a personal access token, "
            + "whose secret is in this answer only; throttled like signing in (429 with Retry-After)")
    @ApiResponse(responseCode = "201", description = "Made: the token with its secret, its address in Location", useReturnTypeSchema = true)
    ResponseEntity<Token> exchange(@RequestBody PasswordExchange request, HttpServletRequest http) {
        if (request == null || request.username() == null || request.username().isBlank()) {
            throw Problems.badRequest("username", "give the user name of a local account");
        }
        if (request.password() == null || request.password().isEmpty()) {
            throw Problems.badRequest("password", "give the account's password");
        }
        String name = name(request.name());
        Duration validFor = validity(request.validForDays());
        String owner = passwords.verify(request.username(), request.password(), http.getRemoteAddr()).orElseThrow(() -> Problems.of(
                HttpStatus.UNAUTHORIZED, "Sign-in failed", "wrong user name or password (or not a local account)", List.of()));
        return created(tokens.create(owner, name, validFor, PersonalAccessTokens.Proof.PASSWORD));
    }

    private static String name(String name) {
        return PersonalAccessTokens.name(name).orElseThrow(() -> Problems.badRequest("name",
                "name the token (1 to " + PersonalAccessTokens.LONGEST_NAME + " characters), e.g. the script that will use it"));
    }

    private Duration validity(Integer validForDays) {
        return tokens.validity(validForDays).orElseThrow(() -> Problems.badRequest("validForDays",
                "a token is valid for 1 to " + tokens.longestDays() + " days; without validForDays, " + tokens.longestDays()));
    }

    private static ResponseEntity<Token> created(Token token) {
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + token.id())).body(token);
    }

    @DeleteMapping("/me/tokens/{id}")
    @Operation(summary = "Revoke one of one's personal access tokens")
    @ApiResponse(responseCode = "204", description = "Revoked")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!tokens.revoke(actor.get().name(), id)) {
            throw Problems.notFound("id", "you have no token " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
