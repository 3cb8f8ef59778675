package no.varcat.web.list;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.server.ResponseStatusException;

import no.varcat.catalog.variable.VariableDetails;
import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/**
 * "Min variabelliste": plain forms that POST and redirect back (works without JavaScript), the list
 * page, and its downloads as CSV and Excel.
 */
@Controller
class VariableListController {

    static final String VIEW = "list";
    static final String FILE_PREFIX = "varcat-variabelliste-";
    /** The download is named after the day in Norway, where the application is filed. */
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final VariableRepository variables;
    private final MessageSource messages;

    VariableListController(VariableRepository variables, MessageSource messages) {
        this.variables = variables;
        this.messages = messages;
    }

    /** The page shows summaries only: one query for the whole list. */
    @GetMapping("/list")
    String show(HttpServletRequest request, Model model) {
        VariableList list = VariableList.existing(request).orElseGet(VariableList::new);
        int listed = list.size();
        List<VariableSummary> entries = variables.findByIris(list.iris());
        list.retainAll(entries.stream().map(VariableSummary::iri).toList());
        model.addAttribute("entries", entries);
        model.addAttribute("pruned", listed - entries.size());
        return VIEW;
    }

    /** One variable, or several at once (the coverage matrix adds a register's matching variables in one step). */
    @PostMapping("/list/add")
    RedirectView add(@RequestParam("iri") List<String> iris, @RequestParam(name = "returnTo", required = false) String returnTo,
            HttpSession session, Locale locale, RedirectAttributes redirect) {
        List<String> distinct = iris.stream().distinct().limit(VariableList.MAX_SIZE).toList();
        VariableList list = VariableList.of(session);
        redirect.addFlashAttribute("listMessage", distinct.size() == 1 ? add(list, distinct.get(0), locale) : addAll(list, distinct, locale));
        return back(returnTo);
    }

    /** Adds those of the variables the catalog has (one query), in the order given, and counts what happened. */
    private String addAll(VariableList list, List<String> iris, Locale locale) {
        List<VariableSummary> found = variables.findByIris(iris);
        if (found.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "None of the variables is in the catalog");
        }
        int added = 0;
        int already = 0;
        for (VariableSummary variable : found) {
            switch (list.add(variable.iri())) {
                case ADDED -> added++;
                case ALREADY_THERE -> already++;
                case FULL -> {
                    return messages.getMessage("list.full", new Object[] {variable.label().in(locale.getLanguage()), VariableList.MAX_SIZE}, locale);
                }
            }
        }
        return messages.getMessage("list.addedSeveral", new Object[] {added, already}, locale);
    }

    @PostMapping("/list/remove")
    RedirectView remove(@RequestParam("iri") String iri, @RequestParam(name = "returnTo", required = false) String returnTo,
            HttpSession session, Locale locale, RedirectAttributes redirect) {
        if (VariableList.of(session).remove(iri)) {
            redirect.addFlashAttribute("listMessage", removed(iri, locale));
        }
        return back(returnTo);
    }

    /** "Legg til i listen" from list.js: the same change, answered with what the page should now show. */
    @PostMapping(path = "/list/add", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ListChange addFromScript(@RequestParam("iri") String iri, HttpSession session, HttpServletRequest request, Locale locale) {
        VariableList list = VariableList.of(session);
        return change(list, iri, add(list, iri, locale), request, locale);
    }

    /** Adds the variable and says how that went. */
    private String add(VariableList list, String iri, Locale locale) {
        VariableDetails variable = variables.find(iri)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No variable " + iri));
        String key = switch (list.add(iri)) {
            case ADDED -> "list.added";
            case ALREADY_THERE -> "list.already";
            case FULL -> "list.full";
        };
        return messages.getMessage(key, new Object[] {variable.summary().label().in(locale.getLanguage()), VariableList.MAX_SIZE}, locale);
    }

    /** "Fjern fra listen" from list.js. */
    @PostMapping(path = "/list/remove", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ListChange removeFromScript(@RequestParam("iri") String iri, HttpSession session, HttpServletRequest request, Locale locale) {
        VariableList list = VariableList.of(session);
        list.remove(iri);
        return change(list, iri, removed(iri, locale), request, locale);
    }

    /** "«label» er fjernet fra listen", with the IRI for a variable the catalog no longer has. */
    private String removed(String iri, Locale locale) {
        String label = variables.find(iri).map(v -> v.summary().label().in(locale.getLanguage())).orElse(iri);
        return messages.getMessage("list.removed", new Object[] {label}, locale);
    }

    private ListChange change(VariableList list, String iri, String message, HttpServletRequest request, Locale locale) {
        boolean inList = list.iris().contains(iri);
        return new ListChange(inList, list.size(), message,
                messages.getMessage(inList ? "list.remove" : "list.add", null, locale),
                messages.getMessage("nav.list.count", new Object[] {list.size()}, locale),
                request.getContextPath() + (inList ? "/list/remove" : "/list/add"));
    }

    /**
     * What a list button changed, for list.js to show without a page load.
     *
     * @param button the button's new text; {@code action} the form's new action
     */
    record ListChange(boolean inList, int count, String message, String button, String nav, String action) {
    }

    @PostMapping("/list/clear")
    RedirectView clear(@RequestParam(name = "returnTo", required = false) String returnTo, HttpSession session,
            Locale locale, RedirectAttributes redirect) {
        VariableList.of(session).clear();
        redirect.addFlashAttribute("listMessage", messages.getMessage("list.cleared", null, locale));
        return back(returnTo);
    }

    @GetMapping("/list.csv")
    ResponseEntity<byte[]> csv(HttpServletRequest request, Locale locale) {
        return download(CsvExport.write(table(request, locale)), "csv", CsvExport.MEDIA_TYPE);
    }

    @GetMapping("/list.xlsx")
    ResponseEntity<byte[]> xlsx(HttpServletRequest request, Locale locale) {
        return download(XlsxExport.write(table(request, locale)), "xlsx", XlsxExport.MEDIA_TYPE);
    }

    static String filename(LocalDate day, String extension) {
        return FILE_PREFIX + day + "." + extension;
    }

    private ListTable table(HttpServletRequest request, Locale locale) {
        VariableList list = VariableList.existing(request).orElseGet(VariableList::new);
        return ListTable.of(resolve(list), messages, locale);
    }

    /**
     * The listed variables as the catalog has them now, in the list's order, in a fixed number of
     * queries however long the list; drops those no longer in it.
     */
    private List<VariableDetails> resolve(VariableList list) {
        List<VariableDetails> found = variables.findDetailsByIris(list.iris());
        list.retainAll(found.stream().map(v -> v.summary().iri()).toList());
        return found;
    }

    private static ResponseEntity<byte[]> download(byte[] body, String extension, String mediaType) {
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(filename(LocalDate.now(OSLO), extension)).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .body(body);
    }

    /** 303 to the page the form was on, if that is a path on this site, else to the list. */
    private static RedirectView back(String returnTo) {
        RedirectView view = new RedirectView(ReturnPath.orElse(returnTo, "/list"), true);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }
}
