package org.clinicportal.assessment;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.clinicportal.patient.PatientFixtures.aPatient;
import static org.clinicportal.testsupport.ClinicFixture.PASSWORD;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditEvent;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.clinic.Profession;
import org.clinicportal.clinic.Therapist;
import org.clinicportal.clinic.Therapists;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.security.UserAccount;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assessments on the real services and PostgreSQL: signing, amendments, the red-flag gate, and
 * other clinics and roles kept out.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentsIT {

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

  private Clinic clinic;
  private ClinicPrincipal dana;
  private ClinicPrincipal sam;
  private ClinicPrincipal admin;
  private Patient patient;

  @BeforeEach
  void openClinic() throws Exception {
    clinic = clinics.open(new Clinic(uniqueCode("assess"), "Assessment Clinic"));
    dana = therapist(clinic, "dana", "Dana Whitfield");
    sam = therapist(clinic, "sam", "Sam Okafor");
    admin =
        tenancy.callAsClinic(
            clinic.getId(),
            () ->
                person(
                    clinic, accounts.open("avery", "Avery Morgan", Role.CLINIC_ADMIN, PASSWORD)));
    patient =
        tenancy.callAs(
            ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
            () -> records.register(aPatient().named("Jordan", "Lee").details()));
  }

  @Test
  void aSignedAssessmentIsKeptWithEveryFindingAndAudited() throws Exception {
    Assessment signed = signed(dana, aQuadratusLumborumCase().form());

    Assessment read = as(sam, () -> assessments.find(signed.getId()).orElseThrow());
    assertTrue(read.isSigned());
    assertEquals("Dana Whitfield", read.getSignedBy().getDisplayName());
    assertEquals(aQuadratusLumborumCase().form().facts(), read.toForm().facts());
    assertEquals(Muscle.QUADRATUS_LUMBORUM, read.getTriggerPoints().get(0).getMuscle());
    assertTrue(read.getTriggerPoints().get(0).isDeepMedial());
    assertEquals(BodySite.QUADRATUS_LUMBORUM_RIGHT, read.getMarks().get(0).getSite());
    assertEquals(
        List.of(AuditAction.ASSESSMENT_SIGNED, AuditAction.ASSESSMENT_STARTED),
        assessmentActions());
  }

  @Test
  void anIncompleteAssessmentIsNotSignedAndNothingOfTheAttemptIsSaved() throws Exception {
    Assessment draft = as(dana, () -> assessments.start(patient.getId()));
    AssessmentForm form = aQuadratusLumborumCase().form();
    form.getRedFlags().get(0).setPresent(null);

    IncompleteAssessmentException refused =
        assertThrows(
            IncompleteAssessmentException.class,
            () -> as(dana, () -> assessments.sign(draft.getId(), draft.getVersion(), form)));

    assertEquals(List.of("assessment.missing.redFlags"), refused.missing());
    Assessment after = as(dana, () -> assessments.find(draft.getId()).orElseThrow());
    assertFalse(after.isSigned());
    assertEquals(draft.getVersion(), after.getVersion());
    assertEquals(null, after.getPainNow());
  }

  @Test
  void aDraftKeepsWhatIsHalfWrittenAndSigningAsksForTheRest() throws Exception {
    Assessment draft = as(dana, () -> assessments.start(patient.getId()));
    AssessmentForm form = aQuadratusLumborumCase().form();
    form.getActivities().get(1).setRating(null);
    form.getTriggerPoints().add(new TriggerPointRow());

    Assessment saved =
        as(dana, () -> assessments.saveDraft(draft.getId(), draft.getVersion(), form));
    Assessment read = as(dana, () -> assessments.find(draft.getId()).orElseThrow());
    assertEquals("Lifting a child", read.getActivities().get(1).getName());
    assertEquals(null, read.getActivities().get(1).getRating());
    assertEquals(4.0, read.functionalScale().score().getAsDouble(), "scored from the rated one");
    assertEquals(null, read.getTriggerPoints().get(1).getMuscle());

    IncompleteAssessmentException refused =
        assertThrows(
            IncompleteAssessmentException.class,
            () -> as(dana, () -> assessments.sign(draft.getId(), saved.getVersion(), form)));
    assertEquals(
        List.of("assessment.missing.pointMuscle", "assessment.missing.activity"),
        refused.missing());
    form.getActivities().get(1).setRating(3);
    form.getTriggerPoints().remove(1);
    assertTrue(
        as(dana, () -> assessments.sign(draft.getId(), saved.getVersion(), form)).isSigned());
  }

  @Test
  void scoresOutOfRangeAreRefusedAndChangeNothing() throws Exception {
    Assessment draft = as(dana, () -> assessments.start(patient.getId()));
    for (AssessmentForm wrong :
        List.of(
            aQuadratusLumborumCase().withPain(11, 8).form(),
            aQuadratusLumborumCase().withOswestry(6).form(),
            aQuadratusLumborumCase().withActivityRatings(-1, 3).form())) {
      EJBException refused =
          assertThrows(
              EJBException.class,
              () ->
                  as(dana, () -> assessments.saveDraft(draft.getId(), draft.getVersion(), wrong)));
      assertInstanceOf(ConstraintViolationException.class, refused.getCause());
    }
    Assessment after = as(dana, () -> assessments.find(draft.getId()).orElseThrow());
    assertEquals(draft.getVersion(), after.getVersion());
    assertEquals(null, after.getPainNow());
  }

  @Test
  void aSignedAssessmentCannotBeSavedSignedOrDiscardedAgain() throws Exception {
    Assessment signed = signed(dana, aQuadratusLumborumCase().form());
    AssessmentForm changed = aQuadratusLumborumCase().withPain(1, 2).form();

    for (ClinicWork<?, Exception> attempt :
        List.<ClinicWork<?, Exception>>of(
            () -> assessments.saveDraft(signed.getId(), signed.getVersion(), changed),
            () -> assessments.sign(signed.getId(), signed.getVersion(), changed),
            () -> {
              assessments.discard(signed.getId(), signed.getVersion());
              return null;
            })) {
      RecordException refused = assertThrows(RecordException.class, () -> as(dana, attempt));
      assertEquals("assessment.signed", refused.messageKey());
    }
    assertEquals(6, as(dana, () -> assessments.find(signed.getId()).orElseThrow()).getPainNow());
  }

  @Test
  void theDatabaseRefusesToChangeASignedAssessmentOrItsFindings() throws Exception {
    Assessment signed = signed(dana, aQuadratusLumborumCase().form());
    try (Connection db = TestDatabase.connectAsApplication()) {
      for (String tamper :
          List.of(
              "update assessment set pain_now = 1 where id = " + signed.getId(),
              "delete from assessment where id = " + signed.getId(),
              "update assessment_trigger_point set familiar_pain = false where assessment_id = "
                  + signed.getId(),
              "delete from assessment_mark where assessment_id = " + signed.getId())) {
        TestDatabase.bindClinic(db, clinic.getId());
        SQLException refused =
            assertThrows(SQLException.class, () -> db.createStatement().execute(tamper));
        assertTrue(refused.getMessage().contains("cannot be changed"), refused.getMessage());
        db.rollback();
      }
    }
  }

  @Test
  void anAmendmentKeepsTheOriginalAndSaysWhoChangedWhatAndWhy() throws Exception {
    Assessment original = signed(dana, aQuadratusLumborumCase().form());

    Assessment amendment =
        as(sam, () -> assessments.amend(original.getId(), "Worst pain was recorded wrongly"));
    Assessment signedAmendment =
        as(
            sam,
            () ->
                assessments.sign(
                    amendment.getId(),
                    amendment.getVersion(),
                    aQuadratusLumborumCase().withPain(6, 9).form()));

    Assessment kept = as(dana, () -> assessments.find(original.getId()).orElseThrow());
    assertEquals(8, kept.getPainWorst());
    assertTrue(kept.isSigned());
    assertEquals(9, signedAmendment.getPainWorst());
    assertEquals("Sam Okafor", signedAmendment.getSignedBy().getDisplayName());
    assertEquals(
        List.of(new FieldChange("painWorst", "8", "9")),
        as(dana, () -> assessments.find(signedAmendment.getId()).orElseThrow()).amendmentChanges());
    assertEquals(
        List.of(signedAmendment.getId()),
        as(dana, () -> assessments.ofPatient(patient.getId())).stream()
            .map(Assessment::getId)
            .toList());
    RecordException again =
        assertThrows(
            RecordException.class, () -> as(dana, () -> assessments.amend(original.getId(), "x")));
    assertEquals("assessment.amend.superseded", again.messageKey());
    AuditEvent entry =
        as(dana, () -> records.history(patient.getId())).stream()
            .filter(event -> event.getAction() == AuditAction.ASSESSMENT_AMENDED)
            .findFirst()
            .orElseThrow();
    assertEquals("Sam Okafor", entry.getActorName());
    assertTrue(entry.getDetails().startsWith("painWorst\t8\t9"), entry.getDetails());
  }

  @Test
  void aDraftBelongsToItsExaminerAndTwoSavesOfOneVersionConflict() throws Exception {
    Assessment draft = as(dana, () -> assessments.start(patient.getId()));

    RecordException notYours =
        assertThrows(
            RecordException.class,
            () ->
                as(
                    sam,
                    () ->
                        assessments.saveDraft(
                            draft.getId(), draft.getVersion(), aQuadratusLumborumCase().form())));
    assertEquals("assessment.notYours", notYours.messageKey());

    as(
        dana,
        () ->
            assessments.saveDraft(
                draft.getId(), draft.getVersion(), aQuadratusLumborumCase().form()));
    assertThrows(
        StaleRecordException.class,
        () ->
            as(
                dana,
                () ->
                    assessments.saveDraft(
                        draft.getId(),
                        draft.getVersion(),
                        aQuadratusLumborumCase().withPain(1, 1).form())));
    assertEquals(6, as(dana, () -> assessments.find(draft.getId()).orElseThrow()).getPainNow());
  }

  @Test
  void redFlagsBlockAProgramUntilATherapistRecordsAClearance() throws Exception {
    assertTrue(as(dana, () -> assessments.programReadiness(patient.getId())).mayStart());
    Assessment flagged =
        signed(dana, aQuadratusLumborumCase().withRedFlag(RedFlag.HISTORY_OF_CANCER).form());

    RecordException blocked =
        assertThrows(
            RecordException.class,
            () ->
                as(
                    dana,
                    () -> {
                      assessments.requireProgramMayStart(patient.getId());
                      return null;
                    }));
    assertEquals(ProgramReadiness.RED_FLAGS, blocked.messageKey());

    RecordException noNote =
        assertThrows(
            RecordException.class, () -> as(sam, () -> assessments.clear(flagged.getId(), "  ")));
    assertEquals("clearance.note", noNote.messageKey());
    RecordException adminRefused =
        assertThrows(
            RecordException.class,
            () -> as(admin, () -> assessments.clear(flagged.getId(), "Oncologist letter")));
    assertEquals("access.refused", adminRefused.messageKey());
    assertFalse(as(dana, () -> assessments.programReadiness(patient.getId())).mayStart());

    MedicalClearance clearance =
        as(
            sam,
            () -> assessments.clear(flagged.getId(), "Oncologist's letter of 3 Nov: in remission"));
    assertEquals("Sam Okafor", clearance.getClearedBy().getDisplayName());
    assertTrue(as(dana, () -> assessments.programReadiness(patient.getId())).mayStart());
    RecordException twice =
        assertThrows(
            RecordException.class,
            () -> as(sam, () -> assessments.clear(flagged.getId(), "again")));
    assertEquals("clearance.already", twice.messageKey());
  }

  @Test
  void aSkinLevelLumpBlocksAProgramAndAnAmendmentKeepsTheClearance() throws Exception {
    Assessment skin =
        signed(dana, aQuadratusLumborumCase().withSkinLevelLump("GP to look at a cyst").form());
    assertEquals(
        List.of(ProgramReadiness.SKIN_LEVEL),
        as(dana, () -> assessments.programReadiness(patient.getId())).blockers());

    as(dana, () -> assessments.clear(skin.getId(), "GP: sebaceous cyst, no concern"));
    Assessment amendment = as(dana, () -> assessments.amend(skin.getId(), "Add the activity"));
    as(
        dana,
        () ->
            assessments.sign(
                amendment.getId(),
                amendment.getVersion(),
                aQuadratusLumborumCase()
                    .withSkinLevelLump("GP to look at a cyst")
                    .withPain(5, 8)
                    .form()));

    assertTrue(as(dana, () -> assessments.programReadiness(patient.getId())).mayStart());
  }

  @Test
  void anotherClinicSeesNoAssessmentAndCannotTouchOne() throws Exception {
    Assessment signed = signed(dana, aQuadratusLumborumCase().form());
    Clinic other = clinics.open(new Clinic(uniqueCode("other"), "Other Clinic"));
    ClinicPrincipal intruder = therapist(other, "dana", "Dana Elsewhere");

    assertTrue(as(intruder, () -> assessments.find(signed.getId())).isEmpty());
    assertTrue(as(intruder, () -> assessments.ofPatient(patient.getId())).isEmpty());
    for (ClinicWork<?, Exception> attempt :
        List.<ClinicWork<?, Exception>>of(
            () -> assessments.amend(signed.getId(), "mine now"),
            () -> assessments.clear(signed.getId(), "cleared"),
            () -> assessments.start(patient.getId()),
            () -> assessments.compare(signed.getId(), signed.getId()))) {
      assertThrows(RecordException.class, () -> as(intruder, attempt));
    }
    assertEquals(1, as(dana, () -> assessments.ofPatient(patient.getId())).size());
  }

  @Test
  void aClinicAdminReadsButDoesNotExamineAndAnonymousCallsAreRefused() throws Exception {
    Assessment signed = signed(dana, aQuadratusLumborumCase().form());

    assertTrue(as(admin, () -> assessments.find(signed.getId())).isPresent());
    RecordException refused =
        assertThrows(
            RecordException.class, () -> as(admin, () -> assessments.start(patient.getId())));
    assertEquals("access.refused", refused.messageKey());
    assertThrows(
        RecordException.class,
        () -> tenancy.callAsClinic(clinic.getId(), () -> assessments.find(signed.getId())));
  }

  @Test
  void aComparisonPutsTheEarlierAssessmentFirst() throws Exception {
    Assessment first = signed(dana, aQuadratusLumborumCase().form());
    Assessment later =
        signed(
            dana,
            aQuadratusLumborumCase().on(first.getAssessedOn().plusDays(14)).withPain(3, 5).form());

    AssessmentComparison comparison =
        as(dana, () -> assessments.compare(later.getId(), first.getId()));

    assertEquals(first.getId(), comparison.from().getId());
    assertEquals(Progress.Reading.IMPROVED, comparison.measures().get(0).reading());
  }

  private Assessment signed(ClinicPrincipal by, AssessmentForm form) throws Exception {
    Assessment draft = as(by, () -> assessments.start(patient.getId()));
    return as(by, () -> assessments.sign(draft.getId(), draft.getVersion(), form));
  }

  private List<AuditAction> assessmentActions() throws Exception {
    return as(dana, () -> records.history(patient.getId())).stream()
        .map(AuditEvent::getAction)
        .filter(action -> action.name().startsWith("ASSESSMENT"))
        .toList();
  }

  private ClinicPrincipal therapist(Clinic at, String username, String name) throws Exception {
    return tenancy.callAsClinic(
        at.getId(),
        () -> {
          UserAccount account = accounts.open(username, name, Role.THERAPIST, PASSWORD);
          therapists.register(new Therapist(account, Profession.CHIROPRACTOR, null));
          return person(at, account);
        });
  }

  private static ClinicPrincipal person(Clinic at, UserAccount account) {
    return new ClinicPrincipal(
        at.getCode() + "/" + account.getUsername(),
        at.getId(),
        at.getName(),
        account.getId(),
        account.getDisplayName(),
        account.getRole(),
        "Europe/London",
        false);
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }
}
