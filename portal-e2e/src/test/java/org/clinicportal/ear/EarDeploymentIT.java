package org.clinicportal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The EAR the build produces deploys on Payara Server, migrates its database and answers. */
@ExtendWith(ArquillianExtension.class)
class EarDeploymentIT {

  @Deployment
  static EnterpriseArchive builtEar() {
    EnterpriseArchive built =
        ShrinkWrap.createFromZipFile(
            EnterpriseArchive.class, new File(System.getProperty("portal.ear")));
    EnterpriseArchive underTest =
        ShrinkWrap.create(EnterpriseArchive.class, "portal-under-test.ear").merge(built);
    underTest.getAsType(WebArchive.class, "portal-web.war").addClass(EarDeploymentIT.class);
    return underTest;
  }

  @Inject private Clinics clinics;

  @ArquillianResource private URL portal;

  @Test
  void theServicesReachTheMigratedDatabaseThroughTheDomainsDataSource() {
    Clinic demo = clinics.findByCode("demo").orElseThrow();
    assertEquals("Demo Physio & Chiro", demo.getName());
    assertTrue(clinics.findByCode("northside").isPresent());
  }

  @Test
  @RunAsClient
  void theSignInPageAnswers() throws Exception {
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(portal.toURI().resolve("signin.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains(">Sign in<"), "the sign-in page shows its title");
    assertTrue(page.body().contains("Clinic"), "the sign-in page asks for the clinic");
    assertTrue(
        page.headers().firstValue("Server").isEmpty(), "the server does not announce itself");
    assertTrue(page.headers().firstValue("X-Powered-By").isEmpty(), "nor its version");
  }

  @Test
  @RunAsClient
  void aPageCarriesTheHardeningHeadersAndAScriptPolicyWithANonce() throws Exception {
    HttpResponse<String> page = get("signin.xhtml");

    List<String> policies = page.headers().allValues("Content-Security-Policy");
    assertTrue(
        policies.contains(
            "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'"),
        policies.toString());
    String scripts =
        policies.stream().filter(p -> p.contains("script-src")).findFirst().orElseThrow();
    Matcher nonce = Pattern.compile("script-src 'self' 'nonce-([^']+)'").matcher(scripts);
    assertTrue(nonce.find(), scripts);
    assertTrue(scripts.contains("object-src 'none'") && scripts.contains("default-src 'self'"));
    assertTrue(
        page.body().contains("nonce=\"" + nonce.group(1) + "\""),
        "the page's scripts carry the nonce of its policy");
    assertHardened(page);
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(
        page.headers().firstValue("Strict-Transport-Security").isEmpty(), "HSTS only over HTTPS");
  }

  @Test
  @RunAsClient
  void errorPagesAndStaticResourcesCarryThemToo() throws Exception {
    HttpResponse<String> missing = get("no-such-page.xhtml");
    assertEquals(404, missing.statusCode());
    assertHardened(missing);
    for (String leak : List.of("Caused by", "at org.", "at java.", "Payara", "GlassFish")) {
      assertFalse(missing.body().contains(leak), "no stack trace or server name: " + leak);
    }

    HttpResponse<String> script =
        get("jakarta.faces.resource/jquery/jquery.js.xhtml?ln=primefaces");
    assertEquals(200, script.statusCode());
    assertHardened(script);
    assertFalse(
        script.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
        "the portal's own scripts may be cached");
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(portal.toURI().resolve(path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static void assertHardened(HttpResponse<?> response) {
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
    assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
    assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElse(""));
    assertTrue(
        response.headers().allValues("Content-Security-Policy").stream()
            .anyMatch(policy -> policy.contains("frame-ancestors 'none'")),
        response.uri().toString());
  }
}
