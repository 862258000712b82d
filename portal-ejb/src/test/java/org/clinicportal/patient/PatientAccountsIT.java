package org.clinicportal.patient;

import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.signedIn;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditEvent;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.security.IssuedAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.security.WeakPasswordException;
import org.clinicportal.security.WrongCurrentPasswordException;
import org.clinicportal.signin.ClinicCredential;
import org.clinicportal.signin.SignIn;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Portal accounts for patients: one-time passwords, the first password change, disabling, auditing.
 */
@ExtendWith(ArquillianExtension.class)
class PatientAccountsIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private PatientRecords records;
  @Inject private PatientAccounts patientAccounts;
  @Inject private UserAccounts accounts;
  @Inject private SignIn signIn;

  private Clinic clinic;
  private Patient patient;

  @BeforeEach
  void registerPatient() throws Exception {
    clinic = clinics.open(new Clinic(uniqueCode("access"), "Access Clinic"));
    patient = inClinic(() -> records.register(aPatient().named("Jordan", "Lee").details()));
  }

  @Test
  void aPatientSignsInOnceWithTheOneTimePasswordAndMustThenChooseTheirOwn() throws Exception {
    IssuedAccount issued = inClinic(() -> patientAccounts.open(patient.getId(), " JLee "));
    assertEquals("jlee", issued.username());
    assertTrue(
        issued.oneTimePassword().matches("([a-zA-Z2-9]{4}-){3}[a-zA-Z2-9]{4}"),
        issued.oneTimePassword());

    ClinicPrincipal first = signInWith(issued.oneTimePassword()).orElseThrow();
    assertEquals(Role.PATIENT, first.role());
    assertTrue(first.passwordChangeRequired());

    WeakPasswordException weak =
        assertThrows(
            WeakPasswordException.class,
            () ->
                inClinic(() -> change(first.accountId(), issued.oneTimePassword(), "Kx7!pq2@zLm")));
    assertEquals(List.of("password.tooShort"), weak.messageKeys());
    WrongCurrentPasswordException wrongCurrent =
        assertThrows(
            WrongCurrentPasswordException.class,
            () -> inClinic(() -> change(first.accountId(), "guess", PASSWORD)));
    assertFalse(wrongCurrent.locked());

    inClinic(() -> change(first.accountId(), issued.oneTimePassword(), PASSWORD));
    assertFalse(signInWith(PASSWORD).orElseThrow().passwordChangeRequired());
    assertTrue(signInWith(issued.oneTimePassword()).isEmpty(), "the one-time password is spent");
  }

  @Test
  void aDisabledAccountCannotSignInUntilEnabledAndEveryStepIsAudited() throws Exception {
    IssuedAccount issued = inClinic(() -> patientAccounts.open(patient.getId(), "jlee"));
    inClinicDo(() -> patientAccounts.disable(patient.getId()));
    assertTrue(signInWith(issued.oneTimePassword()).isEmpty());

    inClinicDo(() -> patientAccounts.enable(patient.getId()));
    IssuedAccount reset = inClinic(() -> patientAccounts.resetPassword(patient.getId()));
    assertTrue(signInWith(issued.oneTimePassword()).isEmpty(), "the old password no longer works");
    assertTrue(signInWith(reset.oneTimePassword()).orElseThrow().passwordChangeRequired());

    List<AuditAction> actions =
        inClinic(() -> records.history(patient.getId())).stream()
            .map(AuditEvent::getAction)
            .toList();
    assertEquals(
        List.of(
            AuditAction.PATIENT_ACCOUNT_PASSWORD_RESET,
            AuditAction.PATIENT_ACCOUNT_ENABLED,
            AuditAction.PATIENT_ACCOUNT_DISABLED,
            AuditAction.PATIENT_ACCOUNT_OPENED,
            AuditAction.PATIENT_CREATED),
        actions);
  }

  @Test
  void aUsernameIsUniqueWithinTheClinicAndAPatientHasOneAccount() throws Exception {
    inClinic(() -> patientAccounts.open(patient.getId(), "jlee"));
    Patient other = inClinic(() -> records.register(aPatient().named("Jo", "Lee").details()));

    assertEquals(
        "account.username.taken", refusal(() -> patientAccounts.open(other.getId(), "JLEE")));
    assertEquals(
        "account.patient.exists", refusal(() -> patientAccounts.open(patient.getId(), "other")));
    assertEquals(
        "account.username.invalid",
        refusal(() -> patientAccounts.open(other.getId(), "no spaces")));
  }

  @Test
  void anotherClinicCannotTouchThePatientsAccess() throws Exception {
    long other = clinics.open(new Clinic(uniqueCode("other"), "Other")).getId();
    RecordException refused =
        assertThrows(
            RecordException.class,
            () ->
                tenancy.callAs(
                    signedIn(other, Role.CLINIC_ADMIN),
                    () -> patientAccounts.open(patient.getId(), "intruder")));
    assertEquals("patient.notFound", refused.messageKey());
  }

  private String refusal(ClinicWork<?, RecordException> work) {
    return assertThrows(RecordException.class, () -> inClinic(work::call)).messageKey();
  }

  private Void change(long accountId, String current, String chosen) throws Exception {
    accounts.changePassword(accountId, current, chosen);
    return null;
  }

  private java.util.Optional<ClinicPrincipal> signInWith(String password) {
    return signIn
        .verify(new ClinicCredential(clinic.getCode(), "jlee", password))
        .signedInPrincipal();
  }

  private void inClinicDo(Step step) throws Exception {
    inClinic(
        () -> {
          step.run();
          return null;
        });
  }

  private interface Step {
    void run() throws Exception;
  }

  private <T> T inClinic(ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(signedIn(clinic.getId(), Role.CLINIC_ADMIN), work);
  }
}
