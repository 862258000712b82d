package org.clinicportal.security;

import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.PlainSql;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A deactivation ends the person's sessions on every server: this one learns of it when it commits,
 * and the end is written where the others read it; an end another server wrote reaches this one by
 * the feed's own timer within seconds.
 */
@ExtendWith(ArquillianExtension.class)
class SessionRevocationsIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Clinics clinics;
  @Inject private Tenancy tenancy;
  @Inject private UserAccounts accounts;
  @Inject private SessionRevocations revocations;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Resource private UserTransaction transaction;

  @Test
  void aDeactivationEndsSessionsHereAndIsWrittenForTheOtherServers() throws Exception {
    Clinic clinic = clinics.open(new Clinic(uniqueCode("revoke"), "Revocation Clinic"));
    UserAccount kai =
        tenancy.callAsClinic(
            clinic.getId(), () -> accounts.open("kai", "Kai Moreno", Role.THERAPIST, PASSWORD));
    SessionRevocations.Holder holder = SessionRevocations.Holder.account(kai.getId());
    Instant signedIn = Instant.now().minusSeconds(30);
    assertFalse(revocations.revoked(holder, signedIn), "signed in and working");

    tenancy.callAs(
        ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
        () -> accounts.deactivate(kai.getId()));

    assertTrue(revocations.revoked(holder, signedIn), "ended on this server at once");
    assertEquals(
        1L,
        ((Number)
                PlainSql.of(
                        em,
                        "select count(*) from session_revocation"
                            + " where not operator and account_id = ?1 and ended_at > ?2")
                    .setParameter(1, kai.getId())
                    .setParameter(2, Timestamp.from(signedIn))
                    .getSingleResult())
            .longValue(),
        "written for the other servers");
  }

  @Test
  void theSessionThatChangedItsOwnPasswordOutlivesTheEndReadBack() throws Exception {
    Clinic clinic = clinics.open(new Clinic(uniqueCode("change"), "Password Clinic"));
    UserAccount ines =
        tenancy.callAsClinic(
            clinic.getId(), () -> accounts.open("ines", "Inés Castro", Role.THERAPIST, PASSWORD));
    ClinicPrincipal her = ines.principalIn(clinic.identity());
    SessionRevocations.Holder holder = SessionRevocations.Holder.of(her);
    Instant changedAt =
        tenancy.callAs(
            her, () -> accounts.changePassword(ines.getId(), PASSWORD, "Harbour-Lantern-Fig-77"));
    assertTrue(revocations.revoked(holder, changedAt.minusMillis(1)), "her other sessions end");

    Thread.sleep(RevocationFeed.POLL.toMillis() + 1_000);

    assertFalse(
        revocations.revoked(holder, changedAt),
        "the session dated by the change goes on once the feed read the end back");
  }

  @Test
  void anEndAnotherServerWroteReachesThisOneWithinSeconds() throws Exception {
    long account = 1_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    SessionRevocations.Holder holder = SessionRevocations.Holder.account(account);
    Instant ended = Instant.now();
    assertFalse(revocations.revoked(holder, ended.minusSeconds(10)));

    transaction.begin();
    em.joinTransaction();
    PlainSql.of(
            em,
            "insert into session_revocation (operator, account_id, ended_at) values (false, ?1, ?2)")
        .setParameter(1, account)
        .setParameter(2, Timestamp.from(ended))
        .executeUpdate();
    transaction.commit();

    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (!revocations.revoked(holder, ended.minusSeconds(10))
        && Instant.now().isBefore(deadline)) {
      Thread.sleep(250);
    }
    assertTrue(revocations.revoked(holder, ended.minusSeconds(10)), "read by the feed's timer");
    assertFalse(
        revocations.revoked(SessionRevocations.Holder.operator(account), ended.minusSeconds(10)),
        "an operator of the same id is another holder");
  }
}
