package no.varcat.web.list;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.view.RedirectView;

import no.varcat.web.system.Problem;

/**
 * A list by its link ({@code /list/{id}}), in any browser and without login: shown as it is, with a
 * button that makes it this browser's list; and a JSON file taken into this browser's list.
 */
@Controller
class SavedListController {

    private final SavedLists lists;
    private final CurrentList current;
    private final ListViews views;
    private final ListImport imports;
    private final MessageSource messages;
    private final ListApi api;

    SavedListController(SavedLists lists, CurrentList current, ListViews views, ListImport imports, MessageSource messages,
            ListApi api) {
        this.api = api;
        this.lists = lists;
        this.current = current;
        this.views = views;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/list/{id:" + ListId.PATTERN + "}")
    String show(@PathVariable String id, HttpServletRequest request, Model model, Locale locale) {
        ListId listId = new ListId(id);
        List<ListEntry> entries = lists.entries(listId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such list (or it has expired)"));
        views.fill(model, views.page(entries, Map.of()), List.of(), locale);
        model.addAttribute("pruned", 0);
        model.addAttribute("own", ListCookie.read(request).filter(listId::equals).isPresent());
        model.addAttribute("shared", listId.value());
        model.addAttribute("link", views.link(listId));
        return VariableListController.VIEW;
    }

    /** The list of the link as its JSON document, for programs (English labels). */
    @GetMapping(path = "/list/{id:" + ListId.PATTERN + "}.json")
    ResponseEntity<?> json(@PathVariable String id) {
        return api.read(id).<ResponseEntity<?>>map(json -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .cacheControl(CacheControl.noStore()).body(json))
                .orElseGet(() -> Problem.of(HttpStatus.NOT_FOUND, "No such list (or it has expired)").response());
    }

    /** "Bruk denne listen": this browser goes on with the list of the link (the same list, not a copy). */
    @PostMapping("/list/restore")
    RedirectView restore(@RequestParam("id") String id, HttpServletRequest request, HttpServletResponse response, Locale locale,
            RedirectAttributes redirect) {
        ListId listId = ListId.parse(id).filter(lists::exists)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such list (or it has expired)"));
        current.use(listId, request, response);
        redirect.addFlashAttribute("listMessage", messages.getMessage("list.restored", null, locale));
        return VariableListController.back("/list");
    }

    /** A JSON file of a list (as {@code /list.json} gives) added to this browser's list; a bad file changes nothing (400, each fault named). */
    @PostMapping("/list/import")
    Object importFile(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
            HttpServletResponse response, Model model, Locale locale, RedirectAttributes redirect) throws IOException {
        ListImport.Checked checked = file == null || file.isEmpty()
                ? new ListImport.Checked(List.of(ListFault.at("file", "list.import.error.nofile")), List.of(), 0)
                : file.getSize() > ListImport.MAX_BYTES
                        ? new ListImport.Checked(List.of(ListFault.at("(file)", "list.import.error.size",
                                ListImport.MAX_BYTES / 1024 / 1024)), List.of(), 0)
                        : imports.check(file.getBytes());
        if (!checked.faults().isEmpty()) {
            Optional<CurrentList.Listed> listed = current.read(request);
            views.fill(model, views.page(listed.map(CurrentList.Listed::entries).orElse(List.of()), Map.of()),
                    checked.faults(), locale);
            model.addAttribute("importFaults", true);
            model.addAttribute("pruned", 0);
            model.addAttribute("own", true);
            model.addAttribute("link", listed.map(l -> views.link(l.id())).orElse(null));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return VariableListController.VIEW;
        }
        ListImport.Outcome outcome = imports.into(current.readOrCreate(request, response), checked);
        redirect.addFlashAttribute("listMessage", messages.getMessage("list.imported",
                new Object[] {outcome.added(), outcome.updated(), outcome.unknown(), outcome.full()}, locale));
        return VariableListController.back("/list");
    }
}
