package org.clinicportal.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Runs axe-core in the page a browser shows, with every rule axe-core holds stable (WCAG 2.0 to 2.2
 * A and AA, and its best practices), and names the violations that axe-core rates serious or
 * critical.
 *
 * <p>The script is handed to the browser through WebDriver, which the page's Content Security
 * Policy does not govern; the portal itself serves no such script.
 */
final class Accessibility {

  private static final String AXE = axeSource();

  private static final String RUN =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
        done(results.violations
          .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
          .map(function (v) {
            var where = v.nodes.slice(0, 12).map(function (n) {
              var why = (n.any[0] || n.all[0] || n.none[0] || {}).message || '';
              return n.target.join(' ') + (why ? ' [' + why + ']' : '');
            }).join('; ');
            return v.id + ' (' + v.impact + ', ' + v.nodes.length + ' places): ' + v.help
              + ' at ' + where;
          }));
      }, function (error) { done(['axe-core did not run: ' + error]); });
      """;

  private Accessibility() {}

  /**
   * The serious and critical violations on the page the browser shows now; none is an empty list.
   */
  @SuppressWarnings("unchecked")
  static List<String> seriousViolations(Browser browser) {
    JavascriptExecutor page = (JavascriptExecutor) browser.driver();
    if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object';"))) {
      page.executeScript(AXE);
    }
    browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return (List<String>) page.executeAsyncScript(RUN);
  }

  private static String axeSource() {
    try (InputStream script = Accessibility.class.getResourceAsStream("/axe.min.js")) {
      if (script == null) {
        throw new IllegalStateException("axe.min.js is not on the test class path");
      }
      return new String(script.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
