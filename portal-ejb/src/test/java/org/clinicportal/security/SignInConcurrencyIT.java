package org.clinicportal.security;

import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.clinicportal.audit.CallerAddress;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.security.SignInResult.Refusal;
import org.clinicportal.signin.ClinicCredential;
import org.clinicportal.signin.SignIn;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sign-ins that arrive at the same moment are each counted once, by the account's lockout and by
 * the address throttle, and none ends in an exception. Each attempt runs on a thread of its own,
 * released together, with a request of its own that names the address it comes from.
 */
@ExtendWith(ArquillianExtension.class)
class SignInConcurrencyIT {

  private static final Logger LOG = Logger.getLogger(SignInConcurrencyIT.class.getName());

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private SignIn signIn;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Tenancy tenancy;
  @Inject private CallerAddress callerAddress;
  @Inject private Instance<RequestContextController> requestContexts;

  @Test
  void twentyWrongPasswordsAtOnceLockTheAccountAfterExactlyTheFifthAndEachIsCounted()
      throws Exception {
    Opened opened = openClinicWithTherapist();
    ClinicCredential right = new ClinicCredential(opened.clinic.getCode(), "therapist", PASSWORD);
    assertTrue(
        from("198.51.100.10", right).signedInPrincipal().isPresent(),
        "the owner signs in before the attack");

    ClinicCredential wrong =
        new ClinicCredential(opened.clinic.getCode(), "therapist", "Wrong-Guess-at-once");
    Map<Refusal, Integer> answers = tally(atOnce(20, "198.51.100.11", wrong));
    LOG.info(() -> "20 wrong passwords at once answered " + answers);

    assertEquals(Map.of(Refusal.NOT_RECOGNISED, 4, Refusal.ACCOUNT_LOCKED, 16), answers);
    assertEquals(5, failedSignIns(opened), "only the five failures before the lock count");
    Duration lock = Duration.between(OffsetDateTime.now(), lockedUntil(opened));
    assertTrue(
        lock.compareTo(Duration.ofMinutes(14)) > 0 && lock.compareTo(Duration.ofMinutes(15)) <= 0,
        "locked for the first quarter of an hour, not longer: " + lock);
    assertEquals(
        Map.of(
            "SIGNED_IN", 1, "SIGN_IN_FAILED", 5, "ACCOUNT_LOCKED", 1, "SIGN_IN_REFUSED_LOCKED", 15),
        signInAudit(opened),
        "every attempt is in the audit trail");
    assertEquals(
        Refusal.ACCOUNT_LOCKED, from("198.51.100.10", right).refusal(), "the owner waits too");
  }

  @Test
  void fortyFailuresAtOnceFromOneAddressAreHeldToExactlyTwenty() throws Exception {
    Opened opened = openClinicWithTherapist();
    ClinicCredential right = new ClinicCredential(opened.clinic.getCode(), "therapist", PASSWORD);
    assertTrue(
        from("203.0.113.40", right).signedInPrincipal().isPresent(),
        "the address signs in before the attack");

    ClinicCredential unknown =
        new ClinicCredential(opened.clinic.getCode(), "nobody", "Wrong-Guess-at-once");
    Map<Refusal, Integer> answers = tally(atOnce(40, "203.0.113.40", unknown));
    LOG.info(() -> "40 failures at once from one address answered " + answers);

    assertEquals(Map.of(Refusal.NOT_RECOGNISED, 20, Refusal.ADDRESS_HELD_BACK, 20), answers);
    assertEquals(
        Refusal.ADDRESS_HELD_BACK,
        from("203.0.113.40", right).refusal(),
        "the address is held back, even with the right password");
    assertTrue(
        from("203.0.113.41", right).signedInPrincipal().isPresent(),
        "another address signs in to the same account");
  }

  /** One sign-in from this address, in a request of its own. */
  private SignInResult from(String address, ClinicCredential credential) throws Exception {
    return atOnce(1, address, credential).get(0);
  }

  /** The attempts, each on its own thread and in its own request, released at the same moment. */
  private List<SignInResult> atOnce(int attempts, String address, ClinicCredential credential)
      throws Exception {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    CyclicBarrier start = new CyclicBarrier(attempts);
    ExecutorService threads = Executors.newFixedThreadPool(attempts);
    try {
      List<Future<SignInResult>> pending = new ArrayList<>();
      for (int i = 0; i < attempts; i++) {
        pending.add(
            threads.submit(
                () -> {
                  Thread.currentThread().setContextClassLoader(loader);
                  RequestContextController request = requestContexts.get();
                  request.activate();
                  try {
                    callerAddress.set(address);
                    start.await(30, TimeUnit.SECONDS);
                    return signIn.verify(credential);
                  } finally {
                    request.deactivate();
                  }
                }));
      }
      List<SignInResult> results = new ArrayList<>();
      for (Future<SignInResult> answer : pending) {
        results.add(answer.get(3, TimeUnit.MINUTES));
      }
      return results;
    } finally {
      threads.shutdownNow();
    }
  }

  private static Map<Refusal, Integer> tally(List<SignInResult> results) {
    Map<Refusal, Integer> answers = new EnumMap<>(Refusal.class);
    for (SignInResult result : results) {
      assertTrue(result.signedInPrincipal().isEmpty(), "a wrong password signed someone in");
      answers.merge(result.refusal(), 1, Integer::sum);
    }
    return answers;
  }

  private Opened openClinicWithTherapist() throws Exception {
    Clinic clinic = clinics.open(new Clinic(uniqueCode("crowd"), "Crowded clinic"));
    long accountId =
        tenancy.callAs(
            ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
            () ->
                accounts
                    .open("therapist", "Therapist under attack", Role.THERAPIST, PASSWORD)
                    .getId());
    return new Opened(clinic, accountId);
  }

  private static int failedSignIns(Opened opened) throws SQLException {
    return accountColumn(opened, "failed_sign_ins", Integer.class);
  }

  private static OffsetDateTime lockedUntil(Opened opened) throws SQLException {
    return accountColumn(opened, "locked_until", OffsetDateTime.class);
  }

  private static <T> T accountColumn(Opened opened, String column, Class<T> type)
      throws SQLException {
    try (Connection db = TestDatabase.connectAsOwner()) {
      TestDatabase.bindClinic(db, opened.clinic.getId());
      try (PreparedStatement query =
          db.prepareStatement("select " + column + " from app_user where id = ?")) {
        query.setLong(1, opened.accountId);
        try (ResultSet row = query.executeQuery()) {
          assertTrue(row.next(), "the account is there");
          T value = row.getObject(1, type);
          db.rollback();
          return value;
        }
      }
    }
  }

  private static Map<String, Integer> signInAudit(Opened opened) throws SQLException {
    Map<String, Integer> actions = new TreeMap<>();
    try (Connection db = TestDatabase.connectAsOwner()) {
      TestDatabase.bindClinic(db, opened.clinic.getId());
      try (PreparedStatement query =
          db.prepareStatement(
              "select action, count(*) from audit_event where actor_id = ? group by action")) {
        query.setLong(1, opened.accountId);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            actions.put(rows.getString(1), rows.getInt(2));
          }
        }
      }
      db.rollback();
    }
    return actions;
  }

  private record Opened(Clinic clinic, long accountId) {}
}
