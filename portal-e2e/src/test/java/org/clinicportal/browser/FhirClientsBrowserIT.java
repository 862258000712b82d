package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A clinic administrator registers a FHIR client on its page: a pasted private key is refused and
 * nothing is registered; with the public key the client gets its id, shows in the list with the
 * scope chosen, obtains a token at the endpoint the page names (the list then shows it used), and
 * is revoked after a confirmation, after which the endpoint refuses it.
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

    String tokenEndpoint = browser.text(By.id("tokenEndpoint"));
    assertEquals(
        200, askForToken(tokenEndpoint, clientId, key).statusCode(), "the client gets a token");
    browser.open("/admin/fhir-clients.xhtml");
    browser.waitFor(By.id("clients:register"));
    assertFalse(browser.text(row).contains("Never"), "used now: " + browser.text(row));

    browser
        .driver()
        .findElement(row)
        .findElement(By.xpath(".//button[normalize-space()='Revoke']"))
        .click();
    browser.confirm();
    browser.waitUntil(d -> browser.text(row).contains("Revoked"));
    assertFalse(browser.driver().findElement(row).getText().contains("Active"), "revoked for good");
    HttpResponse<String> refused = askForToken(tokenEndpoint, clientId, key);
    assertEquals(401, refused.statusCode());
    assertTrue(refused.body().contains("invalid_client"), refused.body());
  }

  /** Asks the token endpoint for a token as the client, with an assertion signed by its key. */
  private static HttpResponse<String> askForToken(String endpoint, String clientId, ECKey key)
      throws Exception {
    SignedJWT assertion =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID()).build(),
            new JWTClaimsSet.Builder()
                .issuer(clientId)
                .subject(clientId)
                .audience(endpoint)
                .expirationTime(Date.from(Instant.now().plus(Duration.ofMinutes(4))))
                .jwtID(UUID.randomUUID().toString())
                .build());
    assertion.sign(new ECDSASigner(key));
    String form =
        "grant_type=client_credentials&client_assertion_type="
            + URLEncoder.encode(
                "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
            + "&client_assertion="
            + assertion.serialize()
            + "&scope="
            + URLEncoder.encode("system/Patient.rs", StandardCharsets.UTF_8);
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(endpoint))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
