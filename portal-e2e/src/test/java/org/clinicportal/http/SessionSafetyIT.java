package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The session over plain HTTP: its cookie, its new id at sign-in, its end on the server at sign-out
 * and when idle, and posts that did not come from the page the portal gave this person.
 */
class SessionSafetyIT {

  private static final Logger LOG = Logger.getLogger(SessionSafetyIT.class.getName());

  private static final String IDLE_NOTICE = "You were signed out after 15 minutes without activity";
  private static final String PATIENTS = "/therapist/patients/index.xhtml";

  /** The pages a session keeps, as web.xml sets Mojarra's number of logical views. */
  private static final int KEPT_PAGES = 6;

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteAndSigningInGivesANewId() {
    PortalSession visitor = PortalSession.anonymous();
    visitor.get("/signin.xhtml");
    assertNull(visitor.sessionId(), "the sign-in page keeps nothing of a visit on the server");
    String planted = UUID.randomUUID().toString().replace("-", "");
    visitor.sendSessionId(planted);

    PortalSession.Page home = visitor.signIn("demo", "therapist2", PortalSession.PASSWORD);
    assertEquals("/therapist/index.xhtml", home.path());
    assertNotNull(visitor.sessionId());
    assertNotEquals(planted, visitor.sessionId(), "signing in never keeps an id it was handed");

    String session = cookie(visitor, "JSESSIONID=" + visitor.sessionId());
    assertTrue(session.contains("HttpOnly"), session);
    assertTrue(session.toLowerCase(Locale.ROOT).contains("samesite=lax"), session);
    String idle = cookie(visitor, "portal-idle-minutes=15");
    assertTrue(
        idle.contains("HttpOnly") && idle.toLowerCase(Locale.ROOT).contains("samesite=strict"),
        idle);
    assertFalse(idle.contains("Expires") || idle.contains("Max-Age"), "it ends with the browser");
  }

  @Test
  void aSessionTheServerEndedSendsThePersonToSignInWithTheReasonOnce() {
    PortalSession therapist = PortalSession.signedIn("demo", "therapist2");
    therapist.sendSessionId(UUID.randomUUID().toString().replace("-", ""));

    PortalSession.Page page = therapist.get(PATIENTS);
    assertEquals("/signin.xhtml", page.path());
    assertTrue(page.body().contains(IDLE_NOTICE), "the sign-in page says why");
    assertFalse(therapist.get("/signin.xhtml").body().contains(IDLE_NOTICE), "and says it once");
  }

  @Test
  void anAjaxRequestAfterTheSessionEndedMovesTheWholePageToSignIn() {
    PortalSession therapist = PortalSession.signedIn("demo", "therapist2");
    Form search = therapist.get(PATIENTS).form("patients").set("patients:q", "lee");
    therapist.sendSessionId(UUID.randomUUID().toString().replace("-", ""));

    PortalSession.Page answer = therapist.ajax(search, "patients:q", "patients:table");
    assertTrue(
        answer.body().contains("<redirect url=\"/portal/signin.xhtml\"/>"),
        "an ajax answer the page acts on: " + answer.body());
    assertTrue(therapist.get("/signin.xhtml").body().contains(IDLE_NOTICE));
  }

  @Test
  void signingOutEndsTheSessionOnTheServerWithoutTheIdleNotice() {
    PortalSession therapist = PortalSession.signedIn("demo", "therapist2");
    String signedIn = therapist.sessionId();
    PortalSession.Page out =
        therapist.submit(
            therapist.get("/therapist/index.xhtml").form("account"), "account:signOut");
    assertEquals("/signin.xhtml?signedOut=true", out.path());

    therapist.sendSessionId(signedIn);
    PortalSession.Page again = therapist.get(PATIENTS);
    assertEquals("/signin.xhtml", again.path(), "the old session id opens nothing");
    assertFalse(again.body().contains(IDLE_NOTICE));
  }

  @Test
  void aPostWithoutThePagesOwnViewStateChangesNothing() throws Exception {
    long patient = PortalDatabase.demoPatientId("D-0005");
    PortalSession victim = PortalSession.signedIn("demo", "therapist");
    PortalSession other = PortalSession.signedIn("demo", "therapist2");
    String edit = "/therapist/patients/edit.xhtml?id=" + patient;
    Form victimsPage = victim.get(edit).form("edit");
    Form othersPage = other.get(edit).form("edit");
    assertNotEquals(victimsPage.viewState(), othersPage.viewState());
    String before = PortalDatabase.phoneOf(patient);

    Map<String, Form> forged =
        Map.of(
            "another session's view state in the victim's session",
            victimsPage.copy().set("jakarta.faces.ViewState", othersPage.viewState()),
            "no view state",
            victimsPage.copy().remove("jakarta.faces.ViewState"),
            "a stateless view state",
            victimsPage.copy().set("jakarta.faces.ViewState", "stateless"),
            "a made-up view state",
            victimsPage.copy().set("jakarta.faces.ViewState", "-1234567890:987654321"));
    int refused = 0;
    for (Map.Entry<String, Form> post : forged.entrySet()) {
      String phone = "+44 20 7946 " + (1000 + refused);
      PortalSession.Page answer =
          victim.ajax(post.getValue().set("edit:phone", phone), "edit:save", "edit");
      assertFalse(answer.body().contains("chart.xhtml"), post.getKey() + ": " + answer.body());
      assertEquals(before, PortalDatabase.phoneOf(patient), post.getKey() + " changed the record");
      refused++;
    }
    PortalSession.Page replayedElsewhere =
        other.ajax(victimsPage.copy().set("edit:phone", "+44 20 7946 2000"), "edit:save", "edit");
    assertFalse(replayedElsewhere.body().contains("chart.xhtml"));
    assertEquals(
        before, PortalDatabase.phoneOf(patient), "the victim's view state in another session");
    refused++;

    String chosen = "+44 20 7946 " + (3000 + (int) (Math.random() * 999));
    PortalSession.Page saved =
        victim.ajax(victimsPage.set("edit:phone", chosen), "edit:save", "edit");
    assertTrue(saved.body().contains("chart.xhtml?id=" + patient), saved.body());
    assertEquals(chosen, PortalDatabase.phoneOf(patient), "the page's own post is saved");
    int count = refused;
    LOG.info(() -> "Forged posts: " + count + " tried, " + count + " refused, 0 saved");
  }

