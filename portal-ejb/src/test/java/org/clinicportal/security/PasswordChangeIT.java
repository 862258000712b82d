package org.clinicportal.security;

import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.signedIn;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.signin.ClinicCredential;
import org.clinicportal.signin.SignIn;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A person's own password change on the real services: the password list and names it refuses,
 * wrong current passwords counted like failed sign-ins, and every attempt in the audit trail.
 */
@ExtendWith(ArquillianExtension.class)
class PasswordChangeIT {

  private static final String SECOND = "Tendon-Compass-81";

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private SignIn signIn;

  private Clinic clinic;
  private ClinicPrincipal owner;

  @BeforeEach
  void issueAnAccount() throws Exception {
    clinic = clinics.open(new Clinic(uniqueCode("pwchange"), "Riverside Physio"));
    IssuedAccount issued =
        tenancy.callAs(
            signedIn(clinic.getId(), Role.CLINIC_ADMIN),
            () -> accounts.issue("kai", "Kai Moreno", Role.THERAPIST));
    owner = signInWith(issued.oneTimePassword()).principal();
    change(issued.oneTimePassword(), PASSWORD);
    assertTrue(signInWith(PASSWORD).signedInPrincipal().isPresent(), "the owner's own password");
  }

  @Test
  void aChangeRefusesTheCommonPasswordsTheNamesAndTrivialOnes() throws Exception {
    assertEquals(List.of("password.trivial"), weakness("aaaaaaaaaaaa"));
    assertEquals(List.of("password.containsName"), weakness("clinicportal"));
    assertEquals(List.of("password.containsName"), weakness("Clinic Portal 2026!"));
    assertEquals(List.of("password.containsName"), weakness("RiversidePhysio!7"));
    assertEquals(List.of("password.common"), weakness("Demo!Back2026"));
    assertEquals(List.of("password.common"), weakness("1qaz2wsx3edc"));
    assertEquals(List.of("password.common"), weakness("Liverpool1892"));
    assertEquals(List.of("password.trivial"), weakness("abcdefghijklmnop"));
    assertTrue(signInWith(PASSWORD).signedInPrincipal().isPresent(), "nothing was changed");

    change(PASSWORD, SECOND);
    assertTrue(signInWith(SECOND).signedInPrincipal().isPresent());
  }

  @Test
  void wrongCurrentPasswordsAreCountedLikeFailedSignInsAndTheFifthInARowLocks() throws Exception {
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertFalse(wrongCurrent("guess-" + attempt).locked(), "attempt " + attempt);
    }
    change(PASSWORD, SECOND);
    for (int attempt = 1; attempt <= 4; attempt++) {
      assertFalse(wrongCurrent("again-" + attempt).locked(), "a right one ended the run");
    }
    assertTrue(wrongCurrent("again-5").locked(), "the fifth wrong one in a row locks");

    assertTrue(wrongCurrent(SECOND).locked(), "the locked account changes nothing");
    SignInResult refused = signInWith(SECOND);
    assertEquals(SignInResult.Refusal.ACCOUNT_LOCKED, refused.refusal());

    List<String> trail = trail();
    assertEquals(
        List.of(
            "PASSWORD_CHANGED\town password; other sessions ended",
            "PASSWORD_CHANGE_REFUSED\twrong current password",
            "PASSWORD_CHANGE_REFUSED\twrong current password",
            "PASSWORD_CHANGE_REFUSED\twrong current password",
            "PASSWORD_CHANGE_REFUSED\twrong current password",
            "PASSWORD_CHANGED\town password; other sessions ended",
            "PASSWORD_CHANGE_REFUSED\twrong current password",
            "PASSWORD_CHANGE_REFUSED\twrong current password",
            "PASSWORD_CHANGE_REFUSED\twrong current password",
            "PASSWORD_CHANGE_REFUSED\twrong current password",
            "PASSWORD_CHANGE_REFUSED\twrong current password",
            "ACCOUNT_LOCKED"),
        trail.subList(0, 12).stream()
            .map(line -> line.replaceFirst("\tlocked until.*", ""))
            .toList());
    assertTrue(trail.get(12).startsWith("PASSWORD_CHANGE_REFUSED\tlocked until "), trail.get(12));
    for (String line : trail) {
      for (String password : List.of(PASSWORD, SECOND, "guess-1", "again-5")) {
        assertFalse(line.contains(password), "a password in the audit trail: " + line);
      }
    }
  }

  private List<String> weakness(String chosen) {
    return assertThrows(WeakPasswordException.class, () -> change(PASSWORD, chosen)).messageKeys();
  }

  private WrongCurrentPasswordException wrongCurrent(String current) {
    return assertThrows(WrongCurrentPasswordException.class, () -> change(current, SECOND + "x"));
  }

  private void change(String current, String chosen) throws Exception {
    asOwner(() -> accounts.changePassword(owner.accountId(), current, chosen));
  }

  private <T> T asOwner(ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(owner, work);
  }

  private SignInResult signInWith(String password) {
    return signIn.verify(new ClinicCredential(clinic.getCode(), "kai", password));
  }

  /** The owner's own entries in the audit trail, oldest first, as action and details. */
  private List<String> trail() throws Exception {
    List<String> lines = new ArrayList<>();
    try (Connection db = TestDatabase.connectAsAdministrator();
        PreparedStatement query =
            db.prepareStatement(
                "select action, details from audit_event where tenant_id = ? and actor_id = ?"
                    + " and action not in ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_REFUSED_LOCKED')"
                    + " order by occurred_at, id")) {
      query.setLong(1, clinic.getId());
      query.setLong(2, owner.accountId());
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          lines.add(row.getString(1) + "\t" + row.getString(2));
        }
      }
    }
    return lines;
  }
}
