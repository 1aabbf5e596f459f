package org.entente.access.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.entente.access.Actor;
import org.entente.access.CurrentActor;
import org.entente.access.RoleGrant;
import org.entente.access.internal.PersonalAccessTokens.Token;
import org.entente.web.Problems;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who is signed in, and their personal access tokens: created (the secret shown once), listed, revoked. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Access", description = "The signed-in person's roles and personal access tokens")
class AccessApi {

    private final CurrentActor actor;
    private final PersonalAccessTokens tokens;

    AccessApi(CurrentActor actor, PersonalAccessTokens tokens) {
        this.actor = actor;
        this.tokens = tokens;
    }

    record Me(String name, List<String> roles) {
    }

    record NewToken(String name, Integer validForDays) {
    }

    @GetMapping
    @Operation(summary = "Who is signed in, with their role grants (e.g. liaison@CSTO/KAZ)")
    Me me() {
        Actor current = actor.get();
        return new Me(current.name(), current.grants().stream().map(RoleGrant::authority).toList());
    }

    @GetMapping("/tokens")
    @Operation(summary = "One's personal access tokens, without their secrets")
    List<Token> tokens() {
        return tokens.list(actor.get().name());
    }

    @PostMapping("/tokens")
    @Operation(summary = "Create a personal access token; its secret is in this answer only")
    ResponseEntity<Token> create(@RequestBody NewToken request) {
        if (request == null || request.name() == null || request.name().isBlank() || request.name().length() > 100) {
            throw Problems.badRequest("name", "name the token (1 to 100 characters), e.g. the script that will use it");
        }
        if (request.validForDays() != null && (request.validForDays() < 1 || request.validForDays() > 366)) {
            throw Problems.badRequest("validForDays", "a token is valid for 1 to 366 days, or without end when absent");
        }
        Token created = tokens.create(actor.get().name(), request.name().strip(),
                request.validForDays() == null ? null : Duration.ofDays(request.validForDays()));
        return ResponseEntity.created(URI.create("/api/v1/me/tokens/" + created.id())).body(created);
    }

    @DeleteMapping("/tokens/{id}")
    @Operation(summary = "Revoke one of one's personal access tokens")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        if (!tokens.revoke(actor.get().name(), id)) {
            throw Problems.notFound("id", "you have no token " + id);
        }
        return ResponseEntity.noContent().build();
    }
}
