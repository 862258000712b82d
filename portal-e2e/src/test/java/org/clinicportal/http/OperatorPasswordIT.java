package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The platform operator changes their own password on a page reachable from their home: the current
 * password is required, the new one must meet the policy, and the change is in the operators' audit
 * trail on the home page.
 *
 * <p>The tests work on an operator of their own, with the demo operator's password: other classes,
 * running beside these, sign in as the demo operator, and each sign-in would clear the count of
 * wrong passwords these tests make.
 */
class OperatorPasswordIT {

  private static final String PAGE = "/platform/password.xhtml";
  private static final String CHOSEN = "Harbour-Pilot-Ferry-19";
  private static final String OPERATOR = "platform-password-test";

  /** The operator of these tests, as the demo operator was made, its password the demo one. */
  @BeforeAll
  static void ownOperator() throws SQLException {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement insert =
            db.prepareStatement(
                "insert into platform_admin (id, username, display_name, password_hash)"
                    + " select nextval('portal_id_seq'), ?, 'Password Test Operator',"
                    + " password_hash from platform_admin where username = 'platform'"
                    + " on conflict (username) do update set password_hash ="
                    + " excluded.password_hash, failed_sign_ins = 0, locked_until = null")) {
      insert.setString(1, OPERATOR);
      insert.executeUpdate();
    }
  }

  @Test
  void theOperatorChangesTheirPasswordWithTheCurrentOneAndSeesItInTheAudit() throws Exception {
    String before = passwordHash();
    try {
      PortalSession operator = PortalSession.signedIn("", OPERATOR);
      PortalSession elsewhere = PortalSession.signedIn("", OPERATOR);
      assertEquals("/platform/index.xhtml", elsewhere.get("/platform/index.xhtml").path());
      PortalSession.Page home = operator.get("/platform/index.xhtml");
      assertTrue(
          home.body().contains("/portal" + PAGE), "the home page leads to the password page");

      PortalSession.Page wrongCurrent = change(operator, "Not-the-password-1", CHOSEN, CHOSEN);
      assertEquals(PAGE, wrongCurrent.path());
      assertTrue(wrongCurrent.body().contains("The current password is not right."));
      PortalSession.Page mismatch = change(operator, PortalSession.PASSWORD, CHOSEN, CHOSEN + "x");
      assertTrue(mismatch.body().contains("The two new passwords are not the same."));
      PortalSession.Page weak = change(operator, PortalSession.PASSWORD, "short", "short");
      assertTrue(weak.body().contains("Use at least 12 characters."));
      assertEquals(before, passwordHash(), "a refused change changes nothing");

      PortalSession.Page changed = change(operator, PortalSession.PASSWORD, CHOSEN, CHOSEN);
      assertEquals("/platform/index.xhtml", changed.path());
      assertTrue(changed.body().contains("Your new password is saved."));
      String audit = changed.body().substring(changed.body().indexOf("id=\"operatorAudit\""));
      assertTrue(audit.contains("Password changed"), "the change is in the operators' audit");
      assertTrue(
          audit.contains("Password change refused: wrong current password"),
          "so is the refused attempt");

      assertEquals(
          "/platform/index.xhtml",
          operator.get("/platform/index.xhtml").path(),
          "the session that made the change stays signed in");
      assertEquals(
          "/signin.xhtml?ended=revoked",
          elsewhere.get("/platform/index.xhtml").path(),
          "the operator's other session has ended");
      assertEquals(
          "/platform/index.xhtml",
          PortalSession.anonymous().signIn("", OPERATOR, CHOSEN).path(),
          "the new password signs in");
      assertEquals(
          "/signin.xhtml",
          PortalSession.anonymous().signIn("", OPERATOR, PortalSession.PASSWORD).path(),
          "the old one no longer does");
    } finally {
      restore(before);
    }
  }

  @Test
  void theFifthWrongCurrentPasswordEndsTheSessionAndLocksTheOperator() throws Exception {
    String before = passwordHash();
    try {
      PortalSession operator = PortalSession.signedIn("", OPERATOR);
      for (int attempt = 1; attempt < 5; attempt++) {
        PortalSession.Page wrong = change(operator, "Not-the-password-" + attempt, CHOSEN, CHOSEN);
        assertEquals(PAGE, wrong.path(), "attempt " + attempt + " stays on the page");
      }
      PortalSession.Page fifth = change(operator, "Not-the-password-5", CHOSEN, CHOSEN);
      assertEquals("/signin.xhtml?ended=locked", fifth.path());
      assertTrue(fifth.body().contains("five wrong current passwords in a row"), fifth.body());
      assertEquals("/signin.xhtml", operator.get("/platform/index.xhtml").path(), "signed out");
      assertEquals(
          "/signin.xhtml",
          PortalSession.anonymous().signIn("", OPERATOR, PortalSession.PASSWORD).path(),
          "the right password waits for the lock to end");
      assertEquals(before, passwordHash(), "nothing was changed");
    } finally {
      restore(before);
    }
    assertEquals(
        "/platform/index.xhtml",
        PortalSession.anonymous().signIn("", OPERATOR, PortalSession.PASSWORD).path(),
        "with the lock lifted the same password signs in: the lock was what refused it");
  }

  @Test
  void aClinicAccountCannotOpenTheOperatorsPasswordPage() {
    PortalSession operator = PortalSession.signedIn("", OPERATOR);
    assertEquals(PAGE, operator.get(PAGE).path(), "the operator opens it");

    PortalSession admin = PortalSession.signedIn("demo", "admin");
    PortalSession.Page refused = admin.get(PAGE);
    assertTrue(refused.body().contains("Not allowed"), "a clinic account is refused");
    assertFalse(refused.body().contains("id=\"operatorPassword\""), "and gets no form");
  }

  private static PortalSession.Page change(
      PortalSession operator, String current, String chosen, String repeated) {
    Form form = operator.get(PAGE).form("operatorPassword");
    form.set("operatorPassword:current", current);
    form.set("operatorPassword:chosen", chosen);
    form.set("operatorPassword:repeated", repeated);
    return operator.submit(form, "operatorPassword:save");
  }

  private static String passwordHash() throws SQLException {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query =
            db.prepareStatement("select password_hash from platform_admin where username = ?")) {
      query.setString(1, OPERATOR);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "the tests' operator is there");
        return row.getString(1);
      }
    }
  }

  /** Puts the demo password back for the other tests, whatever the test left. */
  private static void restore(String hash) throws SQLException {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement update =
            db.prepareStatement(
                "update platform_admin set password_hash = ?, failed_sign_ins = 0,"
                    + " locked_until = null where username = ?")) {
      update.setString(1, hash);
      update.setString(2, OPERATOR);
      assertEquals(1, update.executeUpdate());
    }
  }
}
