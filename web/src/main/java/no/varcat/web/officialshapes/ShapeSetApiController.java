package no.varcat.web.officialshapes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

import no.varcat.web.system.Problem;

/**
 * The admin JSON API for official shape sets: list, read, register or replace (PUT, multipart with
 * the Turtle files as {@code file} parts and/or their addresses as {@code url}), delete. Behind
 * HTTP Basic, as every {@code /api/admin/**} call; faults are RFC 9457 problem details naming the
 * parameter, and the file, line and column where a file is not Turtle.
 */
@RestController
@RequestMapping("/api/admin/shapes")
class ShapeSetApiController {

    private final ShapeSetRegistration registration;

    ShapeSetApiController(ShapeSetRegistration registration) {
        this.registration = registration;
    }

    @GetMapping
    List<ShapeSetJson> list() {
        return registration.all().stream().map(ShapeSetJson::of).toList();
    }

    @GetMapping("/{name}")
    ResponseEntity<?> get(@PathVariable String name) {
        return registration.find(name).<ResponseEntity<?>>map(s -> ResponseEntity.ok(ShapeSetJson.of(s))).orElseGet(() -> notFound(name));
    }

    @PutMapping("/{name}")
    ResponseEntity<?> put(@PathVariable String name, @RequestParam(required = false) String label,
            @RequestParam(name = "file", required = false) List<MultipartFile> file,
            @RequestParam(name = "url", required = false) List<String> url) {
        boolean existed = registration.find(name).isPresent();
        ShapeSetRegistration.Registered saved;
        try {
            saved = registration.register(name, label, uploads(file), url);
        } catch (ShapeSetRegistration.RefusedException e) {
            return refused(e);
        }
        ShapeSetJson body = ShapeSetJson.of(saved.set(), saved.rootShapes());
        return existed ? ResponseEntity.ok(body) : ResponseEntity.created(URI.create("/api/admin/shapes/" + name)).body(body);
    }

    @DeleteMapping("/{name}")
    ResponseEntity<?> delete(@PathVariable String name) {
        return registration.delete(name) ? ResponseEntity.noContent().build() : notFound(name);
    }

    static List<ShapeSetRegistration.Upload> uploads(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().map(f -> {
            try {
                return new ShapeSetRegistration.Upload(f.getOriginalFilename(), f.getBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    static ResponseEntity<ProblemDetail> refused(ShapeSetRegistration.RefusedException e) {
        Problem problem = Problem.of(HttpStatus.BAD_REQUEST, e.getMessage()).parameter(e.parameter());
        if (e.file() != null) {
            problem.property("file", e.file());
        }
        if (e.line() > 0) {
            problem.property("line", e.line());
        }
        if (e.column() > 0) {
            problem.property("column", e.column());
        }
        return problem.response();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return Problem.of(HttpStatus.CONTENT_TOO_LARGE, "The upload is larger than the multipart limit").parameter("file").response();
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> badMultipart(MultipartException e) {
        return Problem.of(HttpStatus.BAD_REQUEST, "The multipart body cannot be read").parameter("file").response();
    }

    private static ResponseEntity<ProblemDetail> notFound(String name) {
        return Problem.of(HttpStatus.NOT_FOUND, "No official shape set is named '" + abbreviate(name) + "'").response();
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }
}
