package org.clinicportal.platform;

import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientQuery;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.PatientSort;
import org.clinicportal.patient.PatientSummary;
import org.clinicportal.patient.Patients;
import org.clinicportal.security.SignInResult;
import org.clinicportal.security.SignInResult.Refusal;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.signin.ClinicCredential;
import org.clinicportal.signin.SignIn;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Clinic data stays inside its clinic, on the real services and the real PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
class TenancyIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private Patients patients;
  @Inject private PatientRecords records;

  @Inject private SignIn signIn;
  @Inject private BoundSettings settings;

  private OpenedClinic a;
  private OpenedClinic b;

  @BeforeEach
  void openTwoClinics() throws Exception {
    a = open(uniqueCode("alpha"), "Dana", "Lee");
    b = open(uniqueCode("beta"), "Robin", "Marsh");
  }

  @Test
  void aServiceWritesAndReadsPatientsOfItsOwnClinic() throws Exception {
    Patient found =
        tenancy.callAsClinic(a.clinic.getId(), () -> patients.find(a.patientId).orElseThrow());
    assertEquals("Dana", found.getFirstName());
    assertEquals("Lee", found.getLastName());
    assertEquals(a.therapistAccountId, found.getTherapist().getAccount().getId());

    assertEquals(
        List.of(a.patientId),
        caseloadIds(a.clinic.getId(), a.therapistAccountId),
        "the therapist's caseload in the patient search");
  }

  @Test
  void anotherClinicCannotFindCountOrListThePatient() throws Exception {
    long bClinic = b.clinic.getId();
    // Read A's patient through A first, so that a shared cache would hold it when B asks.
    tenancy.callAsClinic(a.clinic.getId(), () -> patients.find(a.patientId).orElseThrow());

    assertTrue(tenancy.callAsClinic(bClinic, () -> patients.find(a.patientId)).isEmpty());
    assertTrue(caseloadIds(bClinic, a.therapistAccountId).isEmpty());
    assertTrue(
        tenancy.callAsClinic(bClinic, () -> patients.ofAccount(a.therapistAccountId)).isEmpty());
    assertEquals(1L, tenancy.callAsClinic(bClinic, () -> patients.count()));
  }

  @Test
  void aBoundTransactionHasEachStatementPlannedForItsOwnClinic() throws Exception {
    long clinic = a.clinic.getId();
    assertEquals(
        Long.toString(clinic), tenancy.callAsClinic(clinic, () -> settings.of("app.tenant_id")));
    assertEquals(
        "force_custom_plan", tenancy.callAsClinic(clinic, () -> settings.of("plan_cache_mode")));
  }

  @Test
  void clinicDataWithNoClinicBoundFailsClosed() {
    EJBException refused = assertThrows(EJBException.class, () -> patients.count());
    assertInstanceOf(NoClinicBoundException.class, rootCause(refused));
    EJBException find = assertThrows(EJBException.class, () -> patients.find(a.patientId));
    assertInstanceOf(NoClinicBoundException.class, rootCause(find));
  }

  @Test
  void aPatientCannotBeAssignedToAnotherClinicsTherapist() throws Exception {
    PatientDetails intruder = aPatient().named("Kim", "Park").treatedBy(a.therapistId).details();

    RecordException refused =
        assertThrows(
            RecordException.class,
            () ->
                tenancy.callAs(
                    ClinicFixture.signedIn(b.clinic.getId(), Role.CLINIC_ADMIN),
                    () -> records.register(intruder)));

    assertEquals("patient.therapist.unknown", refused.messageKey());
    assertEquals(1L, tenancy.callAsClinic(b.clinic.getId(), () -> patients.count()));
  }

  @Test
  void theDatabaseRefusesARowThatPointsIntoAnotherClinic() throws Exception {
    try (Connection db = TestDatabase.connectAsApplication()) {
      TestDatabase.bindClinic(db, b.clinic.getId());
      PreparedStatement insert =
          db.prepareStatement(
              "insert into patient (tenant_id, id, record_number, first_name, last_name,"
                  + " date_of_birth, sex, therapist_id) values (?, ?, 'X-1', 'Kim', 'Park',"
                  + " date '1980-01-01', 'UNKNOWN', ?)");
      insert.setLong(1, b.clinic.getId());
      insert.setLong(2, 1L);
      insert.setLong(3, a.therapistId);
      SQLException refused = assertThrows(SQLException.class, insert::executeUpdate);
      assertEquals("23503", refused.getSQLState(), "a foreign key violation");
    }
  }

  @Test
  void theSameUsernameSignsInToItsOwnClinicOnly() {
    ClinicPrincipal inA =
        signIn
            .verify(new ClinicCredential(a.clinic.getCode(), "therapist", PASSWORD))
            .signedInPrincipal()
            .orElseThrow();
    ClinicPrincipal inB =
        signIn
            .verify(
                new ClinicCredential(
                    " " + b.clinic.getCode().toUpperCase() + " ", "Therapist", PASSWORD))
            .signedInPrincipal()
            .orElseThrow();

    assertEquals(a.clinic.getId(), inA.clinicId());
    assertEquals(a.therapistAccountId, inA.accountId());
    assertEquals(Role.THERAPIST, inA.role());
    assertEquals(a.clinic.getName(), inA.clinicName());
    assertEquals(b.clinic.getId(), inB.clinicId());
    assertEquals(b.therapistAccountId, inB.accountId());
  }

  @Test
  void aWrongClinicUsernameOrPasswordSignsNobodyIn() {
    String code = a.clinic.getCode();
    assertTrue(
        signIn
            .verify(new ClinicCredential(code, "therapist", PASSWORD + "x"))
            .signedInPrincipal()
            .isEmpty());
    assertTrue(
        signIn
            .verify(new ClinicCredential(code, "nobody", PASSWORD))
            .signedInPrincipal()
            .isEmpty());
    assertTrue(
        signIn
            .verify(new ClinicCredential("no-such-clinic", "therapist", PASSWORD))
            .signedInPrincipal()
            .isEmpty());
    assertTrue(
        signIn
            .verify(new ClinicCredential("", "therapist", PASSWORD))
            .signedInPrincipal()
            .isEmpty());
  }

  @Test
  void fiveWrongPasswordsInARowLockTheAccountOfThatClinicOnlyAndEachAttemptIsAudited()
      throws Exception {
    ClinicCredential wrong = new ClinicCredential(a.clinic.getCode(), "therapist", "Wrong-Guess-1");
    for (int attempt = 1; attempt < 5; attempt++) {
      assertEquals(Refusal.NOT_RECOGNISED, signIn.verify(wrong).refusal());
    }
    SignInResult fifth = signIn.verify(wrong);
    assertEquals(Refusal.ACCOUNT_LOCKED, fifth.refusal());
    Duration lock = Duration.between(Instant.now(), fifth.retryAfter());
    assertTrue(
        lock.compareTo(Duration.ofMinutes(14)) > 0 && lock.compareTo(Duration.ofMinutes(15)) <= 0,
        lock.toString());

    SignInResult right =
        signIn.verify(new ClinicCredential(a.clinic.getCode(), "therapist", PASSWORD));
    assertEquals(Refusal.ACCOUNT_LOCKED, right.refusal(), "the right password waits too");
    assertTrue(
        signIn
            .verify(new ClinicCredential(b.clinic.getCode(), "therapist", PASSWORD))
            .signedInPrincipal()
            .isPresent(),
        "the same username in another clinic is another account");

    assertEquals(
        Map.of("SIGN_IN_FAILED", 5, "ACCOUNT_LOCKED", 1, "SIGN_IN_REFUSED_LOCKED", 1),
        signInAudit(a.clinic.getId(), a.therapistAccountId));
    assertEquals(Map.of("SIGNED_IN", 1), signInAudit(b.clinic.getId(), b.therapistAccountId));
  }

  private static Map<String, Integer> signInAudit(long clinic, long accountId) throws SQLException {
    Map<String, Integer> actions = new TreeMap<>();
    try (Connection db = TestDatabase.connectAsOwner()) {
      TestDatabase.bindClinic(db, clinic);
      try (PreparedStatement query =
          db.prepareStatement(
              "select action, count(*) from audit_event where actor_id = ? and action in"
                  + " ('SIGNED_IN', 'SIGN_IN_FAILED', 'SIGN_IN_REFUSED_LOCKED', 'ACCOUNT_LOCKED')"
                  + " group by action")) {
        query.setLong(1, accountId);
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

  private OpenedClinic open(String code, String first, String last) throws Exception {
    Clinic clinic = clinics.open(new Clinic(code, "Clinic " + code));
    return tenancy.callAs(
        ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
        () -> {
          UserAccount account =
              accounts.open("therapist", "Therapist of " + code, Role.THERAPIST, PASSWORD);
          Therapist therapist =
              therapists.register(new Therapist(account, Profession.PHYSICAL_THERAPIST, null));
          Patient patient =
              records.register(
                  aPatient().named(first, last).treatedBy(therapist.getId()).details());
          return new OpenedClinic(clinic, account.getId(), therapist.getId(), patient.getId());
        });
  }

  private static Throwable rootCause(Throwable thrown) {
    Throwable cause = thrown;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private record OpenedClinic(
      Clinic clinic, long therapistAccountId, long therapistId, long patientId) {}

  /** The ids of a therapist's caseload as a clinic administrator of this clinic searches it. */
  private List<Long> caseloadIds(long clinicId, long therapistAccountId) throws Exception {
    PatientQuery caseload =
        new PatientQuery(null, therapistAccountId, false, PatientSort.NAME, true, 0, 25);
    return tenancy
        .callAs(ClinicFixture.signedIn(clinicId, Role.CLINIC_ADMIN), () -> records.search(caseload))
        .rows()
        .stream()
        .map(PatientSummary::getId)
        .toList();
  }
}
