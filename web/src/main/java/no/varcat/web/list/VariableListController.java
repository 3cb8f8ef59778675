package no.varcat.web.list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import no.varcat.catalog.variable.VariableRepository;
import no.varcat.catalog.variable.VariableSummary;

/**
 * "Min variabelliste": plain forms that POST and redirect back (works without JavaScript), the list
 * page with the years and reason of each entry, and its downloads as CSV, Excel and JSON.
 */
@Controller
class VariableListController {

    static final String VIEW = "list";

    private final CurrentList current;
    private final SavedLists lists;
    private final ListViews views;
    private final VariableRepository variables;
    private final Concepts concepts;
    private final EntryRules rules;
    private final MessageSource messages;

    VariableListController(CurrentList current, SavedLists lists, ListViews views, VariableRepository variables, Concepts concepts,
            EntryRules rules, MessageSource messages) {
        this.current = current;
        this.lists = lists;
        this.views = views;
        this.variables = variables;
        this.concepts = concepts;
        this.rules = rules;
        this.messages = messages;
    }

    /** The page reads the variables in one query and each concept's in one bounded query; drops what the catalog lost. */
    @GetMapping("/list")
    String show(HttpServletRequest request, Model model, Locale locale) {
        Optional<CurrentList.Listed> listed = current.read(request);
        ListPage page = views.page(listed.map(CurrentList.Listed::entries).orElse(List.of()), Map.of());
        listed.ifPresent(l -> page.gone().forEach(gone -> lists.remove(l.id(), gone.iri())));
        return render(model, page, listed, List.of(), locale);
    }

    private String render(Model model, ListPage page, Optional<CurrentList.Listed> listed, List<ListFault> faults, Locale locale) {
        views.fill(model, page, faults, locale);
        model.addAttribute("pruned", page.gone().size());
        model.addAttribute("link", listed.map(l -> views.link(l.id())).orElse(null));
        model.addAttribute("own", true);
        return VIEW;
    }

    /**
     * "Legg til i listen", for one variable or concept, or several at once ({@code iri} repeated: the
     * coverage matrix adds a register's matching variables in one step). One that the catalog lacks is
     * 404; of several, those it lacks are passed over (404 if it has none). The list takes them until full.
     */
    @PostMapping("/list/add")
    RedirectView add(@RequestParam("iri") List<String> iri, @RequestParam(name = "returnTo", required = false) String returnTo,
            @RequestParam(name = "from", required = false) String from, @RequestParam(name = "to", required = false) String to,
            HttpServletRequest request, HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        redirect.addFlashAttribute("listMessage", add(iri, rules.wantedYears(from, to), request, response, locale).message());
        return back(returnTo);
    }

    /** "Legg til i listen" from list.js: the same change, answered with what the page should now show (for the first IRI). */
    @PostMapping(path = "/list/add", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ListChange addFromScript(@RequestParam("iri") List<String> iri, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        Added added = add(iri, EntryRules.Years.NONE, request, response, locale);
        return change(Optional.of(added.id()), iri.get(0), added.message(), request, locale);
    }

    /** The list added to, and what to tell the reader. */
    private record Added(ListId id, String message) {
    }

    /** @param years the years wanted for the entries added (not for those already there) */
    private Added add(List<String> iris, EntryRules.Years years, HttpServletRequest request, HttpServletResponse response,
            Locale locale) {
        if (iris.isEmpty() || iris.size() > SavedLists.MAX_ENTRIES) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Between 1 and " + SavedLists.MAX_ENTRIES + " iri");
        }
        List<String> distinct = iris.stream().distinct().toList();
        Map<String, String> labels = new LinkedHashMap<>();
        List<ListEntry> wanted = new ArrayList<>();
        Map<String, VariableSummary> found = new LinkedHashMap<>();
        variables.findByIris(distinct).forEach(v -> found.put(v.iri(), v));
        Map<String, Concepts.Concept> conceptsFound = new LinkedHashMap<>();
        List<String> rest = distinct.stream().filter(i -> !found.containsKey(i)).toList();
        if (!rest.isEmpty()) {
            concepts.find(rest).forEach(c -> conceptsFound.put(c.iri(), c));
        }
        String lang = locale.getLanguage();
        for (String iri : distinct) {
            if (found.containsKey(iri)) {
                wanted.add(ListEntry.of(ListEntry.Kind.VARIABLE, iri).withDetails(years.from(), years.to(), null));
                labels.put(iri, found.get(iri).label().in(lang));
            } else if (conceptsFound.containsKey(iri)) {
                wanted.add(ListEntry.of(ListEntry.Kind.CONCEPT, iri).withDetails(years.from(), years.to(), null));
                labels.put(iri, conceptsFound.get(iri).label().in(lang));
            }
        }
        if (wanted.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No variable or concept " + distinct.get(0));
        }
        ListId id = current.readOrCreate(request, response);
        List<SavedLists.Added> outcome = lists.add(id, wanted, false);
        if (distinct.size() == 1) {
            String key = switch (outcome.get(0)) {
                case ADDED -> "list.added";
                case ALREADY_THERE -> "list.already";
                case FULL -> "list.full";
            };
            return new Added(id, messages.getMessage(key, new Object[] {labels.get(distinct.get(0)), SavedLists.MAX_ENTRIES}, locale));
        }
        int added = (int) outcome.stream().filter(o -> o == SavedLists.Added.ADDED).count();
        int already = (int) outcome.stream().filter(o -> o == SavedLists.Added.ALREADY_THERE).count();
        int full = (int) outcome.stream().filter(o -> o == SavedLists.Added.FULL).count();
        String message = messages.getMessage("list.addedSeveral", new Object[] {added, already}, locale);
        return new Added(id, full == 0 ? message
                : message + " " + messages.getMessage("list.fullSeveral", new Object[] {full, SavedLists.MAX_ENTRIES}, locale));
    }

