package no.varcat.web.admin;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.http.HttpStatus;

import no.varcat.harvest.SourceReaders;
import no.varcat.web.harvest.SourceCatalog.SourceManagedElsewhereException;

/**
 * The admin pages for sources: the list with each source's last run (or its run queued or going
 * on), the harvest pool's load and the search index's last rebuild, a source's page with its run
 * history (refreshing itself while a run goes on), the form to add or change a source, "harvest now"
 * and delete. Every change is a POST with a CSRF token, answered by a redirect.
 */
@Controller
class AdminSourcesController {

    private static final String FORM = "admin/source-form";

    private final SourceAdministration administration;
    private final SourceInputValidator validator;
    private final SourceReaders readers;
    private final MessageSource messages;
    private final IndexRebuilds rebuilds;

    AdminSourcesController(SourceAdministration administration, SourceInputValidator validator, SourceReaders readers,
            MessageSource messages, IndexRebuilds rebuilds) {
        this.administration = administration;
        this.validator = validator;
        this.readers = readers;
        this.messages = messages;
        this.rebuilds = rebuilds;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping({"/admin", "/admin/sources"})
    String sources(Model model) {
        List<SourceStatus> all = administration.all();
        model.addAttribute("sources", all);
        model.addAttribute("threads", administration.harvestThreads());
        model.addAttribute("running", all.stream().filter(s -> s.running() != null).count());
        model.addAttribute("queued", all.stream().filter(SourceStatus::queued).count());
        model.addAttribute("rebuilding", rebuilds.going().orElse(null));
        model.addAttribute("lastRebuild", rebuilds.last().orElse(null));
        return "admin/sources";
    }

    @GetMapping("/admin/sources/new")
    String newSource(Model model) {
        return form(model, new SourceInput(), true);
    }

    @PostMapping("/admin/sources")
    String create(@ModelAttribute("source") SourceInput input, BindingResult errors, Model model, RedirectAttributes redirect,
            Locale locale) {
        validator.validate(input, errors);
        if (!errors.hasFieldErrors("id") && administration.exists(SourceInput.trim(input.getId()))) {
            errors.rejectValue("id", "admin.source.error.id.taken", "A source with this id exists");
        }
        return save(input, errors, model, redirect, locale, true);
    }

    @GetMapping("/admin/sources/{id}")
    String source(@PathVariable String id, Model model) {
        model.addAttribute("status", administration.find(id).orElseThrow(() -> notFound()));
        return "admin/source";
    }

    /** How a run goes, for the source page's script; with the admin's session, unlike the JSON API. */
    @GetMapping(path = "/admin/sources/{id}/status", produces = "application/json")
    @ResponseBody
    Map<String, Object> status(@PathVariable String id, Locale locale) {
        SourceStatus status = administration.progress(id).orElseThrow(() -> notFound());
        Map<String, Object> json = new HashMap<>();
        json.put("busy", status.busy());
        if (status.running() != null) {
            json.put("phase", status.running().phase().name());
            json.put("phaseText", messages.getMessage("admin.phase." + status.running().phase().name(), null, locale));
        }
        return json;
    }

    @GetMapping("/admin/sources/{id}/edit")
    String edit(@PathVariable String id, Model model) {
        SourceStatus status = administration.find(id).orElseThrow(() -> notFound());
        if (!status.source().editable()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        return form(model, SourceInput.of(status.source().registration()), false);
    }

    @PostMapping("/admin/sources/{id}")
    String update(@PathVariable String id, @ModelAttribute("source") SourceInput input, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (!administration.exists(id)) {
            throw notFound();
        }
        input.setId(id);
        validator.validate(input, errors);
        return save(input, errors, model, redirect, locale, false);
    }

    /** "Harvest now", a conditional GET as a scheduled run; with {@code full=true}, "harvest in full". */
    @PostMapping("/admin/sources/{id}/harvest")
    String harvest(@PathVariable String id, @RequestParam(name = "full", defaultValue = "false") boolean full,
            RedirectAttributes redirect, Locale locale) {
        if (!administration.exists(id)) {
            throw notFound();
        }
        String key;
        try {
            key = administration.harvestNow(id, full) ? "admin.harvest.started" : "admin.harvest.busy";
        } catch (IllegalStateException e) {
            key = "admin.harvest.refused";
        } catch (IllegalArgumentException e) {
            // Deleted since the check above.
            throw notFound();
        }
        redirect.addFlashAttribute("adminMessage", messages.getMessage(key, new Object[] {id}, locale));
        return "redirect:/admin/sources/" + id;
    }

    @PostMapping("/admin/sources/{id}/delete")
    String delete(@PathVariable String id, RedirectAttributes redirect, Locale locale) {
        try {
            if (!administration.delete(id)) {
                throw notFound();
            }
        } catch (SourceManagedElsewhereException e) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, e.getMessage());
        } catch (SourceAdministration.SourceBusyException e) {
            redirect.addFlashAttribute("adminMessage", messages.getMessage("admin.source.busy", new Object[] {id}, locale));
            return "redirect:/admin/sources/" + id;
        }
        redirect.addFlashAttribute("adminMessage", messages.getMessage("admin.source.deleted", new Object[] {id}, locale));
        return "redirect:/admin";
    }

    private String save(SourceInput input, BindingResult errors, Model model, RedirectAttributes redirect, Locale locale,
            boolean creating) {
        if (errors.hasErrors()) {
            return form(model, input, creating);
        }
        try {
            administration.save(input.toRegisteredSource());
        } catch (SourceManagedElsewhereException e) {
            errors.rejectValue("id", "admin.source.error.id.file", "This source is defined in the sources file");
            return form(model, input, creating);
        }
        redirect.addFlashAttribute("adminMessage", messages.getMessage("admin.source.saved", new Object[] {input.getId()}, locale));
        return "redirect:/admin/sources/" + SourceInput.trim(input.getId());
    }

    private String form(Model model, SourceInput input, boolean creating) {
        model.addAttribute("source", input);
        model.addAttribute("creating", creating);
        model.addAttribute("formats", readers.formats().stream().sorted().toList());
        return FORM;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
