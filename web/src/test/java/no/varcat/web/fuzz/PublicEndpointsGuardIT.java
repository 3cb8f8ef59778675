package no.varcat.web.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.varcat.web.VarcatIntegrationTest;
import no.varcat.web.fuzz.PublicEndpoints.Endpoint;

/**
 * Keeps {@link PublicEndpoints#TABLE} complete, so that {@link HostileInputFuzzIT} fuzzes everything:
 * the running application's handler methods and the names its controllers read from parameter
 * maps are each in the table, and the table names no handler that is gone.
 */
@VarcatIntegrationTest
class PublicEndpointsGuardIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    /**
     * Every handler method of the application (ours; Spring's error page and springdoc's own
     * are theirs) has a row, and each parameter it binds by name is in its rows; the rows name no
     * handler that is gone. Parameters read from a map or the request are checked by
     * {@link #everyParameterNameReadFromAMapIsInTheTable()}.
     */
    @Test
    void theTableHasEveryHandlerAndEveryParameter() {
        List<String> missing = new ArrayList<>();
        Set<String> mapped = new TreeSet<>();
        handlers.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("no.varcat")) {
                return;
            }
            for (String pattern : patterns(info)) {
                for (String method : methods(info)) {
                    mapped.add(method + " " + pattern);
                    List<Endpoint> rows = PublicEndpoints.TABLE.stream()
                            .filter(e -> e.method().equals(method) && e.pattern().equals(pattern)).toList();
                    if (rows.isEmpty()) {
                        missing.add(method + " " + pattern + " (" + handler + ") has no row");
                        continue;
                    }
                    Set<String> declared = rows.stream().flatMap(r -> r.names().stream()).collect(Collectors.toSet());
                    for (String name : bound(handler, pattern)) {
                        if (!declared.contains(name)) {
                            missing.add(method + " " + pattern + " reads '" + name + "', which its rows lack");
                        }
                    }
                }
            }
        });
        PublicEndpoints.TABLE.stream().map(e -> e.method() + " " + e.pattern()).filter(k -> !mapped.contains(k))
                .forEach(k -> missing.add("the row " + k + " names no handler"));
        assertThat(missing).isEmpty();
        assertThat(mapped).hasSizeGreaterThan(40);
    }

    /**
     * Controllers that take all of the query ({@code @RequestParam Map}, {@code MultiValueMap}) or
     * the request read names that no handler signature shows; their code names them: each name
     * read that way is a parameter of some row.
     */
    @Test
    void everyParameterNameReadFromAMapIsInTheTable() throws IOException {
        Pattern read = Pattern.compile("(?:getFirst|getParameter|getParameterValues|params\\.get|params\\.containsKey|single|graphs"
                + "|values|text|integer|flag|present)\\(\\s*(?:params\\s*,\\s*|request\\s*,\\s*)?\"([A-Za-z_][A-Za-z_-]*)\"\\s*[,)]");
        Set<String> declared = PublicEndpoints.TABLE.stream().flatMap(e -> e.names().stream()).collect(Collectors.toSet());
        Set<String> found = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/no/varcat/web"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                if (!code.contains("MultiValueMap") && !code.contains("HttpServletRequest") && !code.contains("Map<String, String> params")) {
                    continue;
                }
                Matcher m = read.matcher(code);
                while (m.find()) {
                    found.add(m.group(1));
                    if (!declared.contains(m.group(1))) {
                        missing.add(m.group(1) + " (read in " + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
        assertThat(found).contains("q", "valueType", "page", "query", "default-graph-uri", "cursor");
    }

    private static Set<String> patterns(RequestMappingInfo info) {
        return info.getPathPatternsCondition() != null ? info.getPathPatternsCondition().getPatternValues()
                : info.getPatternValues();
    }

    private static Set<String> methods(RequestMappingInfo info) {
        Set<String> methods = info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(Collectors.toSet());
        return methods.isEmpty() ? Set.of("GET") : methods;
    }

    /** The names a handler binds: query, path (unless the pattern fixes its values), header, body fields, form fields. */
    private static Set<String> bound(HandlerMethod handler, String pattern) {
        Set<String> names = new TreeSet<>();
        Method method = handler.getMethod();
        Operation operation = method.getAnnotation(Operation.class);
        if (operation != null) {
            Stream.of(operation.parameters()).filter(p -> !p.hidden()).map(Parameter::name).forEach(names::add);
        }
        for (MethodParameter parameter : handler.getMethodParameters()) {
            Class<?> type = parameter.getParameterType();
            RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
            PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
            RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
            if (requestParam != null && !Map.class.isAssignableFrom(type)) {
                names.add(name(requestParam.name(), parameter));
            } else if (pathVariable != null) {
                String name = name(pathVariable.name(), parameter);
                if (!pattern.contains("{" + name + ":")) {
                    names.add(name);
                }
            } else if (header != null) {
                names.add(name(header.name(), parameter));
            } else if (parameter.hasParameterAnnotation(RequestBody.class) || parameter.hasParameterAnnotation(ModelAttribute.class)) {
                Stream.of(BeanUtils.getPropertyDescriptors(type)).filter(p -> p.getWriteMethod() != null).map(p -> p.getName())
                        .forEach(names::add);
            }
        }
        return names;
    }

    private static String name(String annotated, MethodParameter parameter) {
        return annotated.isEmpty() ? parameter.getParameterName() : annotated;
    }
}
