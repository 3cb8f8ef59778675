package no.varcat.web.api;

import org.springframework.stereotype.Component;

import no.varcat.catalog.register.RegisterRepository;
import no.varcat.catalog.search.RegisterVariables;
import no.varcat.catalog.search.SearchUnavailableException;

/**
 * How many variables a register has, for its API representation: the search index counts them
 * without reading them; only while it is down does the store count them, one by one.
 */
@Component
class RegisterVariableCount {

    private final RegisterVariables index;
    private final RegisterRepository store;

    RegisterVariableCount(RegisterVariables index, RegisterRepository store) {
        this.index = index;
        this.store = store;
    }

    long of(String registerIri) {
        try {
            return index.count(registerIri);
        } catch (SearchUnavailableException e) {
            return store.countVariables(registerIri);
        }
    }
}
