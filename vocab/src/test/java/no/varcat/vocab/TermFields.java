package no.varcat.vocab;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.rdf.model.Resource;

/** The public static Resource and Property constants of a vocabulary class, by field name. */
final class TermFields {

    private TermFields() {
    }

    static Map<String, Resource> terms(Class<?> vocabulary) {
        Map<String, Resource> terms = new TreeMap<>();
        for (Field field : vocabulary.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    terms.put(field.getName(), (Resource) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return terms;
    }
}
