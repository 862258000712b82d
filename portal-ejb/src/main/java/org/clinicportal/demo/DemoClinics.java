package org.clinicportal.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.anatomy.Side;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.AssessmentForm;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.BodySite;
import org.clinicportal.assessment.MarkKind;
import org.clinicportal.assessment.MarkRow;
import org.clinicportal.assessment.OnsetCause;
import org.clinicportal.assessment.PalpationFinding;
import org.clinicportal.assessment.TriggerPointRow;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientDetails;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramPlan;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.security.WeakPasswordException;

/**
 * The people of each demonstration clinic, written through the portal's own services in one
 * transaction.
 */
@Stateless
@TenantBound
public class DemoClinics {

  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private PatientRecords records;
  @Inject private Assessments assessments;
  @Inject private HomePrograms programs;
  @Inject private Tenancy tenancy;
  @Inject private Clock clock;

  public void fillDemo() throws WeakPasswordException, RecordException {
    UserAccount avery =
        accounts.open("admin", "Avery Morgan", Role.CLINIC_ADMIN, DemoData.PASSWORD);
    Therapist dana =
        therapist("therapist", "Dana Whitfield", Profession.PHYSICAL_THERAPIST, "PT-40211");
    Therapist sam = therapist("therapist2", "Sam Okafor", Profession.CHIROPRACTOR, "DC-11873");
    Patient jordan =
        patientWithAccount(
            avery,
            "patient",
            "D-0001",
            "Jordan",
            "Lee",
            LocalDate.of(1986, 4, 12),
            Sex.FEMALE,
            dana);
    patientWithAccount(
        avery, "patient2", "D-0002", "Riley", "Chen", LocalDate.of(1979, 9, 3), Sex.MALE, sam);
    patient(avery, "D-0003", "Priya", "Natarajan", LocalDate.of(1991, 1, 27), Sex.FEMALE, dana);
    patient(avery, "D-0004", "Tomasz", "Kowalski", LocalDate.of(1964, 6, 8), Sex.MALE, dana);
    patient(avery, "D-0005", "Elena", "Vargas", LocalDate.of(2001, 11, 19), Sex.FEMALE, sam);
    LocalDate today = LocalDate.now(clock);
    tenancy.callAs(
        atWork(dana.getAccount()),
        () -> {
          signed(jordan, quadratusLumborumCase(today.minusDays(21), 6, 8, 4, 3, 2, 1));
          signed(jordan, quadratusLumborumCase(today.minusDays(7), 3, 5, 7, 6, 1, 0));
          ProgramPlan plan = programs.suggest(jordan.getId(), "Right QL release and core");
          HomeProgram draft = programs.startDraft(jordan.getId(), plan);
          return programs.activate(
              draft.getId(), draft.getVersion(), today.minusDays(6), today.plusDays(2));
        });
  }

  private Assessment signed(Patient patient, AssessmentForm form) throws RecordException {
    Assessment draft = assessments.start(patient.getId());
    return assessments.sign(draft.getId(), draft.getVersion(), form);
  }

