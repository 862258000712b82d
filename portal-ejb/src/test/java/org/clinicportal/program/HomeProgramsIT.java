package org.clinicportal.program;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.AssessmentForm;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.RedFlag;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.exercise.BodySide;
import org.clinicportal.exercise.Exercise;
import org.clinicportal.exercise.ExerciseDetails;
import org.clinicportal.exercise.ExerciseKind;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.exercise.ExerciseQuery;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.SqlStatementCount;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Home programs and the exercise library on the real services and PostgreSQL: suggestion,
 * assignment, versions, the red-flag block, and what stays inside one clinic.
 */
@ExtendWith(ArquillianExtension.class)
class HomeProgramsIT {

  private static final LocalDate START = LocalDate.now(ZoneOffset.UTC).minusDays(2);

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private Therapists therapists;
  @Inject private PatientRecords records;
  @Inject private Assessments assessments;
  @Inject private ExerciseLibrary library;
  @Inject private HomePrograms programs;

  private Clinic clinic;
  private ClinicPrincipal dana;
  private Patient patient;

  @BeforeEach
  void openClinic() throws Exception {
    clinic = clinics.open(new Clinic(uniqueCode("programs"), "Program Clinic"));
    dana = therapist(clinic, "dana", "Dana Whitfield");
    patient =
        tenancy.callAs(
            ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
            () -> records.register(aPatient().named("Jordan", "Lee").details()));
  }

  @Test
  void aSuggestionFromASignedAssessmentIsAdjustedAssignedAndReviewedInTwoWeeks() throws Exception {
    signed(aQuadratusLumborumCase().form());

    ProgramPlan plan = as(dana, () -> programs.suggest(patient.getId(), "QL release and core"));
    List<String> names = plan.getItems().stream().map(ProgramPlan.Item::getExerciseName).toList();
    assertTrue(
        names.contains("Quadratus lumborum self-release with a release tool"), names.toString());
    assertTrue(names.contains("Standing side-bend stretch"), names.toString());
    assertTrue(names.contains("Suitcase carry"), names.toString());
    plan.getItems().get(0).setTimesPerDay(3);

    HomeProgram draft = as(dana, () -> programs.startDraft(patient.getId(), plan));
    HomeProgram active =
        as(dana, () -> programs.activate(draft.getId(), draft.getVersion(), START, null));

    HomeProgram read = as(dana, () -> programs.find(active.getId()).orElseThrow());
    assertEquals(ProgramStatus.ACTIVE, read.getStatus());
    assertEquals(START.plusDays(14), read.getReviewOn());
    assertEquals(plan.getItems().size(), read.getItems().size());
    assertEquals(3, read.getItems().get(0).getDosage().getTimesPerDay());
    assertEquals(ExerciseKind.RELEASE, read.getItems().get(0).getPhase());
    assertEquals(1, read.getNumber());
  }

  @Test
  void redFlagsBlockActivationUntilAClearanceIsRecorded() throws Exception {
    Assessment flagged = signed(aQuadratusLumborumCase().withRedFlag(RedFlag.FOOT_DROP).form());
    ProgramPlan plan = as(dana, () -> programs.suggest(patient.getId(), "QL"));
    HomeProgram draft = as(dana, () -> programs.startDraft(patient.getId(), plan));

    RecordException blocked =
        assertThrows(
            RecordException.class,
            () ->
                as(dana, () -> programs.activate(draft.getId(), draft.getVersion(), START, null)));
    assertEquals("readiness.redFlags", blocked.messageKey());
    assertTrue(as(dana, () -> programs.find(draft.getId()).orElseThrow()).isDraft());

    as(dana, () -> assessments.clear(flagged.getId(), "Neurology review: old, stable foot drop"));
    HomeProgram active =
        as(dana, () -> programs.activate(draft.getId(), draft.getVersion(), START, null));
    assertEquals(ProgramStatus.ACTIVE, active.getStatus());
  }

  @Test
  void aStartDateMoreThanAYearFromTodayIsRefusedAndTheDraftStaysADraft() throws Exception {
    signed(aQuadratusLumborumCase().form());
    ProgramPlan plan = as(dana, () -> programs.suggest(patient.getId(), "QL"));
    HomeProgram draft = as(dana, () -> programs.startDraft(patient.getId(), plan));
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    for (LocalDate start :
        List.of(
            LocalDate.MAX, LocalDate.MIN, today.plusYears(1).plusDays(2), today.minusYears(2))) {
      RecordException refused =
          assertThrows(
              RecordException.class,
              () ->
                  as(dana, () -> programs.activate(draft.getId(), draft.getVersion(), start, null)),
              start.toString());
      assertEquals("program.startsOn", refused.messageKey(), start.toString());
      assertTrue(as(dana, () -> programs.find(draft.getId()).orElseThrow()).isDraft());
    }

    HomeProgram active =
        as(dana, () -> programs.activate(draft.getId(), draft.getVersion(), today, null));
    assertEquals(today.plusDays(14), active.getReviewOn());
  }

