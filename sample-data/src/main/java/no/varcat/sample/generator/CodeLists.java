package no.varcat.sample.generator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The code lists synthetic variables use: the ones every register has (kjønn, ja/nei/ukjent,
 * røyking) and clinical scales. Missing codes vary between registers as they do in real ones
 * (9, 99, -1, X), always with a label that says so. A value written with a trailing "!" is a
 * missing-value code.
 */
final class CodeLists {

    static final CodeList KJONN = CodeList.of("KJONN", "Kjønn", "Sex",
            "1", "Mann", "Male", "2", "Kvinne", "Female", "9!", "Ukjent", "Unknown");
    static final CodeList JA_NEI_UKJENT = CodeList.of("JA_NEI_UKJENT", "Ja/nei/ukjent", "Yes/no/unknown",
            "1", "Ja", "Yes", "0", "Nei", "No", "9!", "Ukjent", "Unknown");
    static final CodeList JA_NEI_VET_IKKE = CodeList.of("JA_NEI_VET_IKKE", "Ja/nei/vet ikke", "Yes/no/don't know",
            "1", "Ja", "Yes", "2", "Nei", "No", "3!", "Vet ikke", "Don't know");
    static final CodeList JA_NEI_IKKE_OPPGITT = CodeList.of("JA_NEI_IKKE_OPPGITT", "Ja/nei", "Yes/no",
            "1", "Ja", "Yes", "2", "Nei", "No", "-1!", "Ikke oppgitt", "Not stated");

