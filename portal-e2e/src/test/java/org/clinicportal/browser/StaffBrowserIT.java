package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A clinic administrator adds a therapist, who signs in and chooses a password, and later
 * deactivates them; a therapist locked out by wrong passwords is let in again by a reset.
 */
class StaffBrowserIT extends BrowserTest {

  private static final By MESSAGES = By.id("signin:messages");

  @Test
  void anAdministratorAddsATherapistWhoSignsInAndIsLaterDeactivated() {
    String username = uniqueUsername("kai");
    String oneTime = addTherapist("Kai Moreno", username);

    try (Browser kai = new Browser()) {
      kai.signIn("demo", username, oneTime);
      assertEquals("/account/password.xhtml", kai.path());
      kai.chooseOwnPassword(oneTime, "Copper-Meadow-Lane-7");
      kai.waitUntil(d -> d.getCurrentUrl().contains("/therapist/index.xhtml"));
      assertEquals("Welcome, Kai Moreno", kai.text(By.id("greeting")));

      By row = pressOnStaffRow(username, "Deactivate");
      browser.waitUntil(d -> d.findElement(row).getText().contains("Deactivated"));

      kai.open("/therapist/patients/index.xhtml");
      assertEquals(
          "/signin.xhtml?ended=revoked", kai.path(), "the open session ends at its next request");
    }

    browser.signIn("demo", username, "Copper-Meadow-Lane-7");
    assertEquals("/signin.xhtml", browser.path(), "a deactivated therapist cannot sign in");
  }

  @Test
  void fiveWrongPasswordsLockAnAccountUntilTheAdministratorResetsIt() {
    String username = uniqueUsername("noa");
    String oneTime = addTherapist("Noa Becker", username);

    String notRight =
        "The clinic, username or password is not right. Please check them and try again.";
    for (int attempt = 1; attempt <= 5; attempt++) {
      browser.signIn("demo", username, "Wrong-Guess-" + attempt);
      assertEquals(notRight, browser.text(MESSAGES));
    }
    browser.signIn("demo", username, oneTime);
    assertEquals("/signin.xhtml", browser.path(), "the right password waits for the lock too");
    assertEquals(notRight, browser.text(MESSAGES), "a locked account is answered as a wrong one");

    pressOnStaffRow(username, "Reset password");
    browser.waitFor(By.id("issuedPassword"));
    String reset = browser.text(By.id("issuedPassword"));
    browser.signIn("demo", username, reset);
    assertEquals("/account/password.xhtml", browser.path(), "a reset opens the account");
  }

  @Test
  void anAdministratorCannotDeactivateThemselves() {
    By row = pressOnStaffRow("admin", "Deactivate");
    browser.waitUntil(
        d -> d.findElement(By.id("staff:messages")).getText().contains("own account"));
    assertTrue(browser.text(row).contains("Active"));
  }

  @Test
  void thePlatformOperatorOpensAClinicWhoseFirstAdministratorSignsIn() {
    String code =
        "east-" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z0-9]", "k");
    browser.signIn("", "platform", PASSWORD);
    browser.type(By.id("onboard:code"), code);
    browser.type(By.id("onboard:name"), "Eastside Chiropractic");
    browser.type(By.id("onboard:adminName"), "Rosa Lind");
    browser.type(By.id("onboard:adminUsername"), "rosa");
    browser.click(By.id("onboard:openClinic"));
    browser.waitFor(By.id("issuedPassword"));
    assertEquals(code, browser.text(By.id("issuedClinic")));
    String oneTime = browser.text(By.id("issuedPassword"));
    assertTrue(browser.text(By.id("clinics")).contains("Eastside Chiropractic"));

    browser.type(By.id("onboard:code"), code);
    browser.type(By.id("onboard:name"), "Copycat Clinic");
    browser.type(By.id("onboard:adminName"), "Copy Cat");
    browser.type(By.id("onboard:adminUsername"), "copy");
    browser.click(By.id("onboard:openClinic"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("onboard:messages"))
                .getText()
                .contains("Another clinic already has this code."));

