package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * What the server shows outside the portal: its root, its answers for addresses no application
 * serves, and its administration, which answers no one without the domain's password.
 */
class ServerExposureIT {

  private static final URI PORTAL = URI.create(PortalSession.BASE_URL + "/");
  private static final URI SERVER_ROOT = PORTAL.resolve("/");
  private static final URI ADMINISTRATION =
      URI.create("http://localhost:" + System.getProperty("portal.e2e.adminPort", "28048") + "/");
  private static final String ADMIN_PASSWORD =
      System.getProperty("portal.e2e.adminPassword", "portal-e2e-admin");

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Test
  void theServersRootLeadsToThePortalAndNamesNoServer() throws Exception {
    HttpResponse<String> root = get(SERVER_ROOT, null);

    assertEquals(200, root.statusCode());
    assertTrue(root.body().contains("url=/portal/"), root.body());
    assertNamesNoServer(root);
  }

  @Test
  void addressesOutsideThePortalAnswerWithoutTheServersErrorPage() throws Exception {
    assertEquals(200, get(PORTAL.resolve("signin.xhtml"), null).statusCode());

    for (String path :
        new String[] {"/nothing-here", "/portal-old/", "/index.jsp", "/WEB-INF/web.xml"}) {
      HttpResponse<String> answer = get(SERVER_ROOT.resolve(path), null);
      assertEquals(404, answer.statusCode(), path);
      assertNamesNoServer(answer);
    }
    HttpResponse<String> unknownMethod =
        http.send(
            HttpRequest.newBuilder(SERVER_ROOT)
                .method("FOOBAR", HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertTrue(unknownMethod.statusCode() >= 400, String.valueOf(unknownMethod.statusCode()));
    assertNamesNoServer(unknownMethod);
  }

  @Test
  void aBalancerLearnsThatTheServerIsReadyAndAliveAndNothingMore() throws Exception {
    HttpResponse<String> ready = get(SERVER_ROOT.resolve("/health/ready"), null);
    assertEquals(200, ready.statusCode(), ready.body());
    String readiness = ready.body().replaceAll("\\s", "");
    assertTrue(readiness.contains("\"status\":\"UP\""), readiness);
    assertTrue(readiness.contains("\"database\":\"UP\""), readiness);
    assertTrue(readiness.contains("\"schema\":\"UP\""), readiness);

    HttpResponse<String> live = get(SERVER_ROOT.resolve("/health/live"), null);
    assertEquals(200, live.statusCode(), live.body());
    assertTrue(
        live.body().replaceAll("\\s", "").matches(".*\"deadlockedThreads\":\"?0\"?[,}].*"),
        live.body());

    for (HttpResponse<String> answer : java.util.List.of(ready, live)) {
      assertFalse(answer.body().contains("jdbc"), answer.body());
      assertFalse(answer.body().contains("postgres"), answer.body());
      assertNamesNoServer(answer);
    }
  }

  @Test
  void theAdministrationAnswersTheDomainsPasswordAloneAndNoAnonymousCaller() throws Exception {
    URI management = ADMINISTRATION.resolve("management/domain/applications/application");
    HttpResponse<String> withPassword = get(management, "admin:" + ADMIN_PASSWORD);
    assertEquals(200, withPassword.statusCode(), "the domain's own administrator is let in");
    assertTrue(withPassword.body().contains("portal"), "the administrator sees the portal");

    for (String credentials : new String[] {null, "admin:", "admin:admin", "anonymous:"}) {
      HttpResponse<String> refused = get(management, credentials);
      assertEquals(401, refused.statusCode(), String.valueOf(credentials));
      assertFalse(refused.body().contains("portal-pool"), String.valueOf(credentials));
    }
  }

  private HttpResponse<String> get(URI uri, String credentials) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(20)).header("Accept", "*/*");
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    request.header("X-Requested-By", "portal-tests");
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static void assertNamesNoServer(HttpResponse<String> answer) {
    String uri = answer.uri().toString();
    assertFalse(answer.body().contains("Payara"), uri + ": " + answer.body());
    assertFalse(answer.body().contains("GlassFish"), uri);
    assertTrue(answer.headers().firstValue("Server").isEmpty(), uri);
    assertTrue(answer.headers().firstValue("X-Powered-By").isEmpty(), uri);
  }
}
