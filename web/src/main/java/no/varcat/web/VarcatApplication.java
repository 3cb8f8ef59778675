package no.varcat.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import no.varcat.web.backup.StoreCommands;

/** The varcat web catalog: harvest, index and serve Norwegian health register metadata; or the {@code backup} and {@code restore} commands. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VarcatApplication {

    public static void main(String[] args) {
        if (StoreCommands.handles(args)) {
            System.exit(StoreCommands.run(args, System.out, System.err));
        }
        SpringApplication.run(VarcatApplication.class, args);
    }
}
