package no.varcat.sample.generator;

import java.util.List;

/**
 * Names of Norwegian health registers, national ones and medical quality registers, with the
 * kind of register each is and who could publish it. A catalog with more registers than names gets
 * regional variants, then numbered ones; see {@link RegisterPlanner}.
 */
final class RegisterNames {

    /** @param startYear the year the register started collecting, as far as known; else a plausible one */
    record RegisterName(String slug, String nameNb, String nameEn, String theme, String publisher, int startYear) {
    }

    static final List<RegisterName> NATIONAL = List.of(
            new RegisterName("mfr", "Medisinsk fødselsregister", "Medical Birth Registry of Norway", "birth", "fhi", 1967),
            new RegisterName("npr", "Norsk pasientregister", "Norwegian Patient Registry", "services", "hdir", 2008),
            new RegisterName("dar", "Dødsårsaksregisteret", "Norwegian Cause of Death Registry", "death", "fhi", 1951),
            new RegisterName("kreftregisteret", "Kreftregisteret", "Cancer Registry of Norway", "cancer", "fhi", 1952),
            new RegisterName("reseptregisteret", "Reseptregisteret", "Norwegian Prescription Database", "medication", "fhi", 2004),
            new RegisterName("msis", "Meldingssystem for smittsomme sykdommer (MSIS)",
                    "Norwegian Surveillance System for Communicable Diseases", "infectious", "fhi", 1975),
            new RegisterName("hkr", "Hjerte- og karregisteret", "Norwegian Cardiovascular Disease Registry", "cardio", "fhi", 2012),
            new RegisterName("kpr", "Kommunalt pasient- og brukerregister (KPR)", "Norwegian Registry for Primary Health Care",
                    "services", "hdir", 2017),
            new RegisterName("sysvak", "Nasjonalt vaksinasjonsregister (SYSVAK)", "Norwegian Immunisation Registry", "infectious", "fhi", 1995),
            new RegisterName("nois", "Norsk overvåkingssystem for antibiotikabruk og helsetjenesteassosierte infeksjoner (NOIS)",
                    "Norwegian Surveillance System for Antibiotic Use and Healthcare-Associated Infections", "infectious", "fhi", 2005),
            new RegisterName("abortregisteret", "Abortregisteret", "Norwegian Abortion Registry", "birth", "fhi", 1979),
            new RegisterName("iplos", "IPLOS-registeret", "IPLOS Registry of Municipal Care Services", "services", "hdir", 2006));

