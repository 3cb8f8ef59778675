package no.varcat.sample.generator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A publisher or reporting unit, identified as the profile wants by its entry in the Central
 * Coordinating Register for Legal Entities. These are real Norwegian health bodies (their numbers
 * pass that register's modulus-11 check), so that publishers and reporting units look like what
 * registers publish; every figure the generator attaches to them is synthetic.
 *
 * @param slug first path segment of the IRIs of the registers it publishes
 */
record Organisation(String slug, String number, String nameNb, String nameEn, Kind kind) {

    enum Kind { AGENCY, REGIONAL_AUTHORITY, HEALTH_TRUST }

    static final String BRREG = "https://data.brreg.no/enhetsregisteret/api/enheter/";

    static final Organisation FHI = new Organisation("fhi", "983744516", "Folkehelseinstituttet",
            "Norwegian Institute of Public Health", Kind.AGENCY);
    static final Organisation HDIR = new Organisation("hdir", "983544622", "Helsedirektoratet",
            "Norwegian Directorate of Health", Kind.AGENCY);

    private static final List<Organisation> ALL = List.of(FHI, HDIR,
            new Organisation("helse-sor-ost", "991324968", "Helse Sør-Øst RHF", "South-Eastern Norway Regional Health Authority", Kind.REGIONAL_AUTHORITY),
            new Organisation("helse-vest", "983658725", "Helse Vest RHF", "Western Norway Regional Health Authority", Kind.REGIONAL_AUTHORITY),
            new Organisation("helse-midt", "983658776", "Helse Midt-Norge RHF", "Central Norway Regional Health Authority", Kind.REGIONAL_AUTHORITY),
            new Organisation("helse-nord", "883658752", "Helse Nord RHF", "Northern Norway Regional Health Authority", Kind.REGIONAL_AUTHORITY),
            new Organisation("ous", "993467049", "Oslo universitetssykehus HF", "Oslo University Hospital", Kind.HEALTH_TRUST),
            new Organisation("ahus", "983971636", "Akershus universitetssykehus HF", "Akershus University Hospital", Kind.HEALTH_TRUST),
            new Organisation("innlandet", "983971709", "Sykehuset Innlandet HF", "Innlandet Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("vestre-viken", "894166762", "Vestre Viken HF", "Vestre Viken Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("vestfold", "983975240", "Sykehuset i Vestfold HF", "Vestfold Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("telemark", "983975259", "Sykehuset Telemark HF", "Telemark Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("sorlandet", "983975267", "Sørlandet sykehus HF", "Sørlandet Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("helse-bergen", "983974910", "Helse Bergen HF", "Bergen Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("helse-fonna", "983974880", "Helse Fonna HF", "Fonna Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("helse-forde", "983974929", "Helse Førde HF", "Førde Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("more-romsdal", "997005562", "Helse Møre og Romsdal HF", "Møre og Romsdal Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("st-olavs", "883974832", "St. Olavs hospital HF", "St. Olav's University Hospital", Kind.HEALTH_TRUST),
            new Organisation("unn", "983974899", "Universitetssykehuset Nord-Norge HF", "University Hospital of North Norway", Kind.HEALTH_TRUST),
            new Organisation("nordland", "983974791", "Nordlandssykehuset HF", "Nordland Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("helgeland", "983974767", "Helgelandssykehuset HF", "Helgeland Hospital Trust", Kind.HEALTH_TRUST),
            new Organisation("finnmark", "983974775", "Finnmarkssykehuset HF", "Finnmark Hospital Trust", Kind.HEALTH_TRUST));

    private static final Map<String, Organisation> BY_SLUG =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Organisation::slug, Function.identity()));

    /** The health trusts, in a fixed order: the reporting units of coverage and indicator data. */
    static final List<Organisation> HEALTH_TRUSTS = ALL.stream().filter(o -> o.kind() == Kind.HEALTH_TRUST).toList();

    static final List<Organisation> REGIONAL_AUTHORITIES =
            ALL.stream().filter(o -> o.kind() == Kind.REGIONAL_AUTHORITY).toList();

    static Organisation get(String slug) {
        Organisation organisation = BY_SLUG.get(slug);
        if (organisation == null) {
            throw new IllegalArgumentException("No organisation " + slug);
        }
        return organisation;
    }

    String iri() {
        return BRREG + number;
    }
}
