package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sessions of one account over plain HTTP: a password change or reset ends every other session
 * at its next request and keeps the one that changed its own password, and a session id in the URL
 * opens nothing.
 */
class AccountSessionsIT {

  private static final String ADMIN_HOME = "/admin/index.xhtml";
  private static final String PATIENTS = "/therapist/patients/index.xhtml";
  private static final String REVOKED = "/signin.xhtml?ended=revoked";
  private static final String REVOKED_NOTICE = "You were signed out because this account";
  private static final String CHOSEN = "Tendon-Compass-81";

  private String username;

  /**
   * An administrator of the demo clinic of its own, with the demo password, for this test alone.
   */
  @BeforeEach
  void openAccount() throws Exception {
    username = PortalDatabase.openDemoAdministrator("sessions", "Session Tester");
  }

  @AfterEach
  void removeAccount() throws Exception {
    PortalDatabase.removeAccount(username);
  }

  @Test
  void anOwnPasswordChangeEndsTheOtherSessionAndKeepsTheChangersUnderANewId() {
    PortalSession changer = PortalSession.signedIn("demo", username);
    PortalSession other = PortalSession.signedIn("demo", username);
    assertEquals(ADMIN_HOME, changer.get(ADMIN_HOME).path());
    assertEquals(ADMIN_HOME, other.get(ADMIN_HOME).path(), "both sessions are open");
    String before = changer.sessionId();

    Form form = changer.get("/account/password.xhtml").form("password");
    form.set("password:current", PortalSession.PASSWORD);
    form.set("password:chosen", CHOSEN);
    form.set("password:repeated", CHOSEN);
    assertEquals(ADMIN_HOME, changer.submit(form, "password:save").path());
    assertNotEquals(before, changer.sessionId(), "the changer's session has a new id");

    PortalSession.Page ended = other.get(ADMIN_HOME);
    assertEquals(REVOKED, ended.path(), "the other session's next request");
    assertTrue(ended.body().contains(REVOKED_NOTICE), "the sign-in page says why");
    assertEquals("/signin.xhtml", other.get(ADMIN_HOME).path(), "and that session is over");
    assertEquals(ADMIN_HOME, changer.get(ADMIN_HOME).path(), "the changer stays signed in");

    PortalSession again = PortalSession.anonymous();
    assertEquals(ADMIN_HOME, again.signIn("demo", username, CHOSEN).path());
  }

  @Test
  void aResetByTheClinicEndsEverySessionOfTheAccountAndNotTheAdministrators() {
    PortalSession owner = PortalSession.signedIn("demo", username);
    PortalSession admin = PortalSession.signedIn("demo", "admin");
    assertEquals(ADMIN_HOME, owner.get(ADMIN_HOME).path(), "the owner's session is open");

    PortalSession.Page reset = StaffPage.pressInRow(admin, username, "Reset password");
    assertTrue(reset.body().contains("issuedPassword"), "a one-time password: " + reset.body());

    assertEquals(REVOKED, owner.get(ADMIN_HOME).path(), "the owner's next request");
    assertEquals(
        StaffPage.PATH, admin.get(StaffPage.PATH).path(), "the administrator stays signed in");
  }

  @Test
  void aSessionIdInTheUrlIsNotHonoured() {
    PortalSession owner = PortalSession.signedIn("demo", "therapist2");
    assertEquals(PATIENTS, owner.get(PATIENTS).path(), "the owner's cookie opens the page");
    String id = owner.sessionId();
    assertNotNull(id);

    PortalSession stranger = PortalSession.anonymous();
    for (String path : new String[] {PATIENTS, "/therapist/index.xhtml", "/home"}) {
      PortalSession.Page page = stranger.get(path + ";jsessionid=" + id);
      assertTrue(page.path().startsWith("/signin.xhtml"), path + " opened " + page.path());
      assertFalse(page.body().contains("Sam Okafor"), "nothing of the owner's page shows");
    }
    assertNotEquals(id, stranger.sessionId(), "the stranger never holds the owner's session");
    assertFalse(
        PortalSession.anonymous().get("/signin.xhtml").body().contains("jsessionid"),
        "the portal never writes a session id into its links");
    assertEquals(PATIENTS, owner.get(PATIENTS).path(), "the owner's session is untouched");
  }
}