    private static final List<CodeList> ALL = List.of(KJONN, JA_NEI_UKJENT, JA_NEI_VET_IKKE, JA_NEI_IKKE_OPPGITT,
            CodeList.of("ROYKING", "Røykestatus", "Smoking status",
                    "1", "Har aldri røykt", "Never smoked", "2", "Tidligere røyker", "Former smoker",
                    "3", "Røyker av og til", "Occasional smoker", "4", "Røyker daglig", "Daily smoker",
                    "9!", "Ukjent eller ikke oppgitt", "Unknown or not stated"),
            CodeList.of("SNUS", "Snusbruk", "Use of snus",
                    "1", "Har aldri brukt snus", "Never used", "2", "Tidligere snusbruker", "Former user",
                    "3", "Bruker snus av og til", "Occasional user", "4", "Bruker snus daglig", "Daily user",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("ALKOHOL", "Alkoholbruk", "Alcohol use",
                    "0", "Aldri", "Never", "1", "Månedlig eller sjeldnere", "Monthly or less",
                    "2", "To til fire ganger i måneden", "Two to four times a month",
                    "3", "To til tre ganger i uken", "Two to three times a week",
                    "4", "Fire ganger i uken eller mer", "Four or more times a week", "9!", "Vet ikke", "Don't know"),
            CodeList.of("SIVILSTATUS", "Sivilstatus", "Marital status",
                    "1", "Ugift", "Never married", "2", "Gift eller registrert partner", "Married or registered partner",
                    "3", "Samboer", "Cohabiting", "4", "Skilt eller separert", "Divorced or separated",
                    "5", "Enke eller enkemann", "Widowed", "99!", "Ikke oppgitt", "Not stated"),
            CodeList.of("UTDANNING", "Utdanningsnivå", "Level of education",
                    "1", "Grunnskole", "Primary and lower secondary school", "2", "Videregående skole", "Upper secondary school",
                    "3", "Universitet eller høgskole, inntil fire år", "University or college, up to four years",
                    "4", "Universitet eller høgskole, mer enn fire år", "University or college, more than four years",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("BOSITUASJON", "Bosituasjon", "Living situation",
                    "1", "Bor alene", "Lives alone", "2", "Bor sammen med andre", "Lives with others",
                    "3", "Bor på institusjon", "Lives in an institution", "9!", "Ukjent", "Unknown"),
            CodeList.of("HELSEREGION", "Helseregion", "Health region",
                    "1", "Helse Sør-Øst", "South-Eastern Norway", "2", "Helse Vest", "Western Norway",
                    "3", "Helse Midt-Norge", "Central Norway", "4", "Helse Nord", "Northern Norway", "9!", "Ukjent", "Unknown"),
            CodeList.of("HASTEGRAD", "Hastegrad", "Urgency",
                    "1", "Elektiv", "Elective", "2", "Øyeblikkelig hjelp", "Emergency", "9!", "Ukjent", "Unknown"),
            CodeList.of("UTSKREVET_TIL", "Utskrevet til", "Discharged to",
                    "1", "Hjem", "Home", "2", "Annet sykehus", "Other hospital", "3", "Sykehjem", "Nursing home",
                    "4", "Rehabiliteringsinstitusjon", "Rehabilitation", "5", "Død under oppholdet", "Died during the stay",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("ASA", "ASA-klasse", "ASA physical status",
                    "1", "ASA I: frisk pasient", "ASA I: healthy patient", "2", "ASA II: lett systemsykdom", "ASA II: mild systemic disease",
                    "3", "ASA III: alvorlig systemsykdom", "ASA III: severe systemic disease",
                    "4", "ASA IV: livstruende systemsykdom", "ASA IV: life-threatening systemic disease",
                    "5", "ASA V: moribund pasient", "ASA V: moribund patient", "9!", "Ikke oppgitt", "Not stated"),
            CodeList.of("ECOG", "Funksjonsstatus (ECOG)", "Performance status (ECOG)",
                    "0", "Fullt aktiv", "Fully active", "1", "Begrenset ved fysisk krevende aktivitet", "Restricted in strenuous activity",
                    "2", "Oppegående, kan ta vare på seg selv", "Ambulatory, capable of self-care",
                    "3", "Sengeliggende mer enn halve dagen", "In bed more than half the day",
                    "4", "Helt pleietrengende", "Completely disabled", "9!", "Ukjent", "Unknown"),
            CodeList.of("EQ5D", "EQ-5D-nivå", "EQ-5D level",
                    "1", "Ingen problemer", "No problems", "2", "Litt problemer", "Slight problems",
                    "3", "Moderate problemer", "Moderate problems", "4", "Store problemer", "Severe problems",
                    "5", "Ute av stand til", "Unable to", "9!", "Ikke oppgitt", "Not stated"),
            CodeList.of("FYSISK_AKTIVITET", "Fysisk aktivitet", "Physical activity",
                    "1", "Inaktiv", "Inactive", "2", "Lett aktivitet under to timer i uken", "Light activity under two hours a week",
                    "3", "Moderat aktivitet", "Moderate activity", "4", "Hard trening flere ganger i uken", "Vigorous training several times a week",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("NYHA", "NYHA-klasse", "NYHA class",
                    "1", "NYHA I", "NYHA I", "2", "NYHA II", "NYHA II", "3", "NYHA III", "NYHA III", "4", "NYHA IV", "NYHA IV",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("MRS", "Modifisert Rankin-skala", "Modified Rankin Scale",
                    "0", "Ingen symptomer", "No symptoms", "1", "Ingen betydelig funksjonsnedsettelse", "No significant disability",
                    "2", "Lett funksjonsnedsettelse", "Slight disability", "3", "Moderat funksjonsnedsettelse", "Moderate disability",
                    "4", "Moderat alvorlig funksjonsnedsettelse", "Moderately severe disability",
                    "5", "Alvorlig funksjonsnedsettelse", "Severe disability", "6", "Død", "Dead", "9!", "Ukjent", "Unknown"),
            CodeList.of("SIDE", "Side", "Laterality",
                    "1", "Høyre", "Right", "2", "Venstre", "Left", "3", "Begge sider", "Both sides", "9!", "Ukjent", "Unknown"),
            CodeList.of("TNM_T", "T-stadium (TNM)", "T stage (TNM)",
                    "0", "T0", "T0", "1", "T1", "T1", "2", "T2", "T2", "3", "T3", "T3", "4", "T4", "T4",
                    "X!", "Ukjent (TX)", "Unknown (TX)"),
            CodeList.of("TNM_N", "N-stadium (TNM)", "N stage (TNM)",
                    "0", "N0", "N0", "1", "N1", "N1", "2", "N2", "N2", "3", "N3", "N3", "X!", "Ukjent (NX)", "Unknown (NX)"),
            CodeList.of("TNM_M", "M-stadium (TNM)", "M stage (TNM)",
                    "0", "M0: ingen fjernmetastaser", "M0: no distant metastasis", "1", "M1: fjernmetastaser", "M1: distant metastasis",
                    "X!", "Ukjent (MX)", "Unknown (MX)"),
            CodeList.of("BEHANDLINGSINTENSJON", "Behandlingsintensjon", "Treatment intent",
                    "1", "Kurativ", "Curative", "2", "Palliativ", "Palliative", "9!", "Ukjent", "Unknown"),
            CodeList.of("RESEKSJON", "Reseksjonsmargin", "Resection margin",
                    "0", "R0: fri margin", "R0: clear margin", "1", "R1: mikroskopisk rest", "R1: microscopic residual",
                    "2", "R2: makroskopisk rest", "R2: macroscopic residual", "9!", "Ukjent", "Unknown"),
            CodeList.of("INFARKTTYPE", "Type hjerteinfarkt", "Type of myocardial infarction",
                    "1", "STEMI", "STEMI", "2", "NSTEMI", "NSTEMI", "9!", "Ukjent", "Unknown"),
            CodeList.of("SLAGTYPE", "Type hjerneslag", "Type of stroke",
                    "1", "Hjerneinfarkt", "Ischaemic stroke", "2", "Hjerneblødning", "Intracerebral haemorrhage",
                    "3", "Uspesifisert hjerneslag", "Unspecified stroke", "9!", "Ukjent", "Unknown"),
            CodeList.of("DIABETESTYPE", "Diabetestype", "Type of diabetes",
                    "1", "Type 1-diabetes", "Type 1 diabetes", "2", "Type 2-diabetes", "Type 2 diabetes",
                    "3", "Annen spesifikk diabetes", "Other specific diabetes", "9!", "Ukjent", "Unknown"),
            CodeList.of("RETINOPATI", "Retinopati", "Retinopathy",
                    "1", "Ingen retinopati", "No retinopathy", "2", "Ikke-proliferativ retinopati", "Non-proliferative retinopathy",
                    "3", "Proliferativ retinopati", "Proliferative retinopathy", "9!", "Ikke oppgitt", "Not stated"),
            CodeList.of("FODSELSMATE", "Fødselsmåte", "Mode of delivery",
                    "1", "Spontan vaginal fødsel", "Spontaneous vaginal delivery", "2", "Vakuum eller tang", "Vacuum or forceps",
                    "3", "Planlagt keisersnitt", "Planned caesarean section", "4", "Akutt keisersnitt", "Emergency caesarean section",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("FLERFODSEL", "Flerfødsel", "Multiple birth",
                    "1", "Enkeltfødsel", "Singleton", "2", "Tvillingfødsel", "Twins", "3", "Trillingfødsel eller flere", "Triplets or more",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("PROTESETYPE", "Protesetype", "Type of prosthesis",
                    "1", "Totalprotese", "Total prosthesis", "2", "Hemiprotese", "Hemiprosthesis", "3", "Revisjonsprotese", "Revision prosthesis",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("FIKSASJON", "Fiksasjon", "Fixation",
                    "1", "Sementert", "Cemented", "2", "Usementert", "Uncemented", "3", "Hybrid", "Hybrid", "9!", "Ukjent", "Unknown"),
            CodeList.of("OPERASJONSMETODE", "Operasjonsmetode", "Surgical approach",
                    "1", "Laparoskopisk", "Laparoscopic", "2", "Åpen kirurgi", "Open surgery", "3", "Konvertert til åpen", "Converted to open",
                    "4", "Robotassistert", "Robot-assisted", "9!", "Ukjent", "Unknown"),
            CodeList.of("CLAVIEN_DINDO", "Komplikasjonsgrad (Clavien-Dindo)", "Complication grade (Clavien-Dindo)",
                    "0", "Ingen komplikasjon", "No complication", "1", "Grad I", "Grade I", "2", "Grad II", "Grade II",
                    "3", "Grad III", "Grade III", "4", "Grad IV", "Grade IV", "5", "Grad V: død", "Grade V: death", "9!", "Ukjent", "Unknown"),
            CodeList.of("OMSORGSNIVA", "Omsorgsnivå", "Level of care",
                    "1", "Døgnopphold", "Inpatient stay", "2", "Dagbehandling", "Day treatment", "3", "Poliklinisk konsultasjon", "Outpatient visit",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("TVANG", "Rettslig status", "Legal status",
                    "1", "Frivillig psykisk helsevern", "Voluntary care", "2", "Tvungen observasjon", "Compulsory observation",
                    "3", "Tvungent psykisk helsevern", "Compulsory care", "9!", "Ikke oppgitt", "Not stated"),
            CodeList.of("DIALYSE", "Dialyseform", "Dialysis modality",
                    "1", "Hemodialyse", "Haemodialysis", "2", "Peritonealdialyse", "Peritoneal dialysis", "3", "Ingen dialyse", "No dialysis",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("SKADEMEKANISME", "Skademekanisme", "Mechanism of injury",
                    "1", "Trafikkulykke", "Traffic accident", "2", "Fall", "Fall", "3", "Vold", "Violence", "4", "Arbeidsulykke", "Work accident",
                    "5", "Annen mekanisme", "Other mechanism", "9!", "Ukjent", "Unknown"),
            CodeList.of("SMITTESTED", "Smittested", "Place of infection",
                    "1", "Smittet i Norge", "Infected in Norway", "2", "Smittet i utlandet", "Infected abroad", "9!", "Ukjent", "Unknown"),
            CodeList.of("INFEKSJONSTYPE", "Infeksjonstype", "Type of infection",
                    "1", "Urinveisinfeksjon", "Urinary tract infection", "2", "Nedre luftveisinfeksjon", "Lower respiratory tract infection",
                    "3", "Postoperativ sårinfeksjon", "Surgical site infection", "4", "Blodbaneinfeksjon", "Bloodstream infection",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("RESEPTTYPE", "Resepttype", "Prescription type",
                    "1", "Blå resept", "Reimbursed prescription", "2", "Hvit resept", "Ordinary prescription", "9!", "Ukjent", "Unknown"),
            CodeList.of("DODSMATE", "Dødsmåte", "Manner of death",
                    "1", "Naturlig død", "Natural death", "2", "Ulykke", "Accident", "3", "Selvmord", "Suicide", "4", "Drap", "Homicide",
                    "5", "Uavklart hensikt", "Undetermined intent", "9!", "Ukjent", "Unknown"),
            CodeList.of("TJENESTEOMRADE", "Tjenesteområde", "Service area",
                    "1", "Somatikk", "Somatic care", "2", "Psykisk helsevern for voksne", "Adult mental health care",
                    "3", "Psykisk helsevern for barn og unge", "Child and adolescent mental health care",
                    "4", "Tverrfaglig spesialisert rusbehandling", "Specialised substance use treatment",
                    "5", "Rehabilitering", "Rehabilitation", "9!", "Ukjent", "Unknown"),
            CodeList.of("DODSSTED", "Dødssted", "Place of death",
                    "1", "Sykehus", "Hospital", "2", "Sykehjem", "Nursing home", "3", "Hjemme", "At home", "4", "Annet sted", "Elsewhere",
                    "9!", "Ukjent", "Unknown"),
            CodeList.of("DYSPNE_MRC", "Dyspné (mMRC)", "Dyspnoea (mMRC)",
                    "0", "Tung pust bare ved hard anstrengelse", "Breathless only with strenuous exercise",
                    "1", "Tung pust i motbakke", "Breathless when hurrying or walking uphill",
                    "2", "Går saktere enn jevnaldrende", "Walks slower than people of the same age",
                    "3", "Må stoppe etter 100 meter", "Stops after 100 metres", "4", "For tungpustet til å gå ut", "Too breathless to leave the house",
                    "9!", "Ukjent", "Unknown"));

    private static final Map<String, CodeList> BY_KEY =
            ALL.stream().collect(Collectors.toUnmodifiableMap(CodeList::key, Function.identity()));

    /** The ja/nei lists a yes/no question can use; registers differ in which. */
    static final List<CodeList> YES_NO = List.of(JA_NEI_UKJENT, JA_NEI_UKJENT, JA_NEI_VET_IKKE, JA_NEI_IKKE_OPPGITT);

    private CodeLists() {
    }

    static CodeList get(String key) {
        CodeList list = BY_KEY.get(key);
        if (list == null) {
            throw new IllegalArgumentException("No code list " + key);
        }
        return list;
    }
}
