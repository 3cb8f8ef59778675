package no.varcat.web.selfcheck;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import no.varcat.catalog.qualityscore.QualityMetric;

/**
 * The self-check page: a form (upload or address, format, preset, columns) that POSTs with the
 * site's CSRF token, and the report on the same page with a preview of the register page. Nothing
 * the form sends is kept, not even in the session.
 */
@Controller
class SelfCheckPageController {

    static final String VIEW = "self-check";

    private final SelfCheck selfCheck;

    SelfCheckPageController(SelfCheck selfCheck) {
        this.selfCheck = selfCheck;
    }

    @GetMapping("/self-check")
    String form(Model model) {
        model.addAttribute("request", new SelfCheckRequest(null, null, null, null, null, null, null, null));
        return show(model);
    }

    @PostMapping("/self-check")
    String check(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String url,
            @RequestParam(required = false) String format, @RequestParam(required = false) String preset,
            @RequestParam(required = false) String columns, @RequestParam(required = false) String register, Model model,
            HttpServletResponse response) throws IOException {
        boolean uploaded = file != null && !file.isEmpty();
        SelfCheckRequest request = new SelfCheckRequest(url, uploaded ? file.getBytes() : null,
                uploaded ? file.getOriginalFilename() : null, uploaded ? file.getContentType() : null, format, preset, columns, register);
        model.addAttribute("request", request);
        List<SelfCheckRequest.Problem> problems = request.problems(selfCheck.formats());
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", problems);
            return show(model);
        }
        try {
            model.addAttribute("report", selfCheck.run(request));
        } catch (SelfCheckBusyException busy) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", Integer.toString(SelfCheckBusyException.RETRY_AFTER_SECONDS));
            model.addAttribute("busy", true);
        }
        return show(model);
    }

    private String show(Model model) {
        model.addAttribute("formats", selfCheck.formats().stream().sorted().toList());
        model.addAttribute("metricKeys", METRIC_KEYS);
        model.addAttribute("officialMaxTriples", OfficialCheck.MAX_TRIPLES);
        return VIEW;
    }

    /** The message key of each metric, by the name the report gives it. */
    private static final Map<String, String> METRIC_KEYS = new TreeMap<>();

    static {
        for (QualityMetric metric : QualityMetric.values()) {
            METRIC_KEYS.put(metric.localName(), metric.messageKey());
        }
    }
}