  @Test
  void changingAnActiveProgramMakesANewVersionAndKeepsTheOldOneReadable() throws Exception {
    HomeProgram first = activeProgram();

    HomeProgram next = as(dana, () -> programs.revise(first.getId()));
    ProgramPlan changed = next.toPlan();
    changed.getItems().get(0).setSets(2);
    HomeProgram saved =
        as(dana, () -> programs.saveDraft(next.getId(), next.getVersion(), changed));
    as(dana, () -> programs.activate(saved.getId(), saved.getVersion(), START.plusDays(7), null));

    List<HomeProgram> versions = as(dana, () -> programs.ofPatient(patient.getId()));
    assertEquals(List.of(2, 1), versions.stream().map(HomeProgram::getNumber).toList());
    assertEquals(ProgramStatus.ACTIVE, versions.get(0).getStatus());
    assertEquals(ProgramStatus.SUPERSEDED, versions.get(1).getStatus());
    HomeProgram old = as(dana, () -> programs.find(first.getId()).orElseThrow());
    assertEquals(
        first.getItems().get(0).getDosage().getSets(), old.getItems().get(0).getDosage().getSets());
    assertEquals(
        2,
        as(dana, () -> programs.find(next.getId()).orElseThrow())
            .getItems()
            .get(0)
            .getDosage()
            .getSets());
  }

  @Test
  void aNewVersionCostsAsManyStatementsAtTheSixthVersionAsAtTheSecond() throws Exception {
    long active = activeProgram().getId();
    List<Integer> statements = new ArrayList<>();
    for (int version = 2; version <= 6; version++) {
      SqlStatementCount.open();
      active = assignNextVersion(active);
      statements.add(SqlStatementCount.close());
    }
    int fewest = statements.stream().min(Integer::compare).orElseThrow();
    int most = statements.stream().max(Integer::compare).orElseThrow();
    assertTrue(fewest > 0, statements.toString());
    assertTrue(
        most - fewest <= 1, "one for fetching the next block of ids, no more: " + statements);
  }

  @Test
  void impossibleDosagesAndForeignIdsAreRefusedAndNothingIsSaved() throws Exception {
    ProgramPlan plan = as(dana, () -> programs.suggest(patient.getId(), "Core"));
    plan.getItems().get(0).setSets(0);
    RecordException zeroSets =
        assertThrows(
            RecordException.class,
            () -> as(dana, () -> programs.startDraft(patient.getId(), plan)));
    assertEquals("dosage.sets", zeroSets.messageKey());
    plan.getItems().get(0).setSets(3);
    plan.getItems().get(0).setHoldSeconds(3600);
    assertEquals(
        "dosage.hold",
        assertThrows(
                RecordException.class,
                () -> as(dana, () -> programs.startDraft(patient.getId(), plan)))
            .messageKey());
    plan.getItems().get(0).setHoldSeconds(null);

    Clinic other = clinics.open(new Clinic(uniqueCode("other"), "Other Clinic"));
    ClinicPrincipal intruder = therapist(other, "kai", "Kai Other");
    Exercise theirs = as(intruder, () -> library.add(details("Their secret drill"), null));
    ProgramPlan.Item foreign = ProgramPlan.Item.of(theirs, BodySide.BOTH);
    assertEquals(List.of(), foreign.problems(), "refused for its exercise, not its dosage");
    plan.getItems().add(foreign);
    assertEquals(
        "program.exercise.unknown",
        assertThrows(
                RecordException.class,
                () -> as(dana, () -> programs.startDraft(patient.getId(), plan)))
            .messageKey());
    plan.getItems().remove(foreign);
    assertEquals(
        "patient.notFound",
        assertThrows(
                RecordException.class,
                () -> as(intruder, () -> programs.startDraft(patient.getId(), plan)))
            .messageKey());

    assertTrue(as(dana, () -> programs.ofPatient(patient.getId())).isEmpty());
  }

