package ace.catalogue;

import java.util.UUID;

/** Interchange documents for tests, with refs unique to each run so tests never collide. */
final class Documents {

    private Documents() {
    }

    static String run() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String document(String... items) {
        return "{\"format\":\"ace-interchange/1\",\"items\":[" + String.join(",", items) + "]}";
    }

    static String request(String ref, String state, String lang, String title, String description, String visibility) {
        return """
                {"ref":"%s","kind":"REQUEST","party":{"type":"STATE","code":"%s"},
                 "title":{"%s":"%s"},"description":{"%s":"%s"},
                 "fields":["BIOSAFETY_BIOSECURITY","LABORATORY_CAPACITY"],"types":["TRAINING"],
                 "languages":["%s"],"validFrom":"2026-03-01","validUntil":"2026-12-31",
                 "visibility":"%s","status":"OPEN"}""".formatted(ref, state, lang, title, lang, description, lang,
                visibility);
    }

    static String offer(String ref, String acronym, String name, String lang, String title, String visibility) {
        return """
                {"ref":"%s","kind":"OFFER","party":{"type":"ORGANISATION","name":"%s","acronym":"%s"},
                 "title":{"%s":"%s"},"description":{"%s":"%s — details"},
                 "fields":["BIOSAFETY_BIOSECURITY"],"types":["TRAINING","EXPERT_ADVICE"],
                 "eligibility":{"regions":["AFRICA","ASIA_PACIFIC"],"states":[]},
                 "languages":["en","fr"],"validFrom":"2026-01-01","validUntil":"2027-06-30",
                 "visibility":"%s","status":"OPEN"}""".formatted(ref, name, acronym, lang, title, lang, title,
                visibility);
    }
}
