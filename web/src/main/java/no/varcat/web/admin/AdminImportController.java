package no.varcat.web.admin;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import no.varcat.web.harvest.SourcesFileException;

/**
 * The admin pages' bulk actions: import a CSV of sources (the report, row by row, is the answer
 * page) and rebuild the search indices in the background. POSTs with a CSRF token, like every form
 * of the site.
 */
@Controller
class AdminImportController {

    private static final String REPORT = "admin/import";

    private final SourceImport sourceImport;
    private final IndexRebuilds rebuilds;
    private final MessageSource messages;

    AdminImportController(SourceImport sourceImport, IndexRebuilds rebuilds, MessageSource messages) {
        this.sourceImport = sourceImport;
        this.rebuilds = rebuilds;
        this.messages = messages;
    }

    @PostMapping(path = "/admin/sources/import", consumes = "multipart/form-data")
    String importCsv(@RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale) throws IOException {
        if (file == null || file.isEmpty()) {
            return fault(model, locale, "admin.import.error.empty");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "CSV" : file.getOriginalFilename();
        if (file.getSize() > SourceImport.MAX_BYTES) {
            return fault(model, locale, "admin.import.error.size", SourceImport.MAX_BYTES / (1024 * 1024));
        }
        try (InputStream in = file.getInputStream()) {
            ImportReport report = sourceImport.run(in, name);
            model.addAttribute("report", report);
            model.addAttribute("rows", report.rows().stream().map(r -> new RowView(r.line(), r.id(), r.outcome().name(), r.harvestStarted(),
                    r.faults().stream().map(f -> describe(f, locale)).toList())).toList());
        } catch (SourceImport.TooLargeException e) {
            return fault(model, locale, "admin.import.error.size", SourceImport.MAX_BYTES / (1024 * 1024));
        } catch (SourceImport.NotUtf8Exception e) {
            return fault(model, locale, "admin.import.error.encoding", name);
        } catch (SourcesFileException e) {
            // The file's own fault (its header, its quoting), named in English as the sources file names it.
            return fault(model, locale, "admin.import.error.file", e.getMessage());
        }
        return REPORT;
    }

    @PostMapping("/admin/index/rebuild")
    String rebuild(RedirectAttributes redirect, Locale locale) {
        String key;
        try {
            key = rebuilds.start() ? "admin.index.rebuild.started" : "admin.index.rebuild.busy";
        } catch (IllegalStateException e) {
            key = "admin.harvest.refused";
        }
        redirect.addFlashAttribute("adminMessage", messages.getMessage(key, null, locale));
        return "redirect:/admin";
    }

    /** "column 2 (location): ...", in the page's language. */
    private String describe(ImportReport.RowFault fault, Locale locale) {
        String message = messages.getMessage(fault.message(), locale);
        return fault.columnNumber() > 0
                ? messages.getMessage("admin.import.fault.column", new Object[] {fault.columnNumber(), fault.column(), message}, locale)
                : message;
    }

    /** A row of the report as the page shows it, its faults in the page's language. */
    public record RowView(long line, String id, String outcome, boolean harvestStarted, List<String> faults) {
    }

    private String fault(Model model, Locale locale, String code, Object... arguments) {
        model.addAttribute("importError", messages.getMessage(code, arguments, locale));
        return REPORT;
    }
}