    @PostMapping("/list/remove")
    RedirectView remove(@RequestParam("iri") String iri, @RequestParam(name = "returnTo", required = false) String returnTo,
            HttpServletRequest request, Locale locale, RedirectAttributes redirect) {
        if (removeFrom(request, iri)) {
            redirect.addFlashAttribute("listMessage", removed(iri, locale));
        }
        return back(returnTo);
    }

    /** "Fjern fra listen" from list.js. */
    @PostMapping(path = "/list/remove", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ListChange removeFromScript(@RequestParam("iri") String iri, HttpServletRequest request, Locale locale) {
        removeFrom(request, iri);
        return change(ListCookie.read(request), iri, removed(iri, locale), request, locale);
    }

    private boolean removeFrom(HttpServletRequest request, String iri) {
        Optional<CurrentList.Listed> listed = current.read(request);
        if (listed.isEmpty() || listed.get().entries().stream().noneMatch(e -> e.iri().equals(iri))) {
            return false;
        }
        lists.remove(listed.get().id(), iri);
        return true;
    }

    /** "«label» er fjernet fra listen", with the IRI for what the catalog no longer has. */
    private String removed(String iri, Locale locale) {
        String lang = locale.getLanguage();
        String label = variables.find(iri).map(v -> v.summary().label().in(lang))
                .or(() -> concepts.find(iri).map(c -> c.label().in(lang))).orElse(iri);
        return messages.getMessage("list.removed", new Object[] {label}, locale);
    }

    /** What the page should show after a change: the list read again, as another tab may have changed it too. */
    private ListChange change(Optional<ListId> id, String iri, String message, HttpServletRequest request, Locale locale) {
        List<ListEntry> entries = id.flatMap(lists::entries).orElse(List.of());
        boolean inList = entries.stream().anyMatch(e -> e.iri().equals(iri));
        int count = entries.size();
        return new ListChange(inList, count, message,
                messages.getMessage(inList ? "list.remove" : "list.add", null, locale),
                messages.getMessage("nav.list.count", new Object[] {count}, locale),
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
    RedirectView clear(@RequestParam(name = "returnTo", required = false) String returnTo, HttpServletRequest request,
            Locale locale, RedirectAttributes redirect) {
        current.read(request).ifPresent(l -> lists.clear(l.id()));
        redirect.addFlashAttribute("listMessage", messages.getMessage("list.cleared", null, locale));
        return back(returnTo);
    }

    /**
     * The years and reasons of the whole list, from one form: {@code iri}, {@code from}, {@code to} and
     * {@code reason} repeated, one of each per row in the page's order. Nothing is saved unless every
     * row is right; a refused form comes back (400) as typed, each fault next to its field.
     */
    @PostMapping("/list/save")
    Object save(@RequestParam(name = "iri", required = false) List<String> iri,
            @RequestParam(name = "from", required = false) List<String> from,
            @RequestParam(name = "to", required = false) List<String> to,
            @RequestParam(name = "reason", required = false) List<String> reason,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) {
        Optional<CurrentList.Listed> listed = current.read(request);
        if (listed.isEmpty() || iri == null) {
            return back("/list");
        }
        ListForm form = ListForm.read(iri, from, to, reason, listed.get().entries(), rules);
        if (!form.faults().isEmpty()) {
            ListPage page = views.page(listed.get().entries(), form.typed());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(model, page, listed, form.faultsOnPage(page, messages.getMessage("list.column.from", null, locale),
                    messages.getMessage("list.column.to", null, locale), messages.getMessage("list.column.reason", null, locale),
                    locale.getLanguage()), locale);
        }
        lists.update(listed.get().id(), form.entries());
        redirect.addFlashAttribute("listMessage", messages.getMessage("list.saved", null, locale));
        return back("/list");
    }

    @GetMapping("/list.csv")
    ResponseEntity<byte[]> csv(HttpServletRequest request, Locale locale) {
        return ListViews.download(CsvExport.write(views.table(page(request), locale)), "csv", CsvExport.MEDIA_TYPE);
    }

    @GetMapping("/list.xlsx")
    ResponseEntity<byte[]> xlsx(HttpServletRequest request, Locale locale) {
        return ListViews.download(XlsxExport.write(views.table(page(request), locale)), "xlsx", XlsxExport.MEDIA_TYPE);
    }

    /** The list as the JSON document import reads (docs/list.md). */
    @GetMapping("/list.json")
    ResponseEntity<byte[]> json(HttpServletRequest request, Locale locale) {
        Optional<CurrentList.Listed> listed = current.read(request);
        ListPage page = views.page(listed.map(CurrentList.Listed::entries).orElse(List.of()), Map.of());
        return ListViews.download(views.json(listed.map(CurrentList.Listed::id).orElse(null), page, locale), "json",
                MediaType.APPLICATION_JSON_VALUE);
    }

    private ListPage page(HttpServletRequest request) {
        return views.page(current.entries(request), Map.of());
    }

    /** 303 to the page the form was on, if that is a path on this site, else to the list. */
    static RedirectView back(String returnTo) {
        RedirectView view = new RedirectView(ReturnPath.orElse(returnTo, "/list"), true);
        view.setExpandUriTemplateVariables(false);
        view.setExposeModelAttributes(false);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        return view;
    }
}
