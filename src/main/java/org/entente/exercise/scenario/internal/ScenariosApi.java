package org.entente.exercise.scenario.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.entente.access.CurrentActor;
import org.entente.web.PageOf;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An organization's library of scenarios (docs/scenario-format.md): imported by its secretariat, read by it and its observers. */
@RestController
@RequestMapping("/api/v1/organizations/{organization}/scenarios")
@Tag(name = "Scenarios", description = "Scenarios: timed lists of injects an organization's exercises run, in the documented scenario format")
class ScenariosApi {

    private final ScenarioService service;
    private final ScenarioReplayService replays;
    private final CurrentActor actor;
    private final JsonMapper json;

    ScenariosApi(ScenarioService service, ScenarioReplayService replays, CurrentActor actor, JsonMapper json) {
        this.service = service;
        this.replays = replays;
        this.actor = actor;
        this.json = json;
    }

    static String address(StoredScenario stored) {
        return "/api/v1/organizations/" + stored.organization().value() + "/scenarios/" + stored.name();
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A scenario document (docs/scenario-format.md; its JSON Schema is "
            + "src/main/resources/scenario/entente-scenario.schema.json), at most 1 MB", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    @Operation(summary = "Import a scenario into the organization's library (its secretariat)",
            description = "The document's organization must be this one, a real organization (not an exercise). An import under a name the "
                    + "library holds adds the next version (every version is kept); one of the same document as the newest adds nothing. "
                    + "Audited scenario.import.")
    @ApiResponse(responseCode = "201", description = "Imported as a new version; its document at the address in Location", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The library's newest version of this scenario is this very document; nothing changed",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "The body is no JSON document; nothing imported",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Not a valid scenario of this organization: every error, each with its JSON path as `field`; "
            + "or the organization is an exercise (naming organization); nothing imported",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ScenarioSummary> importScenario(@PathVariable String organization, InputStream body) throws IOException {
        // Read one byte past the limit, never the whole of an oversized body: the import names the excess.
        byte[] document = body.readNBytes(ScenarioService.MAX_DOCUMENT_BYTES + 1);
        ScenarioService.Imported imported = service.importDocument(organization, document, actor.get());
        ScenarioSummary summary = ScenarioSummary.of(imported.scenario());
        return imported.added() ? ResponseEntity.created(URI.create(summary.document())).body(summary) : ResponseEntity.ok(summary);
    }

    /** What a replay asks for: the id of a recorded request, and the clock's speed (null: a day in ten minutes). */
    record ScenarioReplayBody(@Schema(description = "The id of a recorded request of the organization's record", example = "KAZ-2022") String request,
                              @Schema(description = "The replay's default speed, world seconds a second, 1 to 86400; default 144 (a day in ten minutes)",
                                      example = "144") Integer speed) {
    }

    @PostMapping(path = "/replays", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replay a past crisis: generate a scenario from the record of a recorded request and import it (its secretariat)",
            description = "Generates REPLAY-<request> (docs/replay.md) from the recorded request, the mission that answered it where the record "
                    + "holds one (a request without one replays as its request and decision only), their figures and sources, and imports it "
                    + "like any scenario: a new version where it differs from the newest, none where it does not. Audited scenario.import.")
    @ApiResponse(responseCode = "201", description = "Imported as a new version; its document at the address in Location", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "200", description = "The library's newest version of the replay is this very document; nothing changed",
            useReturnTypeSchema = true)
    @ApiResponse(responseCode = "400", description = "No request given (naming request)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such organization, or no such request in its record (naming request)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "A speed out of 1 to 86400 (naming speed), a record of the request that makes no valid scenario "
            + "(naming request, saying why), or the organization is an exercise (naming organization)",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ScenarioSummary> replay(@PathVariable String organization, @org.springframework.web.bind.annotation.RequestBody ScenarioReplayBody body) {
        ScenarioService.Imported imported = replays.replay(organization, body.request(), body.speed(), actor.get());
        ScenarioSummary summary = ScenarioSummary.of(imported.scenario());
        return imported.added() ? ResponseEntity.created(URI.create(summary.document())).body(summary) : ResponseEntity.ok(summary);
    }

    @GetMapping
    @Operation(summary = "The organization's scenarios, by name, each as its newest version (its secretariat and observers)")
    PageOf<ScenarioSummary> scenarios(@PathVariable String organization, @RequestParam(defaultValue = "0") int page,
                                      @RequestParam(defaultValue = "" + PageOf.DEFAULT_SIZE) int size) {
        PageOf.check(page, size);
        return PageOf.of(service.scenariosOf(organization, actor.get()).stream().map(ScenarioSummary::of).toList(), page, size);
    }

    @GetMapping("/{name}")
    @Operation(summary = "Export a scenario: the document as stored (the imported document, compact), which imports again as it is (its secretariat and observers)")
    @ApiResponse(responseCode = "200", description = "The scenario document (docs/scenario-format.md); its ETag is the SHA-256 of the document as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    ResponseEntity<JsonNode> scenario(@PathVariable String organization, @PathVariable String name,
                                      @Parameter(description = "A version to read (1 the first import); default the newest")
                                      @RequestParam(required = false) Integer version) {
        StoredScenario stored = service.scenario(organization, name, version, actor.get());
        return ResponseEntity.ok().eTag(stored.digest()).body(json.readTree(stored.document()));
    }
}
