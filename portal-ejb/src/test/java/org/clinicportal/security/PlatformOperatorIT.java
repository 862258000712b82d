package org.clinicportal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.clinicportal.audit.CallerAddress;
import org.clinicportal.security.SignInResult.Refusal;
import org.clinicportal.signin.ClinicCredential;
import org.clinicportal.signin.SignIn;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform operator, who belongs to no clinic: locked after failed sign-ins like a clinic
 * account, every attempt in the operators' own audit trail, a password change that needs the
 * current password, and the first operator created with the installer's password.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformOperatorIT {

  private static final String PASSWORD = "Lighthouse-Keeper-73";
  private static final String NEW_PASSWORD = "Harbour-Pilot-Ferry-19";

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private PlatformAdmins platformAdmins;
  @Inject private SignIn signIn;
  @Inject private CallerAddress callerAddress;

  @Test
  void fiveWrongPasswordsInARowLockTheOperatorAndEveryAttemptIsAudited() throws Exception {
    callerAddress.set("192.0.2.11");
    String username = uniqueUsername();
    long id = platformAdmins.open(username, "Operator under attack", PASSWORD).id();
    assertTrue(operator(username, PASSWORD).signedInPrincipal().isPresent(), "the owner signs in");

    for (int attempt = 1; attempt < 5; attempt++) {
      assertEquals(Refusal.NOT_RECOGNISED, operator(username, "Wrong-Guess-" + attempt).refusal());
    }
    SignInResult fifth = operator(username, "Wrong-Guess-5");
    assertEquals(Refusal.ACCOUNT_LOCKED, fifth.refusal());
    Duration lock = Duration.between(Instant.now(), fifth.retryAfter());
    assertTrue(
        lock.compareTo(Duration.ofMinutes(14)) > 0 && lock.compareTo(Duration.ofMinutes(15)) <= 0,
        lock.toString());
    assertEquals(
        Refusal.ACCOUNT_LOCKED,
        operator(username, PASSWORD).refusal(),
        "the right password waits for the lock to end");

    assertEquals(
        Map.of(
            "OPERATOR_OPENED", 1,
            "SIGNED_IN", 1,
            "SIGN_IN_FAILED", 5,
            "ACCOUNT_LOCKED", 1,
            "SIGN_IN_REFUSED_LOCKED", 1),
        operatorAudit(id));
    assertEquals(List.of(callerAddress.get()), addressesOf(id), "each entry names the address");
  }

  @Test
  void aSignInAsAnUnknownOperatorIsAuditedUnderTheTypedName() throws Exception {
    callerAddress.set("192.0.2.12");
    String typed = uniqueUsername();
    assertEquals(Refusal.NOT_RECOGNISED, operator(typed, PASSWORD).refusal());

    try (Connection db = TestDatabase.connectAsOwner();
        PreparedStatement query =
            db.prepareStatement(
                "select action, details from platform_audit_event"
                    + " where actor_id is null and actor_name = ?")) {
      query.setString(1, typed);
      try (ResultSet row = query.executeQuery()) {
        assertTrue(row.next(), "the attempt is audited");
        assertEquals("SIGN_IN_FAILED", row.getString(1));
        assertEquals("unknown username", row.getString(2));
      }
    }
  }

  @Test
  void theOperatorChangesTheirPasswordOnlyWithTheCurrentOneAndWithinThePolicy() throws Exception {
    callerAddress.set("192.0.2.13");
    String username = uniqueUsername();
    long id = platformAdmins.open(username, "Changing operator", PASSWORD).id();

    WrongCurrentPasswordException wrongCurrent =
        assertThrows(
            WrongCurrentPasswordException.class,
            () -> platformAdmins.changePassword(id, "Not-The-Current-One-1", NEW_PASSWORD));
    assertFalse(wrongCurrent.locked());
    WeakPasswordException weak =
        assertThrows(
            WeakPasswordException.class,
            () -> platformAdmins.changePassword(id, PASSWORD, "short"));
    assertTrue(weak.messageKeys().contains("password.tooShort"), weak.messageKeys().toString());
    assertTrue(
        operator(username, PASSWORD).signedInPrincipal().isPresent(),
        "a refused change leaves the password as it was");

    platformAdmins.changePassword(id, PASSWORD, NEW_PASSWORD);

    assertTrue(operator(username, NEW_PASSWORD).signedInPrincipal().isPresent());
    assertEquals(Refusal.NOT_RECOGNISED, operator(username, PASSWORD).refusal());
    Map<String, Integer> audit = operatorAudit(id);
    assertEquals(1, audit.get("OPERATOR_PASSWORD_CHANGE_REFUSED"), audit.toString());
    assertEquals(1, audit.get("OPERATOR_PASSWORD_CHANGED"), audit.toString());
  }

  @Test
  void fiveWrongCurrentPasswordsInARowLockTheOperatorAndChangeNothing() throws Exception {
    callerAddress.set("192.0.2.16");
    String username = uniqueUsername();
    long id = platformAdmins.open(username, "Guessed operator", PASSWORD).id();

    for (int attempt = 1; attempt < 5; attempt++) {
      int round = attempt;
      assertFalse(
          assertThrows(
                  WrongCurrentPasswordException.class,
                  () -> platformAdmins.changePassword(id, "Wrong-Guess-" + round, NEW_PASSWORD))
              .locked());
    }
    assertTrue(
        assertThrows(
                WrongCurrentPasswordException.class,
                () -> platformAdmins.changePassword(id, "Wrong-Guess-5", NEW_PASSWORD))
            .locked(),
        "the fifth wrong current password locks the operator");
    assertTrue(
        assertThrows(
                WrongCurrentPasswordException.class,
                () -> platformAdmins.changePassword(id, PASSWORD, NEW_PASSWORD))
            .locked(),
        "while locked, even the right current password changes nothing");
    assertEquals(Refusal.ACCOUNT_LOCKED, operator(username, PASSWORD).refusal());
    assertEquals(Refusal.ACCOUNT_LOCKED, operator(username, NEW_PASSWORD).refusal());
    Map<String, Integer> audit = operatorAudit(id);
    assertEquals(6, audit.get("OPERATOR_PASSWORD_CHANGE_REFUSED"), audit.toString());
    assertEquals(1, audit.get("ACCOUNT_LOCKED"), audit.toString());
  }

  /**
   * The portal's database role reads no operator row and no password hash: it has the functions,
   * which clear a count or replace a password only with the key of the current password, and which
   * only ever lengthen a lock. The owner of the schema reads the same row, so the table is there.
   */
  @Test
  void thePortalsRoleReachesOperatorsOnlyThroughFunctionsThatHideTheHash() throws Exception {
    callerAddress.set("192.0.2.17");
    String username = uniqueUsername();
    long id = platformAdmins.open(username, "Guarded operator", PASSWORD).id();
    String stored;
    try (Connection owner = TestDatabase.connectAsOwner();
        PreparedStatement hash =
            owner.prepareStatement("select password_hash from platform_admin where id = ?")) {
      hash.setLong(1, id);
      try (ResultSet row = hash.executeQuery()) {
        assertTrue(row.next(), "the schema's owner reads the operator");
        stored = row.getString(1);
      }
    }
    String storedKey = stored.substring(stored.lastIndexOf(':') + 1);

    try (Connection portal = TestDatabase.connectAsApplication()) {
      for (String read :
          List.of(
              "select count(*) from platform_admin",
              "select password_hash from platform_admin",
              "update platform_admin set failed_sign_ins = 0")) {
        SQLException refused =
            assertThrows(SQLException.class, () -> portal.createStatement().executeQuery(read));
        assertEquals("42501", refused.getSQLState(), read);
      }
      String settings = single(portal, "select platform_operator_hash_settings(?)", username);
      assertEquals(4, settings.split(":").length, settings);
      assertFalse(settings.contains(storedKey), "the settings hold no key");
      assertEquals(
          stored.substring(0, stored.lastIndexOf(':')),
          settings.substring(0, settings.lastIndexOf(':')));

      portal.setAutoCommit(false);
      try (PreparedStatement lock =
          portal.prepareStatement(
              "select platform_operator_failed(?, now() + interval '1 hour')")) {
        lock.setLong(1, id);
        lock.executeQuery().close();
      }
      try (PreparedStatement shorten =
          portal.prepareStatement(
              "select platform_operator_failed(?, now() - interval '1 hour')")) {
        shorten.setLong(1, id);
        shorten.executeQuery().close();
      }
      assertEquals(
          "f",
          single(portal, "select platform_operator_signed_in(" + id + ", ?)", "bm90LXRoZS1rZXk="));
      assertEquals(
          "f",
          single(
              portal,
              "select platform_operator_change_password("
                  + id
                  + ", ?, 'PBKDF2WithHmacSHA512:1:AA==:AA==')",
              "bm90LXRoZS1rZXk="));
      assertEquals(
          "2 true",
          single(
              portal,
              "select failed_sign_ins || ' ' || (locked_until > now() + interval '59 minutes')"
                  + " from platform_operator_by_id("
                  + id
                  + ") where username = ?",
              username),
          "two failures counted, the later one could not shorten the lock, no key cleared them");
      portal.commit();
    }
    assertEquals(Refusal.ACCOUNT_LOCKED, operator(username, PASSWORD).refusal());

    try (Connection portal = TestDatabase.connectAsApplication()) {
      portal.setAutoCommit(false);
      assertEquals(
          "t", single(portal, "select platform_operator_signed_in(" + id + ", ?)", storedKey));
      portal.commit();
    }
    assertTrue(
        operator(username, PASSWORD).signedInPrincipal().isPresent(),
        "the key of the current password clears the lock the wrong keys could not");
  }

  private static String single(Connection db, String query, String parameter) throws SQLException {
    try (PreparedStatement statement = db.prepareStatement(query)) {
      statement.setString(1, parameter);
      try (ResultSet row = statement.executeQuery()) {
        assertTrue(row.next(), query);
        return row.getString(1);
      }
    }
  }

  @Test
  void theFirstOperatorIsCreatedWithTheInstallersPasswordOnlyWhileThereIsNone() throws Exception {
    callerAddress.set("192.0.2.14");
    removeEveryOperator();
    String first = uniqueUsername();

    assertTrue(platformAdmins.openFirst(first, "First operator", PASSWORD).isPresent());
    assertTrue(operator(first, PASSWORD).signedInPrincipal().isPresent());

    String second = uniqueUsername();
    assertTrue(
        platformAdmins.openFirst(second, "Second operator", NEW_PASSWORD).isEmpty(),
        "an operator exists already");
    assertEquals(1, platformAdmins.count());
    assertEquals(Refusal.NOT_RECOGNISED, operator(second, NEW_PASSWORD).refusal());
  }

  @Test
  void aFirstPasswordThatBreaksThePolicyCreatesNobody() throws Exception {
    callerAddress.set("192.0.2.15");
    removeEveryOperator();
    String username = uniqueUsername();

    assertThrows(
        WeakPasswordException.class,
        () -> platformAdmins.openFirst(username, "Weak operator", "platform"));
    assertEquals(0, platformAdmins.count());
    assertTrue(
        platformAdmins.openFirst(username, "Strong operator", PASSWORD).isPresent(),
        "a password within the policy then creates the operator");
  }

  private void removeEveryOperator() throws SQLException {
    try (Connection db = TestDatabase.connectAsOwner();
        Statement delete = db.createStatement()) {
      delete.executeUpdate("delete from platform_admin");
    }
    assertEquals(0, platformAdmins.count());
  }

  private SignInResult operator(String username, String password) {
    return signIn.verify(new ClinicCredential("", username, password));
  }

  private static String uniqueUsername() {
    return "operator-" + UUID.randomUUID().toString().substring(0, 8);
  }

  private static Map<String, Integer> operatorAudit(long id) throws SQLException {
    Map<String, Integer> actions = new TreeMap<>();
    try (Connection db = TestDatabase.connectAsOwner();
        PreparedStatement query =
            db.prepareStatement(
                "select action, count(*) from platform_audit_event where actor_id = ?"
                    + " group by action")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          actions.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return actions;
  }

  private static List<String> addressesOf(long id) throws SQLException {
    try (Connection db = TestDatabase.connectAsOwner();
        PreparedStatement query =
            db.prepareStatement(
                "select distinct remote_address from platform_audit_event where actor_id = ?")) {
      query.setLong(1, id);
      try (ResultSet rows = query.executeQuery()) {
        List<String> addresses = new ArrayList<>();
        while (rows.next()) {
          addresses.add(rows.getString(1));
        }
        return addresses;
      }
    }
  }
}
