package no.varcat.web.backup;

import java.nio.file.Path;

import no.varcat.catalog.store.Tdb2CatalogStore;

/** Run in a JVM of its own: opens the store in {@code args[0]}, says so, and holds it until its input ends. */
public final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (Tdb2CatalogStore store = Tdb2CatalogStore.open(Path.of(args[0]))) {
            System.out.println("open " + store);
            System.out.flush();
            System.in.read();
        }
    }
}
