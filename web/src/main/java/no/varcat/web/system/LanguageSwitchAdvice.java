package no.varcat.web.system;

import java.util.Locale;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Gives every page the link that switches language on the page the reader is on, keeping its
 * search and filters: Thymeleaf 3.1 no longer exposes the request to templates.
 */
@ControllerAdvice
class LanguageSwitchAdvice {

    @ModelAttribute("languageSwitchUrl")
    String languageSwitchUrl(Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "nb" : "en";
        // Path and query only: behind a proxy the request's host is not the public one.
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("lang", other).build();
        return current.getPath() + "?" + current.getQuery();
    }
}
