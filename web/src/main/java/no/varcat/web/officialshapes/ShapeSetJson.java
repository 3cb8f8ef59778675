package no.varcat.web.officialshapes;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import no.varcat.catalog.officialshapes.ShapeFile;
import no.varcat.catalog.officialshapes.ShapeSet;

/** A registered shape set as the admin API answers it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ShapeSetJson(String name, String label, String version, Instant modified, long triples, List<FileJson> files,
        Integer rootShapes) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FileJson(String name, String source, long triples) {
    }

    static ShapeSetJson of(ShapeSet set) {
        return of(set, null);
    }

    static ShapeSetJson of(ShapeSet set, Integer rootShapes) {
        return new ShapeSetJson(set.name(), set.label(), set.version(), set.modified(), set.triples(),
                set.files().stream().map(ShapeSetJson::file).toList(), rootShapes);
    }

    private static FileJson file(ShapeFile file) {
        return new FileJson(file.name(), file.source(), file.triples());
    }
}
