package org.clinicportal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/** Keeps a picture of the page a failed browser test ended on, in target/screenshots. */
final class ScreenshotOnFailure implements TestWatcher {

  private final Supplier<Browser> browser;

  ScreenshotOnFailure(Supplier<Browser> browser) {
    this.browser = browser;
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    Browser current = browser.get();
    if (current == null) {
      return;
    }
    try {
      Path folder = Files.createDirectories(Path.of("target/screenshots"));
      byte[] png = ((TakesScreenshot) current.driver()).getScreenshotAs(OutputType.BYTES);
      Files.write(
          folder.resolve(
              context.getRequiredTestClass().getSimpleName()
                  + "-"
                  + context.getRequiredTestMethod().getName()
                  + ".png"),
          png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
