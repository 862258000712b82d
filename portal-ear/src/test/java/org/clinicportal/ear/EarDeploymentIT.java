package org.clinicportal.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
}