  @Test
  void aClinicsOwnExercisesStayInsideItAndHiddenOnesLeaveTheSearch() throws Exception {
    Exercise ours = as(dana, () -> library.add(details("Dead bug with a band"), null));
    Clinic other = clinics.open(new Clinic(uniqueCode("other"), "Other Clinic"));
    ClinicPrincipal outsider = therapist(other, "kai", "Kai Other");

    List<Exercise> mine = as(dana, () -> library.search(ExerciseQuery.everything()));
    List<Exercise> theirs = as(outsider, () -> library.search(ExerciseQuery.everything()));
    assertEquals(13, mine.size());
    assertEquals(12, theirs.size());
    assertTrue(as(outsider, () -> library.find(ours.getId())).isEmpty());
    assertThrows(RecordException.class, () -> as(outsider, () -> library.hide(ours.getId())));

    Exercise suitcase =
        mine.stream().filter(e -> e.getName().equals("Suitcase carry")).findFirst().orElseThrow();
    as(dana, () -> library.hide(suitcase.getId()));
    assertFalse(
        as(dana, () -> library.search(ExerciseQuery.everything())).stream()
            .anyMatch(e -> e.getId().equals(suitcase.getId())));
    assertEquals(
        "exercise.builtIn",
        assertThrows(
                RecordException.class,
                () -> as(dana, () -> library.revise(suitcase.getId(), details("Renamed"))))
            .messageKey());
    assertEquals(
        "exercise.picture.type",
        assertThrows(
                RecordException.class,
                () -> as(dana, () -> library.showPicture(ours.getId(), "<svg/>".getBytes())))
            .messageKey());
  }

  @Test
  void aProgramSavedAsATemplateStartsAnotherPatientsProgramAndStaysInTheClinic() throws Exception {
    HomeProgram program = activeProgram();
    ProgramTemplate template =
        as(dana, () -> programs.saveAsTemplate(program.getId(), "QL release and core"));
    assertEquals(
        "template.nameTaken",
        assertThrows(
                RecordException.class,
                () ->
                    as(dana, () -> programs.saveAsTemplate(program.getId(), "ql RELEASE and core")))
            .messageKey());
    Patient riley =
        tenancy.callAs(
            ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
            () -> records.register(aPatient().named("Riley", "Chen").details()));

    HomeProgram started =
        as(dana, () -> programs.startFromTemplate(riley.getId(), template.getId()));

    HomeProgram read = as(dana, () -> programs.find(started.getId()).orElseThrow());
    assertTrue(read.isDraft());
    assertEquals("QL release and core", read.getTitle());
    assertEquals(program.getItems().size(), read.getItems().size());
    assertEquals(riley.getId(), read.getPatient().getId());

    Clinic other = clinics.open(new Clinic(uniqueCode("other"), "Other Clinic"));
    ClinicPrincipal outsider = therapist(other, "kai", "Kai Other");
    assertTrue(as(outsider, () -> programs.templates()).isEmpty());
    assertEquals(
        "template.notFound",
        assertThrows(
                RecordException.class,
                () ->
                    as(outsider, () -> programs.startFromTemplate(riley.getId(), template.getId())))
            .messageKey());
  }

  /** Opens the next version of an active program, saves it as it is and assigns it. */
  private long assignNextVersion(long activeId) throws Exception {
    HomeProgram next = as(dana, () -> programs.revise(activeId));
    HomeProgram draft = as(dana, () -> programs.find(next.getId()).orElseThrow());
    HomeProgram saved =
        as(dana, () -> programs.saveDraft(draft.getId(), draft.getVersion(), draft.toPlan()));
    return as(dana, () -> programs.activate(saved.getId(), saved.getVersion(), START, null))
        .getId();
  }

  private HomeProgram activeProgram() throws Exception {
    signed(aQuadratusLumborumCase().form());
    ProgramPlan plan = as(dana, () -> programs.suggest(patient.getId(), "QL"));
    HomeProgram draft = as(dana, () -> programs.startDraft(patient.getId(), plan));
    return as(dana, () -> programs.activate(draft.getId(), draft.getVersion(), START, null));
  }

  private Assessment signed(AssessmentForm form) throws Exception {
    Assessment draft = as(dana, () -> assessments.start(patient.getId()));
    return as(dana, () -> assessments.sign(draft.getId(), draft.getVersion(), form));
  }

  private static ExerciseDetails details(String name) {
    ExerciseDetails details = new ExerciseDetails();
    details.setName(name);
    details.setKind(ExerciseKind.STRENGTHEN);
    details.setPurpose("Trunk control");
    details.setInstructions("Lie on your back.\nMove the opposite arm and leg slowly.");
    return details;
  }

  private ClinicPrincipal therapist(Clinic at, String username, String name) throws Exception {
    return tenancy.callAsClinic(
        at.getId(),
        () -> {
          UserAccount account = accounts.open(username, name, Role.THERAPIST, PASSWORD);
          therapists.register(new Therapist(account, Profession.PHYSICAL_THERAPIST, null));
          return new ClinicPrincipal(
              at.getCode() + "/" + username,
              at.getId(),
              at.getName(),
              account.getId(),
              name,
              Role.THERAPIST,
              "UTC",
              false);
        });
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }
}
