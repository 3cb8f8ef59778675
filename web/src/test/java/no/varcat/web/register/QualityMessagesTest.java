package no.varcat.web.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import no.varcat.catalog.qualityscore.QualityDimension;
import no.varcat.catalog.qualityscore.QualityMetric;

/** The register page names every quality metric and dimension: each has a text (MessagesInSyncTest keeps English in step). */
class QualityMessagesTest {

    @Test
    void everyMetricAndDimensionHasAText() throws Exception {
        Properties nb = new Properties();
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            nb.load(in);
        }

        for (QualityMetric metric : QualityMetric.values()) {
            assertThat(nb.getProperty(metric.messageKey())).as(metric.messageKey()).isNotBlank();
        }
        for (QualityDimension dimension : QualityDimension.values()) {
            assertThat(nb.getProperty(dimension.messageKey())).as(dimension.messageKey()).isNotBlank();
        }
    }
}
