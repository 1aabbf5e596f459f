package org.entente.dataset.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.entente.access.CurrentActor;
import org.entente.command.Refusal.FieldError;
import org.entente.dataset.DatasetDocument;
import org.entente.dataset.Datasets;
import org.entente.dataset.ImportOutcome;
import org.entente.dataset.Precondition;
import org.entente.provenance.ChangeCount;
import org.entente.register.OrganizationCode;
import org.entente.web.ExerciseMarking;
import org.entente.web.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.RestController;

/** Import and export of dataset documents (see docs/dataset-format.md). */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Datasets", description = "Import and export whole organizations in the documented dataset format")
class DatasetApi {

    private final Datasets datasets;
    private final CurrentActor actor;
    private final Clock clock;

    DatasetApi(Datasets datasets, CurrentActor actor, Clock clock) {
        this.datasets = datasets;
        this.actor = actor;
        this.clock = clock;
    }

    @PostMapping(path = "/datasets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "A dataset document (docs/dataset-format.md), at most 5 MB", required = true,
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = DatasetDocument.class)))
    @Operation(summary = "Import one organization's dataset document, atomically",
            description = "Importing the same document twice changes nothing; a document with any error imports nothing.")
    @ApiResponse(responseCode = "201", description = "Imported; the register changed as counted")
    @ApiResponse(responseCode = "200", description = "The register already held exactly this document; nothing changed")
    @ApiResponse(responseCode = "401", description = "No valid personal access token")
    @ApiResponse(responseCode = "403", description = "Not secretariat of the organization the document holds; nothing imported")
    @ApiResponse(responseCode = "412", description = "The record changed since the version in If-Match: the current version as ETag, the current record in `current`; nothing imported")
    @ApiResponse(responseCode = "428", description = "The organization is registered and If-Match is missing; nothing imported")
    @ApiResponse(responseCode = "422", description = "Invalid document: every error, each with its JSON path as `field`; nothing imported",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ImportSummary> importDocument(InputStream body,
                                                 @Parameter(description = "The version (ETag of the export) the change was made from; required once the organization is registered, absent before")
                                                 @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) throws IOException {
        // Read one byte past the limit, never the whole of an oversized body: the import names the excess.
        byte[] document = body.readNBytes(Datasets.MAX_DOCUMENT_BYTES + 1);
        Precondition expected = precondition(ifMatch);
        return switch (datasets.importDocument(document, actor.get(), expected)) {
            case ImportOutcome.Imported imported -> (imported.changes().changedAnything()
                    ? ResponseEntity.created(URI.create("/api/v1/organizations/" + imported.organization()))
                    : ResponseEntity.ok())
                    .eTag(imported.version())
                    .body(new ImportSummary(imported.organization(), imported.changes()));
            case ImportOutcome.Stale stale -> throw stale(stale, ifMatch != null);
            case ImportOutcome.Refused refused -> throw Problems.of(HttpStatus.FORBIDDEN, "Forbidden",
                    "only the secretariat of " + refused.organization() + " may import its dataset",
                    List.of(new FieldError("$.organization.code", "you are not secretariat of " + refused.organization())));
            case ImportOutcome.Rejected rejected -> throw Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "Invalid dataset document",
                    rejected.errors().size() + " error(s); nothing was imported",
                    rejected.errors().stream().map(error -> new FieldError(error.path(), error.message())).toList());
        };
    }

    @GetMapping("/organizations/{organization}/dataset")
    @ExerciseMarking.HeaderOnly // the document is the dataset format's, imported again as it is
    @Operation(summary = "Export the organization as a dataset document that re-imports to the same register; its ETag is the record's version")
    ResponseEntity<DatasetDocument> export(@PathVariable("organization") String code,
                                           @Parameter(description = "Export the register as it stood at this instant; default now") @RequestParam(required = false) Instant recordedAt) {
        OrganizationCode.whyNot(code).ifPresent(why -> {
            throw Problems.badRequest("organization", why);
        });
        Datasets.Export export = datasets.export(code, recordedAt == null ? clock.instant() : recordedAt)
                .orElseThrow(() -> Problems.notFound("organization", "no organization '" + code + "' in the register"));
        return ResponseEntity.ok().eTag(export.version()).body(export.document());
    }

    /**
     * 428 when the organization is registered and the import named no version; 412 when it named one
     * the record no longer has (or the organization is not registered), with the current version as
     * ETag and the current record, so the importer can merge and try again.
     */
    private ErrorResponseException stale(ImportOutcome.Stale stale, boolean versionGiven) {
        if (!versionGiven) {
            return Problems.of(HttpStatus.PRECONDITION_REQUIRED, "Version required",
                    stale.organization() + " is registered: send If-Match with the ETag of GET /api/v1/organizations/" + stale.organization() + "/dataset",
                    List.of(new FieldError(HttpHeaders.IF_MATCH, "required once the organization is registered")));
        }
        var problem = Problems.of(HttpStatus.PRECONDITION_FAILED, "Stale version",
                stale.currentVersion() == null
                        ? stale.organization() + " is not registered: import it without If-Match"
                        : stale.organization() + " has changed since that version; nothing was imported",
                List.of(new FieldError(HttpHeaders.IF_MATCH, "not the current version")));
        if (stale.currentVersion() != null) {
            problem.getHeaders().setETag("\"" + stale.currentVersion() + "\"");
            problem.getBody().setProperty("current", stale.current());
        }
        return problem;
    }

    /**
     * What an {@code If-Match} asks for (RFC 9110): none, the organization not registered yet; {@code *},
     * registered at any version; otherwise one of the listed versions, compared strongly, so a weak
     * tag ({@code W/"..."}) matches none.
     */
    static Precondition precondition(String ifMatch) {
        if (ifMatch == null) {
            return Precondition.NOT_YET_REGISTERED;
        }
        if (ifMatch.strip().equals("*")) {
            return Precondition.REGISTERED;
        }
        return new Precondition.Version(java.util.Arrays.stream(ifMatch.split(","))
                .map(String::strip)
                .filter(tag -> tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\""))
                .map(tag -> tag.substring(1, tag.length() - 1))
                .collect(java.util.stream.Collectors.toSet()));
    }

    /** What an import changed in the organization's record. */
    record ImportSummary(String organization, ChangeCount changes) {
    }
}
