package no.varcat.sample.generator;

/** The sentences registers describe themselves with, in nb and en. */
final class RegisterTexts {

    private RegisterTexts() {
    }

    static String descriptionNb(Register register) {
        String kind = register.national() ? "et lovbestemt nasjonalt helseregister" : "et nasjonalt medisinsk kvalitetsregister";
        return register.nameNb() + " er " + kind + ". Det omfatter: " + lowerFirst(register.theme().populationNb())
                + " Registeret har data fra " + register.startYear() + ", og " + register.publisher().nameNb()
                + " er dataansvarlig. Syntetiske eksempeldata.";
    }

    static String descriptionEn(Register register) {
        String kind = register.national() ? "a statutory national health registry" : "a national medical quality registry";
        return register.nameEn() + " is " + kind + ". It covers: " + lowerFirst(register.theme().populationEn())
                + " The registry has data from " + register.startYear() + ", and " + register.publisher().nameEn()
                + " is the data controller. Synthetic sample data.";
    }

    static String legalBasisNb(Register register) {
        return register.national() ? "Helseregisterloven § 11" : "Forskrift om medisinske kvalitetsregistre";
    }

    static String legalBasisEn(Register register) {
        return register.national() ? "Health Registries Act, section 11" : "Regulation on Medical Quality Registries";
    }

    static String legalBasisSource(Register register) {
        return register.national() ? "https://lovdata.no/dokument/NL/lov/2014-06-20-43" : "https://lovdata.no/dokument/SF/forskrift/2019-06-21-789";
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