  /**
   * A right-sided quadratus lumborum case: an active deep medial point, a latent gluteus medius
   * point, and scores that ease from one visit to the next. Also the case of the benchmark's
   * generated clinics.
   */
  public static AssessmentForm quadratusLumborumCase(
      LocalDate on, int painNow, int painWorst, int sitting, int lifting, int heavy, int light) {
    AssessmentForm form = AssessmentForm.blank(on);
    form.setPainLocation("Right low back above the hip, into the buttock");
    form.setSymptomsSince(LocalDate.of(2026, 9, 1).isBefore(on) ? LocalDate.of(2026, 9, 1) : on);
    form.setOnsetCause(OnsetCause.STRAIN);
    form.setOnsetNote("Moving furniture");
    form.setPainNow(painNow);
    form.setPainWorst(painWorst);
    form.getRedFlags().forEach(answer -> answer.setPresent(false));
    form.setPalpationFinding(PalpationFinding.DEEP_MUSCLE_KNOT);
    TriggerPointRow ql = new TriggerPointRow();
    ql.setMuscle(Muscle.QUADRATUS_LUMBORUM);
    ql.setSide(Side.RIGHT);
    ql.setDeepMedial(true);
    ql.setTautBand(true);
    ql.setHypersensitiveSpot(true);
    ql.setReferredPain(true);
    ql.setReferredTo("Right sacroiliac region and outer hip");
    ql.setJumpSign(true);
    ql.setReproducesFamiliarPain(true);
    TriggerPointRow gluteus = new TriggerPointRow();
    gluteus.setMuscle(Muscle.GLUTEUS_MEDIUS);
    gluteus.setSide(Side.RIGHT);
    gluteus.setTautBand(true);
    gluteus.setHypersensitiveSpot(true);
    gluteus.setReferredPain(true);
    gluteus.setReferredTo("Upper buttock");
    form.getTriggerPoints().addAll(List.of(ql, gluteus));
    form.getMarks()
        .addAll(
            List.of(
                MarkRow.on(MarkKind.TRIGGER_POINT, BodySite.QUADRATUS_LUMBORUM_RIGHT),
                MarkRow.on(MarkKind.TRIGGER_POINT, BodySite.GLUTEUS_MEDIUS_RIGHT),
                MarkRow.on(MarkKind.PAIN_AREA, BodySite.GREATER_TROCHANTER_RIGHT)));
    form.getMotions().get(0).setDegrees(painNow > 4 ? 40 : 55);
    form.getMotions().get(0).setPainful(painNow > 4);
    form.getMotions().get(2).setDegrees(20);
    form.getMotions().get(3).setDegrees(painNow > 4 ? 10 : 18);
    form.getMotions().get(3).setPainful(true);
    int[] oswestry = {heavy + 1, light, heavy + 1, light, heavy, heavy, heavy, light, heavy, heavy};
    for (int section = 0; section < oswestry.length; section++) {
      form.getOswestry().get(section).setScore(oswestry[section]);
    }
    form.getActivities().get(0).setName("Sitting through a work meeting");
    form.getActivities().get(0).setRating(sitting);
    form.getActivities().get(1).setName("Lifting a toddler");
    form.getActivities().get(1).setRating(lifting);
    form.setSummary(
        "Right quadratus lumborum trigger points. Home release, stretching, then core work.");
    return form;
  }

  public void fillNorthside() throws WeakPasswordException, RecordException {
    UserAccount rowan = accounts.open("admin", "Rowan Ellis", Role.CLINIC_ADMIN, DemoData.PASSWORD);
    Therapist morgan =
        therapist("therapist", "Morgan Blake", Profession.MASSAGE_THERAPIST, "LMT-5521");
    patientWithAccount(
        rowan, "patient", "N-0001", "Casey", "Novak", LocalDate.of(1990, 2, 14), Sex.OTHER, morgan);
    patient(rowan, "N-0002", "Harper", "Quinn", LocalDate.of(1972, 7, 30), Sex.FEMALE, morgan);
  }

  private Therapist therapist(String username, String name, Profession profession, String licence)
      throws WeakPasswordException {
    UserAccount account = accounts.open(username, name, Role.THERAPIST, DemoData.PASSWORD);
    return therapists.register(new Therapist(account, profession, licence));
  }

  private Patient patientWithAccount(
      UserAccount registrar,
      String username,
      String record,
      String first,
      String last,
      LocalDate born,
      Sex sex,
      Therapist therapist)
      throws WeakPasswordException, RecordException {
    Patient patient = patient(registrar, record, first, last, born, sex, therapist);
    patient.giveAccount(
        accounts.open(username, first + " " + last, Role.PATIENT, DemoData.PASSWORD));
    return patient;
  }

  private Patient patient(
      UserAccount registrar,
      String record,
      String first,
      String last,
      LocalDate born,
      Sex sex,
      Therapist therapist)
      throws RecordException {
    PatientDetails details = new PatientDetails();
    details.setRecordNumber(record);
    details.setFirstName(first);
    details.setLastName(last);
    details.setDateOfBirth(born);
    details.setSex(sex);
    details.setTherapistId(therapist.getId());
    details.setEmail(
        first.toLowerCase(Locale.ROOT) + "." + last.toLowerCase(Locale.ROOT) + "@example.org");
    details.setReferralSource("Demonstration data");
    details.setConsentGivenOn(LocalDate.of(2026, 1, 5));
    return tenancy.callAs(atWork(registrar), () -> records.register(details));
  }

  /** The account as if signed in to the clinic being filled. */
  private ClinicPrincipal atWork(UserAccount account) {
    return new ClinicPrincipal(
        account.getUsername(),
        tenancy.currentClinicId(),
        "",
        account.getId(),
        account.getDisplayName(),
        account.getRole(),
        "UTC",
        false);
  }
}
