package no.varcat.web.selfcheck;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a self-check found, as the API answers it and the page shows it: nothing of it is stored.
 *
 * @param checked    the address or the file's name
 * @param format     the format it was read as
 * @param wouldLand  whether a harvest of the same content would write anything
 * @param httpStatus the status the fetch ended on; null for an upload
 * @param triples    how many triples would land
 * @param variables  how many variables would land, over all registers
 * @param issues     what a harvest's report would say: parse problems with their line and column, left-out
 *                   registers, warnings of the profile
 * @param registers  the registers that would land, each with its quality score
 * @param leftOut    the registers that would be left out, and why
 * @param official   what the official shape sets registered on this catalog say about the source as read
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SelfCheckReport")
public record SelfCheckReport(String checked, String format, boolean wouldLand, Integer httpStatus, long triples, long variables,
        List<Issue> issues, List<Register> registers, List<LeftOut> leftOut, Official official) {

    /**
     * The official shape sets' verdicts, one per set registered on this catalog (docs/admin.md).
     *
     * @param status {@code checked}; or why {@code sets} is empty: {@code none-registered}, {@code nothing-read},
     *               {@code too-large} (past the triples a self-check checks against them)
     * @param sets   each registered set's results; empty unless {@code checked}
     * @param note   why {@code sets} is empty, in words; null when checked
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckOfficial")
    public record Official(String status, List<OfficialSet> sets, String note) {
    }

    /**
     * What one official shape set says about the source.
     *
     * @param conforms   SHACL's verdict: no result at all, not even a warning
     * @param violations results of severity sh:Violation: what the official validator calls an error
     * @param results    the results, violations first, at most 100
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckOfficialSet")
    public record OfficialSet(String name, String label, boolean conforms, long violations, long warnings, long infos,
            List<OfficialResult> results) {
    }

    /**
     * One SHACL result.
     *
     * @param severity  violation, warning or info
     * @param focusNode the node it is about (an IRI, or a blank node's label)
     * @param path      the property; null for a result about the node as a whole
     * @param value     the offending value in N-Triples syntax; null when a value is missing
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckOfficialResult")
    public record OfficialResult(String severity, String focusNode, String path, String message, String value) {
    }

    /** One issue; line and column are null when the format has no position for it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckIssue")
    public record Issue(String severity, String message, Long line, Long column, String about) {
    }

    /**
     * A register that would land, as its page would show it.
     *
     * @param variableCount how many variables it would have from this source
     * @param variables     the first few of them, as a preview
     * @param warnings      what the profile check said about this register
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckRegister")
    public record Register(String iri, String title, String description, long variableCount, List<Variable> variables,
            Quality quality, List<String> warnings) {
    }

    /** A variable as its register's page lists it. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckVariable")
    public record Variable(String iri, String name, String label, String definition) {
    }

    /** A register that would be left out, with its variables. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckLeftOut")
    public record LeftOut(String iri, String title, String reason, long variables) {
    }

    /**
     * The quality score the register would get from this source, as the register page shows it.
     *
     * @param toGain what it lacks, the most points first
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckQuality")
    public record Quality(int points, int maximum, int percent, int mqaPoints, int mqaMaximum, List<Dimension> dimensions,
            List<Gain> toGain) {
    }

    /** Points in one dimension (findability, ..., variables). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckDimension")
    public record Dimension(String dimension, int points) {
    }

    /**
     * One metric that would gain points.
     *
     * @param lacking for a variable metric, how many variables lack it; else 0
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "SelfCheckGain")
    public record Gain(String metric, String dimension, int gain, long lacking) {
    }
}
