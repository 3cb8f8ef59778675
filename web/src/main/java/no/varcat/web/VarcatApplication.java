package no.varcat.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The varcat web catalog: harvest, index and serve Norwegian health register metadata. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VarcatApplication {

    public static void main(String[] args) {
        SpringApplication.run(VarcatApplication.class, args);
    }
}
