package no.varcat.web.officialshapes;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin page of official shape sets: the registered sets, a form to register one (files and
 * addresses) and a delete button per set. Behind the admin login; the forms carry the CSRF token.
 */
@Controller
class ShapeSetPageController {

    static final String VIEW = "admin/shapes";

    private final ShapeSetRegistration registration;
    private final MessageSource messages;

    ShapeSetPageController(ShapeSetRegistration registration, MessageSource messages) {
        this.registration = registration;
        this.messages = messages;
    }

    @GetMapping("/admin/shapes")
    String list(Model model) {
        return show(model);
    }

    @PostMapping("/admin/shapes")
    String register(@RequestParam(required = false) String name, @RequestParam(required = false) String label,
            @RequestParam(name = "file", required = false) List<MultipartFile> file, @RequestParam(required = false) String url,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        List<String> urls = url == null ? List.of() : Arrays.stream(url.split("\\s+")).filter(u -> !u.isBlank()).toList();
        try {
            ShapeSetRegistration.Registered saved = registration.register(name, label, ShapeSetApiController.uploads(file), urls);
            redirect.addFlashAttribute("adminMessage", messages.getMessage("admin.shapes.saved",
                    new Object[] {saved.set().label(), saved.rootShapes()}, locale));
            return "redirect:/admin/shapes";
        } catch (ShapeSetRegistration.RefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("refused", messages.getMessage("admin.shapes.refused", new Object[] {e.parameter(), e.getMessage()}, locale));
            model.addAttribute("name", name);
            model.addAttribute("label", label);
            model.addAttribute("url", url);
            return show(model);
        }
    }

    @PostMapping("/admin/shapes/{name}/delete")
    String delete(@PathVariable String name, RedirectAttributes redirect, Locale locale) {
        String key = registration.delete(name) ? "admin.shapes.deleted" : "admin.shapes.unknown";
        redirect.addFlashAttribute("adminMessage", messages.getMessage(key, new Object[] {name}, locale));
        return "redirect:/admin/shapes";
    }

    private String show(Model model) {
        model.addAttribute("sets", registration.all());
        return VIEW;
    }
}