    static final List<RegisterName> QUALITY = List.of(
            new RegisterName("hjerneslag", "Norsk hjerneslagregister", "Norwegian Stroke Register", "neuro", "st-olavs", 2012),
            new RegisterName("hjerteinfarkt", "Norsk hjerteinfarktregister", "Norwegian Myocardial Infarction Register", "cardio", "st-olavs", 2013),
            new RegisterName("diabetes-voksne", "Norsk diabetesregister for voksne", "Norwegian Diabetes Register for Adults", "diabetes",
                    "helse-bergen", 2006),
            new RegisterName("leddproteser", "Nasjonalt register for leddproteser", "Norwegian Arthroplasty Register", "musculo",
                    "helse-bergen", 1987),
            new RegisterName("brystkreft", "Nasjonalt kvalitetsregister for brystkreft", "Norwegian Breast Cancer Registry", "cancer", "fhi", 2012),
            new RegisterName("noric", "Norsk register for invasiv kardiologi (NORIC)", "Norwegian Registry for Invasive Cardiology", "cardio",
                    "helse-bergen", 2006),
            new RegisterName("nyreregister", "Norsk nyreregister", "Norwegian Renal Registry", "kidney", "ous", 1980),
            new RegisterName("traume", "Nasjonalt traumeregister", "Norwegian Trauma Registry", "injuries", "ous", 2015),
            new RegisterName("norgast", "Norsk register for gastrokirurgi (NoRGast)", "Norwegian Registry for Gastrointestinal Surgery",
                    "surgery", "unn", 2014),
            new RegisterName("ms", "Norsk MS-register og biobank", "Norwegian Multiple Sclerosis Registry and Biobank", "neuro",
                    "helse-bergen", 2001),
            new RegisterName("barnediabetes", "Barnediabetesregisteret", "Norwegian Childhood Diabetes Registry", "diabetes", "ous", 2006),
            new RegisterName("tarmkreft", "Nasjonalt kvalitetsregister for tykk- og endetarmskreft", "Norwegian Colorectal Cancer Registry",
                    "cancer", "fhi", 2007),
            new RegisterName("hoftebrudd", "Nasjonalt hoftebruddregister", "Norwegian Hip Fracture Register", "musculo", "helse-bergen", 2005),
            new RegisterName("hjertesvikt", "Norsk hjertesviktregister", "Norwegian Heart Failure Registry", "cardio", "st-olavs", 2000),
            new RegisterName("kols", "Norsk KOLS-register", "Norwegian COPD Registry", "respiratory", "helse-bergen", 2017),
            new RegisterName("spiseforstyrrelser", "Norsk kvalitetsregister for behandling av spiseforstyrrelser (NorSpis)",
                    "Norwegian Quality Register for Treatment of Eating Disorders", "mental", "unn", 2012),
            new RegisterName("prostatakreft", "Nasjonalt kvalitetsregister for prostatakreft", "Norwegian Prostate Cancer Registry",
                    "cancer", "fhi", 2004),
            new RegisterName("korsband", "Nasjonalt korsbåndregister", "Norwegian Knee Ligament Register", "musculo", "helse-bergen", 2004),
            new RegisterName("intensiv", "Norsk intensiv- og pandemiregister", "Norwegian Intensive Care and Pandemic Registry", "services",
                    "helse-bergen", 1999),
            new RegisterName("parkinson", "Norsk Parkinsonregister og biobank", "Norwegian Parkinson Registry and Biobank", "neuro", "ous", 2016),
            new RegisterName("hjertekirurgi", "Norsk hjertekirurgiregister", "Norwegian Cardiac Surgery Registry", "cardio", "helse-bergen", 1992),
            new RegisterName("kvarus", "Nasjonalt kvalitetsregister for behandling av skadelig rusmiddelbruk (KvaRus)",
                    "Norwegian Quality Register for Treatment of Harmful Substance Use", "mental", "innlandet", 2016),
            new RegisterName("lungekreft", "Nasjonalt kvalitetsregister for lungekreft", "Norwegian Lung Cancer Registry", "cancer", "fhi", 2014),
            new RegisterName("ryggkirurgi", "Nasjonalt kvalitetsregister for ryggkirurgi (NKR)", "Norwegian Registry for Spine Surgery",
                    "musculo", "unn", 2006),
            new RegisterName("nyfodt", "Norsk nyfødtmedisinsk kvalitetsregister", "Norwegian Neonatal Network", "birth", "ous", 2012),
            new RegisterName("norkar", "Norsk karkirurgisk register (NORKAR)", "Norwegian Registry for Vascular Surgery", "surgery",
                    "st-olavs", 1996),
            new RegisterName("als", "Norsk ALS-register", "Norwegian ALS Registry", "neuro", "ous", 2015),
            new RegisterName("fedmekirurgi", "Norsk kvalitetsregister for fedmekirurgi (SOReg-N)", "Scandinavian Obesity Surgery Registry Norway",
                    "surgery", "helse-bergen", 2014),
            new RegisterName("cystisk-fibrose", "Norsk register for cystisk fibrose", "Norwegian Cystic Fibrosis Registry", "respiratory",
                    "ous", 2006),
            new RegisterName("hjertestans", "Norsk hjertestansregister", "Norwegian Cardiac Arrest Registry", "cardio", "ous", 2013),
            new RegisterName("personlighet", "Norsk register for personlighetspsykiatri", "Norwegian Register for Personality Psychiatry",
                    "mental", "ous", 2009),
            new RegisterName("barnekreft", "Nasjonalt kvalitetsregister for barnekreft", "Norwegian Childhood Cancer Registry", "cancer",
                    "fhi", 2016),
            new RegisterName("cerebral-parese", "Norsk kvalitets- og oppfølgingsregister for cerebral parese", "Cerebral Palsy Registry of Norway",
                    "neuro", "vestfold", 2006),
            new RegisterName("analinkontinens", "Norsk register for analinkontinens", "Norwegian Anal Incontinence Register", "surgery",
                    "unn", 2011),
            new RegisterName("artritt", "Norsk kvalitetsregister for artrittsykdommer (NorArtritt)", "Norwegian Arthritis Registry",
                    "musculo", "vestre-viken", 2019),
            new RegisterName("hiv", "Norsk kvalitetsregister for hiv (NOHIV)", "Norwegian HIV Quality Registry", "infectious", "ous", 2017),
            new RegisterName("gynekologisk-kreft", "Nasjonalt kvalitetsregister for gynekologisk kreft", "Norwegian Gynaecological Cancer Registry",
                    "cancer", "fhi", 2015),
            new RegisterName("hjerterehab", "Norsk kvalitetsregister for hjerterehabilitering", "Norwegian Registry for Cardiac Rehabilitation",
                    "cardio", "more-romsdal", 2019),
            new RegisterName("norkog", "Norsk register for personer som utredes for kognitive symptomer (NorKog)",
                    "Norwegian Registry of Persons Assessed for Cognitive Symptoms", "neuro", "vestfold", 2009),
            new RegisterName("smertebehandling", "Norsk kvalitetsregister for smertebehandling", "Norwegian Quality Registry for Pain Treatment",
                    "musculo", "unn", 2015),
            new RegisterName("ryggmargsskade", "Norsk ryggmargsskaderegister (NorSCIR)", "Norwegian Spinal Cord Injury Registry", "injuries",
                    "st-olavs", 2011),
            new RegisterName("nevromuskulaere", "Nasjonalt register for arvelige og medfødte nevromuskulære sykdommer",
                    "Norwegian Registry of Hereditary and Congenital Neuromuscular Disorders", "neuro", "unn", 2008),
            new RegisterName("gynendoskopi", "Norsk gynekologisk endoskopiregister", "Norwegian Gynaecological Endoscopy Registry", "surgery",
                    "helse-bergen", 2013),
            new RegisterName("melanom", "Nasjonalt kvalitetsregister for føflekkreft", "Norwegian Melanoma Registry", "cancer", "fhi", 2016),
            new RegisterName("leppe-kjeve-gane", "Norsk kvalitetsregister for leppe-kjeve-ganespalte", "Norwegian Cleft Lip and Palate Registry",
                    "surgery", "helse-bergen", 2001),
            new RegisterName("vaskulitt", "Norsk vaskulittregister og biobank (NorVas)", "Norwegian Vasculitis Registry and Biobank",
                    "musculo", "unn", 2016),
            new RegisterName("tonsille", "Norsk kvalitetsregister for øre-nese-hals: tonsilleregisteret", "Norwegian Tonsil Surgery Register",
                    "surgery", "helse-bergen", 2017));

    /** The health regions regional variants are named after: slug suffix, nb and en name. */
    static final List<String[]> REGIONS = List.of(
            new String[] {"nord", "Helse Nord", "Northern Norway"},
            new String[] {"midt", "Helse Midt-Norge", "Central Norway"},
            new String[] {"vest", "Helse Vest", "Western Norway"},
            new String[] {"sor-ost", "Helse Sør-Øst", "South-Eastern Norway"});

    private RegisterNames() {
    }
}
