package org.unionbot.web;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The axe-core accessibility engine (vendored in the test resources, see its README for the
 * version), run in the page a browser test has open. Checks the WCAG 2.0 and 2.1 A and AA rules on
 * what the page shows now: text contrast, names of controls, roles and ARIA attributes, labels.
 */
final class Axe {
  private static final String SOURCE = load();

  /** The impacts a test fails on. */
  private static final Set<String> BLOCKING = Set.of("serious", "critical");

  private static final String RUN =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document, {
        runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
        resultTypes: ['violations']
      }).then(function (r) {
        done(JSON.stringify(r.violations.map(function (v) {
          return {id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(function (n) {
            return n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\\s+/g, ' ');
          })};
        })));
      }, function (e) { done(JSON.stringify({error: String(e)})); });
      """;

  private Axe() {}

  private static String load() {
    try (InputStream in = Axe.class.getResourceAsStream("axe/axe.min.js")) {
      if (in == null) {
        throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
      }
      return new String(in.readAllBytes(), UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The serious and critical violations on the page as it is now, one line each (rule, what to fix,
   * and the elements), or an empty list.
   */
  static List<String> seriousViolations(ChromeDriver driver) {
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    if (!Boolean.TRUE.equals(driver.executeScript("return typeof axe === 'object'"))) {
      driver.executeScript(SOURCE);
    }
    String json = (String) driver.executeAsyncScript(RUN);
    try {
      JsonNode result = new ObjectMapper().readTree(json);
      if (result.has("error")) {
        throw new AssertionError("axe-core failed: " + result.get("error").asText());
      }
      List<String> out = new ArrayList<>();
      for (JsonNode v : result) {
        if (BLOCKING.contains(v.path("impact").asText())) {
          out.add(
              v.path("impact").asText()
                  + " "
                  + v.path("id").asText()
                  + " ("
                  + v.path("help").asText()
                  + "): "
                  + v.path("nodes"));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
