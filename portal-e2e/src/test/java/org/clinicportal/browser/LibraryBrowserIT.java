package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A therapist filters the exercise library, adds an exercise of the clinic's own with a picture,
 * hides it again; another clinic never sees it.
 */
class LibraryBrowserIT extends BrowserTest {

  /** The smallest valid PNG: one transparent pixel. */
  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  private static final By LIST = By.id("library:exercises");

  @Test
  void theLibraryIsFilteredExtendedAndKeptToTheClinic() {
    browser.signIn("demo", "therapist", PASSWORD);
    browser.open("/therapist/exercises/index.xhtml");
    new Select(browser.driver().findElement(By.id("library:muscle")))
        .selectByVisibleText("Piriformis");
    browser.click(By.id("library:search"));
    browser.waitUntil(d -> !d.findElement(LIST).getText().contains("Suitcase carry"));
    String piriformis = browser.text(LIST);
    assertTrue(piriformis.contains("Piriformis stretch"), piriformis);
    assertTrue(piriformis.contains("Massage-ball release against a wall"), piriformis);
    browser.waitForPictures("jakarta.faces.resource/images/exercises/");

    String name = "Dead bug " + suffix();
    fillOwnExercise(
        name,
        file(
            "drawing.svg",
            "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8)));
    browser.click(By.id("own:add"));
    browser.waitUntil(
        d -> d.findElement(By.id("own:ownMessages")).getText().contains("must be a PNG or JPEG"));
    browser.open("/therapist/exercises/index.xhtml");
    assertFalse(browser.text(LIST).contains(name), "nothing was added");

    fillOwnExercise(name, file("dead-bug.png", PNG));
    browser.click(By.id("own:add"));
    browser.waitUntil(
        d -> d.findElement(By.id("library:messages")).getText().contains("was added"));
    assertTrue(browser.text(LIST).contains(name));
    browser.waitForPictures("exercise-picture");

    By card = By.xpath("//article[.//h2[normalize-space(.)='" + name + "']]");
    browser
        .driver()
        .findElement(card)
        .findElement(By.cssSelector("button[id$=':translate']"))
        .click();
    browser.waitFor(By.id("translation:language"));
    browser.choose("translation:language", "Polski");
    browser.click(By.id("translation:save"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("translation:messages"))
                .getText()
                .contains("Enter the exercise's name."));
    browser.type(By.id("translation:words-name"), "Martwy robak " + name);
    browser.type(By.id("translation:words-purpose"), "Kontrola tułowia bez wyginania pleców");
    browser.type(
        By.id("translation:words-instructions"),
        "Połóż się na plecach.\nPowoli opuść przeciwną rękę i nogę.");
    browser.click(By.id("translation:save"));
    browser.waitUntil(
        d -> d.findElement(By.id("translation:messages")).getText().contains("Polski"));
    browser.waitUntil(d -> d.findElement(card).getText().contains("Also written in: Polski"));

    browser.driver().findElement(card).findElement(By.cssSelector("button[id$=':hide']")).click();
    browser.waitUntil(
        d -> d.findElement(By.id("library:messages")).getText().contains("is hidden"));
    browser.open("/therapist/exercises/index.xhtml");
    assertFalse(browser.text(LIST).contains(name));

    browser.signIn("northside", "therapist", PASSWORD);
    browser.open("/therapist/exercises/index.xhtml");
    browser.tick("library:includeHidden");
    WebElement unfiltered = browser.driver().findElement(LIST);
    browser.click(By.id("library:search"));
    browser.waitUntil(ExpectedConditions.stalenessOf(unfiltered));
    browser.waitUntil(d -> d.findElement(LIST).getText().contains("Suitcase carry"));
    assertFalse(browser.text(LIST).contains(name), "another clinic never sees it");
  }

  private static void fillOwnExercise(String name, Path picture) {
    browser.type(By.id("own:name"), name);
    browser.press("own:ownKind", "Strengthen");
    browser.type(By.id("own:purpose"), "Trunk control without arching the back");
    browser.type(
        By.id("own:instructions"), "Lie on your back.\nLower the opposite arm and leg slowly.");
    browser
        .driver()
        .findElement(By.cssSelector("input[type=file][id^='own:picture']"))
        .sendKeys(picture.toString());
  }

  private static Path file(String fileName, byte[] content) {
    try {
      Path folder = Files.createTempDirectory("portal-upload");
      return Files.write(folder.resolve(fileName), content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
