package no.varcat.web.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

/** A register with what its page shows, and links to its variables, coverage and indicators. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Register", description = "A register (a dcat:Dataset) with its publisher, contact, legal basis, access and years.")
record RegisterJson(
        @Schema(description = "The register's id in this API", requiredMode = Schema.RequiredMode.REQUIRED, example = "fhi-mfr-4dc71d01")
        String id,
        @Schema(description = "The register's IRI as harvested", requiredMode = Schema.RequiredMode.REQUIRED,
                example = "https://sample.varcat.no/fhi/mfr")
        String iri,
        @Schema(description = "The register's own identifier", example = "MFR") String identifier,
        @Schema(description = "The register's title") Text title,
        @Schema(description = "What the register holds") Text description,
        @Schema(description = "The publisher's (bokmål) name", example = "Folkehelseinstituttet") String publisher,
        @Schema(description = "How many variables it has", requiredMode = Schema.RequiredMode.REQUIRED, example = "74")
        int variableCount,
        @Schema(description = "Who to contact") Contact contact,
        @Schema(description = "EU access-right IRI", example = "http://publications.europa.eu/resource/authority/access-right/NON_PUBLIC")
        String accessRights,
        @ArraySchema(schema = @Schema(implementation = LegalBasisJson.class)) List<LegalBasisJson> legalBases,
        @Schema(description = "First year with data", example = "1967") Integer firstYear,
        @Schema(description = "Last year; left out while it is still collecting", example = "2024") Integer lastYear,
        @Schema(description = "The register's own web page") String landingPage,
        @Schema(description = "How many records it holds", example = "3000000") Long numberOfRecords,
        @Schema(description = "Who it covers") Text populationCoverage,
        @ArraySchema(schema = @Schema(description = "A dcat:theme IRI",
                example = "http://publications.europa.eu/resource/authority/data-theme/HEAL"))
        List<String> themes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) RegisterLinks links) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Contact", description = "The register's contact point.")
    record Contact(@Schema(description = "Name", example = "Medisinsk fødselsregister") String name,
            @Schema(description = "E-mail address", example = "mfr@fhi.no") String email) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "LegalBasis", description = "A legal basis for processing the register's data.")
    record LegalBasisJson(@Schema(description = "What it is called") Text label,
            @Schema(description = "Where the text of it is (Lovdata)") String source) {
    }

    /** The register's own links and those of its parts in this API. */
    @Schema(name = "RegisterLinks", description = "URLs of the register and of its parts in this API.")
    record RegisterLinks(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String self,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String html,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String rdf,
            @Schema(description = "Its variables, paged", requiredMode = Schema.RequiredMode.REQUIRED) String variables,
            @Schema(description = "Its coverage rates", requiredMode = Schema.RequiredMode.REQUIRED) String coverage,
            @Schema(description = "Its quality indicators", requiredMode = Schema.RequiredMode.REQUIRED) String indicators) {
    }
}
