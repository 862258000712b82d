package org.clinicportal.homecare;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.mail.OutboundMail;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientAccounts;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramPlan;
import org.clinicportal.security.IssuedAccount;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.ClinicFixture;

/**
 * A clinic for the home-care tests, built through the real services: a therapist, Dana Whitfield,
 * and patients of hers with a signed quadratus lumborum assessment, the program the portal suggests
 * from it, and a portal account. Each test class injects its own and opens it before each test.
 */
@Dependent
public class CareClinic {

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private PatientRecords records;
  @Inject private PatientAccounts patientAccounts;
  @Inject private Assessments assessments;
  @Inject private HomePrograms programs;

  private Clinic clinic;
  private ClinicPrincipal dana;
  private long danaTherapistId;

  /** Opens a new clinic of this name with Dana as its therapist. */
  public CareClinic open(String codePrefix, String name) throws Exception {
    clinic = clinics.open(new Clinic(uniqueCode(codePrefix), name));
    dana = therapist(clinic, "dana", "Dana Whitfield");
    danaTherapistId = therapistIdOf(dana);
    return this;
  }

  public Clinic clinic() {
    return clinic;
  }

  public ZoneId zone() {
    return ZoneId.of(clinic.getTimeZone());
  }

  /** Dana, the clinic's therapist, signed in. */
  public ClinicPrincipal dana() {
    return dana;
  }

  /** A therapist of another clinic (or of this one), signed in. */
  public ClinicPrincipal therapist(Clinic at, String username, String name) throws Exception {
    return tenancy.callAsClinic(
        at.getId(),
        () -> {
          UserAccount account = accounts.open(username, name, Role.THERAPIST, PASSWORD);
          therapists.register(new Therapist(account, Profession.PHYSICAL_THERAPIST, null));
          return account.principalIn(at.identity());
        });
  }

  /** A patient of Dana's, with an e-mail address or none. */
  public Patient patient(String given, String family, String email) throws Exception {
    return as(
        ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
        () ->
            records.register(
                aPatient()
                    .named(given, family)
                    .mailedAt(email)
                    .treatedBy(danaTherapistId)
                    .details()));
  }

  /**
   * The patient's active program, suggested from a signed assessment; no review date by default.
   */
  public HomeProgram activeProgram(Patient patient, LocalDate startsOn, LocalDate reviewOn)
      throws Exception {
    Assessment draft = as(dana, () -> assessments.start(patient.getId()));
    as(
        dana,
        () -> assessments.sign(draft.getId(), draft.getVersion(), aQuadratusLumborumCase().form()));
    ProgramPlan plan = as(dana, () -> programs.suggest(patient.getId(), "QL"));
    HomeProgram program = as(dana, () -> programs.startDraft(patient.getId(), plan));
    return as(
        dana, () -> programs.activate(program.getId(), program.getVersion(), startsOn, reviewOn));
  }

  /** The patient, signed in to the portal account opened for them now. */
  public ClinicPrincipal signedIn(Patient patient) throws Exception {
    IssuedAccount account =
        as(
            ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
            () ->
                patientAccounts.open(
                    patient.getId(),
                    patient.getFirstName().toLowerCase(Locale.ROOT) + patient.getId()));
    return tenancy
        .callAsClinic(clinic.getId(), () -> accounts.find(account.accountId()))
        .orElseThrow()
        .principalIn(clinic.identity());
  }

  /** Fails when the mail's subject or body holds any of these words, in any case. */
  public static void assertSaysNoneOf(OutboundMail mail, List<String> words) {
    String text = (mail.getSubject() + " " + mail.getBody()).toLowerCase(Locale.ROOT);
    for (String word : words) {
      assertFalse(text.contains(word), "the mail says " + word + ": " + text);
    }
  }

  public <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }

  public <T> T inClinic(ClinicWork<T, RuntimeException> work) {
    return tenancy.callAsClinic(clinic.getId(), work);
  }

  private long therapistIdOf(ClinicPrincipal person) {
    return inClinic(() -> therapists.ofAccount(person.accountId()).orElseThrow().getId());
  }
}
