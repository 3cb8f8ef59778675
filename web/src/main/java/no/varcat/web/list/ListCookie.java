package no.varcat.web.list;

import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;

/**
 * Which saved list is this browser's: its id in a cookie, nothing else (the list itself is in the
 * store, see {@link SavedLists}). HttpOnly, SameSite=Lax, Secure over https, kept as long as a
 * list is.
 */
final class ListCookie {

    static final String NAME = "varcat-list";

    private ListCookie() {
    }

    static Optional<ListId> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName())).map(Cookie::getValue).map(ListId::parse)
                .flatMap(Optional::stream).findFirst();
    }

    static void write(ListId id, HttpServletRequest request, HttpServletResponse response) {
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        ResponseCookie cookie = ResponseCookie.from(NAME, id.value()).path(path).httpOnly(true).sameSite("Lax")
                .secure(request.isSecure()).maxAge(SavedLists.KEEP).build();
        response.addHeader("Set-Cookie", cookie.toString());
    }
}
