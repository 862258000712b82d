package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A locked account is answered exactly as a username that does not exist, so that the answer tells
 * a stranger nothing; its clinic's administrator sees the lock on the staff page.
 */
class LockedAccountAnswerIT {

  private static final Pattern ERROR =
      Pattern.compile("class=\"ui-messages-error-summary\">([^<]*)<");

  @Test
  void aLockedAccountGetsTheUnknownUsersAnswerAndItsAdministratorSeesTheLock() throws Exception {
    PortalSession.Page rightful =
        PortalSession.anonymous().signIn("northside", "therapist", PortalSession.PASSWORD);
    assertEquals("/therapist/index.xhtml", rightful.path(), "the owner signs in before the lock");

    lock("northside", "therapist", true);
    try {
      PortalSession.Page locked =
          PortalSession.anonymous().signIn("northside", "therapist", PortalSession.PASSWORD);
      PortalSession.Page unknown =
          PortalSession.anonymous().signIn("northside", "no-such-person", PortalSession.PASSWORD);

      assertEquals("/signin.xhtml", locked.path());
      assertEquals("/signin.xhtml", unknown.path());
      assertEquals(
          "The clinic, username or password is not right. Please check them and try again.",
          errorOf(unknown));
      assertEquals(errorOf(unknown), errorOf(locked), "the same answer, word for word");
      assertFalse(locked.body().toLowerCase().contains("locked"), "no word of a lock");

      String staff = PortalSession.signedIn("northside", "admin").get("/admin/staff.xhtml").body();
      assertTrue(
          staff.contains("Locked after wrong passwords until"), "the administrator sees the lock");
    } finally {
      lock("northside", "therapist", false);
    }
  }

  private static String errorOf(PortalSession.Page page) {
    Matcher error = ERROR.matcher(page.body());
    assertTrue(error.find(), "the page shows an error message");
    return error.group(1);
  }

  /** Locks the account as five wrong passwords in a row would, or opens it again. */
  private static void lock(String clinic, String username, boolean locked) throws SQLException {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement update =
            db.prepareStatement(
                "update app_user set failed_sign_ins = ?, locked_until = "
                    + (locked ? "now() + interval '15 minutes'" : "null")
                    + " where username = ?"
                    + " and tenant_id = (select id from clinic where code = ?)")) {
      update.setInt(1, locked ? 5 : 0);
      update.setString(2, username);
      update.setString(3, clinic);
      assertEquals(1, update.executeUpdate());
    }
  }
}
