package no.varcat.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openqa.selenium.WebDriver;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * axe-core on pages of one browser, collecting every violation for the report and the serious and
 * critical ones for the assertion. Shared by the browser tests.
 */
final class AxeCheck {

    private static final List<String> BLOCKING_IMPACTS = List.of("serious", "critical");

    private final List<String> blocking = new ArrayList<>();
    private final StringBuilder report = new StringBuilder();
    private final StringBuilder summary = new StringBuilder();
    private int pages;

    /** The harness itself: axe must see the faults of a page that has them. */
    static void assertAxeSeesFaults(WebDriver browser) {
        browser.get("data:text/html,<html><body><img src=x.png><input type=text></body></html>");
        assertThat(new AxeBuilder().analyze(browser).getViolations()).extracting(Rule::getId)
                .contains("html-has-lang", "image-alt", "label");
    }

    /** Checks the page the browser shows now. */
    void check(WebDriver browser, String name) {
        String path = browser.getCurrentUrl();
        Results results = new AxeBuilder().analyze(browser);
        assertThat(results.isErrored()).as("axe-core failed on " + path + ": " + results.getErrorMessage()).isFalse();
        pages++;
        summary.append(String.format("  %-20s %2d rules passed, %d violated, %d to review by hand %s%n", name,
                results.getPasses().size(), results.getViolations().size(), results.getIncomplete().size(),
                results.getIncomplete().stream().map(Rule::getId).toList()));
        for (Rule rule : results.getViolations()) {
            String line = describe(name, path, rule);
            report.append(line);
            if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
                blocking.add(line);
            }
        }
    }

    /** Prints what axe found and fails on any serious or critical violation. */
    void assertNoBlockingViolations() {
        System.out.println("axe-core on " + pages + " pages:\n" + summary + "violations:\n" + (report.isEmpty() ? "  none\n" : report));
        assertThat(blocking).as("serious or critical axe-core violations:\n" + String.join("", blocking)).isEmpty();
    }

    /** Prints what axe found and fails on any violation at all, whatever its impact: for pages held to no violations. */
    void assertNoViolations() {
        System.out.println("axe-core on " + pages + " pages:\n" + summary + "violations:\n" + (report.isEmpty() ? "  none\n" : report));
        assertThat(report).as("axe-core violations:\n" + report).isEmpty();
    }

    private static String describe(String name, String path, Rule rule) {
        StringBuilder line = new StringBuilder().append("  [").append(rule.getImpact()).append("] ").append(name)
                .append(" (").append(path).append("): ").append(rule.getId()).append(" – ").append(rule.getHelp())
                .append(" (").append(rule.getHelpUrl()).append(")\n");
        rule.getNodes().forEach(node -> line.append("      at ").append(node.getTarget()).append(": ")
                .append(Optional.ofNullable(node.getFailureSummary()).orElse("").replace("\n", " ")).append('\n'));
        return line.toString();
    }
}
