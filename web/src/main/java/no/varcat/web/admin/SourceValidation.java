package no.varcat.web.admin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import no.varcat.harvest.SourceReaders;
import no.varcat.web.system.VarcatProperties;

@Configuration(proxyBeanMethods = false)
class SourceValidation {

    @Bean
    SourceInputValidator sourceInputValidator(SourceReaders readers, VarcatProperties properties) {
        return new SourceInputValidator(readers.formats(), properties.harvest().allowFileUrls(), System::getenv);
    }
}