  @Test
  void aPageTheSessionStillKeepsActsAndAnOlderOneIsToldItExpiredAndChangesNothing()
      throws Exception {
    long patient = PortalDatabase.demoPatientId("D-0005");
    PortalSession therapist = PortalSession.signedIn("demo", "therapist2");
    String edit = "/therapist/patients/edit.xhtml?id=" + patient;

    Form kept = therapist.get(edit).form("edit");
    openPages(therapist, KEPT_PAGES - 1);
    String chosen = "+44 20 7946 " + (4000 + (int) (Math.random() * 999));
    PortalSession.Page saved = therapist.ajax(kept.set("edit:phone", chosen), "edit:save", "edit");
    assertTrue(saved.body().contains("chart.xhtml?id=" + patient), saved.body());
    assertEquals(chosen, PortalDatabase.phoneOf(patient));

    Form dropped = therapist.get(edit).form("edit");
    openPages(therapist, KEPT_PAGES);
    PortalSession.Page expired =
        therapist.ajax(dropped.set("edit:phone", "+44 20 7946 0999"), "edit:save", "edit");
    assertTrue(expired.body().contains("<redirect url=\"/portal/expired.xhtml\""), expired.body());
    assertEquals(chosen, PortalDatabase.phoneOf(patient), "the expired page changed nothing");
  }

  /**
   * What anonymous visits cost the server: the sign-in page keeps no state on the server, so a
   * visit without a cookie is given no session. Signing in is what makes one, and each visitor's is
   * their own, so the count of sessions would show a page that began keeping them again.
   */
  @Test
  void anonymousVisitsToTheSignInPageCostTheServerNoSession() throws Exception {
    int visits = 200;
    Set<String> sessions = new HashSet<>();
    long started = System.nanoTime();
    for (int visit = 0; visit < visits; visit++) {
      PortalSession visitor = PortalSession.anonymous();
      PortalSession.Page page = visitor.get("/signin.xhtml");
      assertEquals(200, page.status());
      assertTrue(page.body().contains("signin:password"), "the sign-in form");
      visitor.cookiesSet().stream()
          .filter(header -> header.startsWith("JSESSIONID="))
          .forEach(sessions::add);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    Set<String> signedIn = new HashSet<>();
    for (int visit = 0; visit < 3; visit++) {
      PortalSession visitor = PortalSession.signedIn("demo", "therapist2");
      signedIn.add(visitor.sessionId());
    }
    String summary =
        String.format(
            "Sign-in page: %d anonymous visits in %d ms, %d answered with a session;"
                + " %d sign-ins, %d sessions%n",
            visits, millis, sessions.size(), 3, signedIn.size());
    LOG.info(summary);
    Files.writeString(Path.of("target", "signin-sessions.txt"), summary);
    assertEquals(Set.of(), sessions, "sessions the anonymous visits were given");
    assertEquals(3, signedIn.size(), "each sign-in has a session of its own");
  }

  /**
   * With no session to tie a post to the form, a sign-in posted from another site's page is refused
   * (a login forgery would sign the visitor into an account of the attacker's choosing). The same
   * post from the portal's own origin signs in.
   */
  @Test
  void aSignInPostedFromAnotherSitesPageSignsNobodyIn() {
    PortalSession own = PortalSession.anonymous();
    PortalSession.Page home =
        own.signInFrom(PortalSession.ORIGIN, "demo", "therapist2", PortalSession.PASSWORD);
    assertEquals("/therapist/index.xhtml", home.path(), "from the portal's own page");

    PortalSession forged = PortalSession.anonymous();
    PortalSession.Page refused =
        forged.signInFrom("https://attacker.example", "demo", "therapist2", PortalSession.PASSWORD);
    assertEquals("/signin.xhtml", refused.path());
    assertTrue(refused.body().contains("ui-messages-error"), "the form says it was not accepted");
    assertNull(forged.sessionId(), "no session was made");
    assertEquals(
        "/signin.xhtml",
        forged.get("/therapist/index.xhtml").path(),
        "the therapist's home still leads to the sign-in page");
  }

  private static void openPages(PortalSession visitor, int count) {
    for (int i = 0; i < count; i++) {
      assertEquals(200, visitor.get("/therapist/index.xhtml").status());
    }
  }

  private static String cookie(PortalSession visitor, String start) {
    List<String> set = visitor.cookiesSet();
    return set.stream()
        .filter(header -> header.startsWith(start))
        .reduce((first, last) -> last)
        .orElseThrow(() -> new AssertionError(start + " not among " + set));
  }
}