    browser.signIn(code, "rosa", oneTime);
    browser.chooseOwnPassword(oneTime, "Harbour-Light-Spruce-3");
    browser.waitUntil(d -> d.getCurrentUrl().contains("/admin/index.xhtml"));
    assertEquals("Administration of Eastside Chiropractic", browser.text(By.id("greeting")));
    assertEquals("Eastside Chiropractic", browser.text(By.id("clinicName")));
  }

  @Test
  void anAdministratorGivesTheClinicItsNameColourAndLogo() throws Exception {
    String code =
        "brand-" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z0-9]", "k");
    openClinicAndSignInAsItsAdministrator(code, "Brand Clinic");
    browser.click(By.id("profileLink"));
    browser.waitFor(By.id("profile:save"));

    Path notAnImage = Files.createTempFile("logo", ".png");
    Files.writeString(notAnImage, "this is not a picture");
    browser
        .driver()
        .findElement(By.cssSelector("input[type=file][id^='profile:logo']"))
        .sendKeys(notAnImage.toString());
    browser.click(By.id("profile:save"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("profile:messages"))
                .getText()
                .contains("The logo must be a PNG or JPEG image."));
    assertFalse(browser.isPresent(By.id("clinicLogo")));

    browser.type(By.id("profile:name"), "Brand New Physio");
    browser.type(By.id("profile:phone"), "+44 161 496 0000");
    browser
        .driver()
        .findElement(By.cssSelector("input[type=file][id^='profile:logo']"))
        .sendKeys(pngLogo().toString());
    browser.click(By.id("profile:save"));
    browser.waitUntil(
        d -> d.findElement(By.id("profile:messages")).getText().contains("was saved"));

    assertEquals("Brand New Physio", browser.text(By.id("clinicName")));
    browser.waitUntil(
        d ->
            Boolean.TRUE.equals(
                ((JavascriptExecutor) d)
                    .executeScript(
                        "var i = document.getElementById('clinicLogo'); return i && i.naturalWidth > 0;")));
  }

  /** As the demo administrator, presses a button on a staff member's row; the row. */
  private static By pressOnStaffRow(String username, String button) {
    browser.signIn("demo", "admin", PASSWORD);
    browser.open("/admin/staff.xhtml");
    By row = By.xpath("//tr[td[normalize-space(text())='" + username + "']]");
    browser
        .driver()
        .findElement(row)
        .findElement(By.xpath(".//button[normalize-space()='" + button + "']"))
        .click();
    return row;
  }

  private static String uniqueUsername(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 6).replaceAll("[^a-z]", "k");
  }

  /**
   * Adds a chiropractor through the staff page as the demo administrator; the one-time password.
   */
  private static String addTherapist(String name, String username) {
    browser.signIn("demo", "admin", PASSWORD);
    browser.click(By.id("staffLink"));
    browser.waitFor(By.id("staff:add"));
    browser.type(By.id("staff:displayName"), name);
    browser.type(By.id("staff:username"), username);
    browser.choose("staff:profession", "Chiropractor");
    browser.click(By.id("staff:add"));
    browser.waitFor(By.id("issuedPassword"));
    assertEquals(username, browser.text(By.id("issuedUsername")));
    assertTrue(browser.text(By.id("staff:members")).contains(name));
    return browser.text(By.id("issuedPassword"));
  }

  private static void openClinicAndSignInAsItsAdministrator(String code, String name) {
    browser.signIn("", "platform", PASSWORD);
    browser.type(By.id("onboard:code"), code);
    browser.type(By.id("onboard:name"), name);
    browser.type(By.id("onboard:adminName"), "Rosa Lind");
    browser.type(By.id("onboard:adminUsername"), "rosa");
    browser.click(By.id("onboard:openClinic"));
    browser.waitFor(By.id("issuedPassword"));
    String oneTime = browser.text(By.id("issuedPassword"));
    browser.signIn(code, "rosa", oneTime);
    browser.chooseOwnPassword(oneTime, "Harbour-Light-Spruce-3");
    browser.waitUntil(d -> d.getCurrentUrl().contains("/admin/index.xhtml"));
  }

  private static Path pngLogo() throws IOException {
    BufferedImage image = new BufferedImage(48, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D pen = image.createGraphics();
    pen.setColor(new Color(0x1f, 0x6f, 0x78));
    pen.fillOval(4, 4, 40, 40);
    pen.dispose();
    Path file = Files.createTempFile("logo", ".png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }
}
