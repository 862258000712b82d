package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A clinic administrator registers a FHIR client on its page: a pasted private key is refused and
 * nothing is registered; with the public key the client gets its id, shows in the list with the
 * scope chosen, and is revoked after a confirmation.
 */
class FhirClientsBrowserIT extends BrowserTest {

  @Test
  void anAdministratorRegistersAClientByItsPublicKeyAndRevokesIt() throws Exception {
    String name = "Analytics " + suffix();
    ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
    browser.signIn("demo", "admin", PASSWORD);
    browser.click(By.id("fhirClientsLink"));
    browser.waitFor(By.id("clients:register"));
    browser.type(By.id("clients:name"), name);
    browser.type(By.id("clients:keys"), key.toJSONString());
    browser
        .driver()
        .findElement(
            By.xpath("//*[@id='clients:scopes']//label[normalize-space(.)='system/Patient.rs']"))
        .click();

    browser.click(By.id("clients:register"));
    browser.waitUntil(
        d -> browser.text(By.id("clients:messages")).contains("Paste the public keys only"));
    assertFalse(browser.isPresent(By.id("registeredClientId")));
    assertFalse(browser.text(By.id("clients:list")).contains(name), "nothing registered");

    browser.type(By.id("clients:keys"), key.toPublicJWK().toJSONString());
    browser.click(By.id("clients:register"));
    browser.waitFor(By.id("registeredClientId"));
    String clientId = browser.text(By.id("registeredClientId"));
    assertTrue(clientId.startsWith("demo."), clientId);
    By row = By.xpath("//tr[td[contains(normalize-space(.), '" + name + "')]]");
    String listed = browser.text(row);
    assertTrue(listed.contains(clientId) && listed.contains("system/Patient.rs"), listed);
    assertTrue(listed.contains("Never"), "not used yet: " + listed);

    browser
        .driver()
        .findElement(row)
        .findElement(By.xpath(".//button[normalize-space()='Revoke']"))
        .click();
    browser.confirm();
    browser.waitUntil(d -> browser.text(row).contains("Revoked"));
    assertFalse(browser.driver().findElement(row).getText().contains("Active"), "revoked for good");
  }
}
