package no.varcat.web.list;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import no.varcat.catalog.resource.ResourceKind;
import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;
import no.varcat.web.resource.ResourceUrls;
import no.varcat.web.system.VarcatProperties;

/** What the list's page and downloads are made of, for the browser's own list and a list opened by its link alike. */
@Component
class ListViews {

    static final String FILE_PREFIX = "varcat-variabelliste-";
    /** The download is named after the day in Norway, where the application is filed. */
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final VariableRepository variables;
    private final Concepts concepts;
    private final ResourceUrls urls;
    private final MessageSource messages;
    private final EntryRules rules;
    private final String base;

    ListViews(VariableRepository variables, Concepts concepts, ResourceUrls urls, MessageSource messages, EntryRules rules,
            VarcatProperties properties) {
        this.variables = variables;
        this.concepts = concepts;
        this.urls = urls;
        this.messages = messages;
        this.rules = rules;
        this.base = properties.baseUri().toString();
    }

    ListPage page(List<ListEntry> entries, Map<String, ListPage.Typed> typed) {
        return ListPage.of(entries, variables, concepts, typed);
    }

    /** The link that opens the list in any browser. */
    String link(ListId id) {
        return base + "list/" + id.value();
    }

    /** What the page template needs besides the rows. */
    void fill(Model model, ListPage page, List<ListFault> faults, Locale locale) {
        model.addAttribute("page", page);
        model.addAttribute("minYear", EntryRules.MIN_YEAR);
        model.addAttribute("maxYear", rules.maxYear());
        model.addAttribute("maxReason", EntryRules.MAX_REASON);
        List<Fault> said = new ArrayList<>();
        for (ListFault fault : faults) {
            said.add(new Fault(fault.field(), fault.where(), messages.getMessage(fault.key(), fault.args(), locale)));
        }
        model.addAttribute("faults", said);
        Map<String, String> byField = new HashMap<>();
        said.forEach(f -> byField.merge(f.field(), f.message(), (a, b) -> a + " " + b));
        model.addAttribute("faultOf", byField);
    }

    /** A fault as the page shows it: the field's id (to link to), its name for people, and the message. */
    public record Fault(String field, String where, String message) {
    }

    ListTable table(ListPage page, Locale locale) {
        List<String> iris = new ArrayList<>();
        for (ListPage.Row row : page.rows()) {
            if (row.variable() != null) {
                iris.add(row.iri());
            } else {
                row.concept().variables().forEach(v -> iris.add(v.iri()));
            }
        }
        Map<String, VariableDetails> details = new HashMap<>();
        variables.findDetailsByIris(iris).forEach(d -> details.put(d.summary().iri(), d));
        return ListTable.of(page, details, iri -> urls.url(ResourceKind.VARIABLE, iri), messages, locale);
    }

    byte[] json(ListId id, ListPage page, Locale locale) {
        String lang = locale.getLanguage();
        List<ListJson.Exported> exported = new ArrayList<>();
        for (ListPage.Row row : page.rows()) {
            VariableSummary v = row.variable();
            exported.add(new ListJson.Exported(row.entry(), row.label().in(lang), v == null ? null : v.registerTitle().in(lang),
                    v == null ? null : urls.url(ResourceKind.VARIABLE, v.iri())));
        }
        return ListJson.write(id == null ? null : link(id), exported);
    }

    static ResponseEntity<byte[]> download(byte[] body, String extension, String mediaType) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(filename(LocalDate.now(OSLO), extension)).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    static String filename(LocalDate day, String extension) {
        return FILE_PREFIX + day + "." + extension;
    }
}
