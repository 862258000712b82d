package org.clinicportal.review;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.Progress.Reading;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.exercise.Dosage;
import org.clinicportal.homecare.CareClinic;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.homecare.JournalForm;
import org.clinicportal.homecare.LogOutcome;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.AccessRefusedException;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramItem;
import org.clinicportal.program.ProgramStatus;
import org.clinicportal.questionnaire.Questionnaires;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The review of a program against what the patient logged: proposals by the progression rule, the
 * therapist's decisions made into the next version, and every wrong decision or wrong person
 * refused before the rightful one goes through in the same state.
 */
@ExtendWith(ArquillianExtension.class)
class ReviewsIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private CareClinic care;
  @Inject private HomeCare homeCare;
  @Inject private HomePrograms programs;
  @Inject private Reviews reviews;
  @Inject private Assessments assessments;
  @Inject private Questionnaires questionnaires;

  private ClinicPrincipal dana;
  private LocalDate today;

  @BeforeEach
  void openClinic() throws Exception {
    care.open("review", "Review Clinic");
    dana = care.dana();
    today = LocalDate.now(care.zone());
  }

  @Test
  void theLogProposesAndTheTherapistsDecisionsMakeTheNextVersion() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    HomeProgram first = care.activeProgram(jordan, today.minusDays(7), today);
    ClinicPrincipal me = care.signedIn(jordan);
    ProgramItem kept = first.getItems().get(0);
    for (LocalDate day = today.minusDays(7); !day.isAfter(today); day = day.plusDays(1)) {
      for (int round = 1; round <= kept.getDosage().getTimesPerDay(); round++) {
        LocalDate on = day;
        int r = round;
        as(me, () -> homeCare.log(kept.getId(), on, r, LogOutcome.DONE, null));
      }
    }
    as(me, () -> homeCare.record(session(first.getId(), today.minusDays(6), 6, false)));
    as(me, () -> homeCare.record(session(first.getId(), today.minusDays(1), 4, false)));

    ProgramReview review = as(dana, () -> reviews.review(jordan.getId()));
    assertTrue(review.isDue());
    assertEquals(
        List.of(new ReviewDue(jordan.getId(), jordan.getFullName(), first.getTitle(), today)),
        as(dana, () -> reviews.dueForMe(10)),
        "the review is on the therapist's list on its date");
    assertEquals(new PainTrend(6, 4), review.pain());
    assertEquals(0, review.safetyYes());
    assertFalse(review.draftOpen());
    assertEquals(first.getItems().size(), review.exercises().size());
    ExerciseReview keptTo = review.exercises().get(0);
    assertEquals(100, keptTo.percent());
    assertEquals(Proposal.PROGRESS, keptTo.proposal());
    assertNotEquals(keptTo.current(), keptTo.proposed());
    ExerciseReview left = review.exercises().get(1);
    assertEquals(0, left.percent());
    assertEquals(Proposal.KEEP, left.proposal());
    assertEquals("review.reason.notKeptTo", left.reason());
    assertTrue(review.adherencePercent() < 100 && review.adherencePercent() > 0);
    assertEquals(List.of(), review.measured(), "one signed assessment: nothing to compare yet");
    long asked = as(me, () -> questionnaires.openOfMine()).get(0).getId();
    as(me, () -> questionnaires.answerPain(asked, 3));
    as(me, () -> questionnaires.send(asked));
    MeasuredChange answered =
        as(dana, () -> reviews.review(jordan.getId())).measured().stream()
            .filter(measure -> measure.key().equals("comparison.painNow"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        List.of(6.0, 3.0, Reading.IMPROVED),
        List.of(answered.before(), answered.after(), answered.reading()),
        "6 at the assessment, 3 in the review's questionnaire the patient sent");
    Assessment again = as(dana, () -> assessments.start(jordan.getId()));
    as(
        dana,
        () ->
            assessments.sign(
                again.getId(),
                again.getVersion(),
                aQuadratusLumborumCase().on(today).withPain(2, 4).form()));
    assertEquals(
        Reading.IMPROVED,
        as(dana, () -> reviews.review(jordan.getId())).measured().stream()
            .filter(measure -> measure.key().equals("comparison.painNow"))
            .findFirst()
            .orElseThrow()
            .reading(),
        "pain from 6 to 2 between the episode's assessments");

    List<ReviewDecision> decisions = new ArrayList<>();
    decisions.add(new ReviewDecision(keptTo.itemId(), ReviewChoice.ACCEPT, null, null, null, null));
    Dosage leftNow = left.current();
    int moreSets = (leftNow.getSets() == null ? 1 : leftNow.getSets()) + 1;
    decisions.add(
        new ReviewDecision(
            left.itemId(),
            ReviewChoice.CHANGE,
            moreSets,
            leftNow.getRepetitions(),
            leftNow.getHoldSeconds(),
            leftNow.getDurationSeconds()));
    review.exercises().stream()
        .skip(2)
        .forEach(
            rest ->
                decisions.add(
                    new ReviewDecision(
                        rest.itemId(), ReviewChoice.KEEP_AS_NOW, null, null, null, null)));
    long version = review.programVersion();

    assertRefusedAs(
        "review.decisions",
        () ->
            as(
                dana,
                () ->
                    reviews.decide(
                        jordan.getId(), version, decisions.subList(1, decisions.size()), null)));
    List<ReviewDecision> twice = new ArrayList<>(decisions);
    twice.add(decisions.get(0));
    assertRefusedAs(
        "review.decisions",
        () -> as(dana, () -> reviews.decide(jordan.getId(), version, twice, null)));
    List<ReviewDecision> tooMany = new ArrayList<>(decisions);
    tooMany.set(
        1,
        new ReviewDecision(
            left.itemId(), ReviewChoice.CHANGE, Dosage.MAX_SETS + 1, null, null, null));
    assertRefusedAs(
        "dosage.sets",
        () -> as(dana, () -> reviews.decide(jordan.getId(), version, tooMany, null)));
    assertRefusedAs(
        "program.reviewOn",
        () -> as(dana, () -> reviews.decide(jordan.getId(), version, decisions, today)));
    assertThrows(
        AccessRefusedException.class,
        () -> as(me, () -> reviews.decide(jordan.getId(), version, decisions, null)));
    assertThrows(AccessRefusedException.class, () -> as(me, () -> reviews.review(jordan.getId())));
    Clinic other = clinics.open(new Clinic(uniqueCode("review-other"), "Other Clinic"));
    ClinicPrincipal outsider = care.therapist(other, "kai", "Kai Other");
    assertRefusedAs("patient.notFound", () -> as(outsider, () -> reviews.review(jordan.getId())));
    assertEquals(
        List.of(), as(outsider, () -> reviews.dueForMe(10)), "another clinic's list is its own");
    assertRefusedAs(
        "patient.notFound",
        () -> as(outsider, () -> reviews.decide(jordan.getId(), version, decisions, null)));
    assertEquals(
        ProgramStatus.ACTIVE,
        as(dana, () -> programs.find(first.getId())).orElseThrow().getStatus(),
        "nothing refused changed the program");

    HomeProgram next = as(dana, () -> reviews.decide(jordan.getId(), version, decisions, null));
    assertEquals(2, next.getNumber());
    assertEquals(ProgramStatus.ACTIVE, next.getStatus());
    assertEquals(today, next.getStartsOn());
    assertEquals(today.plusDays(HomeProgram.DEFAULT_REVIEW_DAYS), next.getReviewOn());
    assertEquals(keptTo.proposed(), next.getItems().get(0).getDosage());
    assertEquals(moreSets, next.getItems().get(1).getDosage().getSets());
    for (int i = 2; i < next.getItems().size(); i++) {
      assertEquals(first.getItems().get(i).getDosage(), next.getItems().get(i).getDosage());
    }
    assertEquals(
        ProgramStatus.SUPERSEDED,
        as(dana, () -> programs.find(first.getId())).orElseThrow().getStatus());
    assertEquals(List.of(), as(dana, () -> reviews.dueForMe(10)), "the next review is later");
    assertRefusedAs(
        "review.decisions",
        () -> as(dana, () -> reviews.decide(jordan.getId(), version, decisions, null)));
  }

  @Test
  void aSafetyYesStepsEveryExerciseBackAndAnOpenDraftIsSaid() throws Exception {
    Patient riley = care.patient("Riley", "Chen", null);
    HomeProgram program = care.activeProgram(riley, today.minusDays(3), null);
    ClinicPrincipal me = care.signedIn(riley);
    as(me, () -> homeCare.record(session(program.getId(), today.minusDays(1), 5, true)));
    as(dana, () -> programs.revise(program.getId()));

    ProgramReview review = as(dana, () -> reviews.review(riley.getId()));
    assertFalse(review.isDue());
    assertEquals(List.of(), as(dana, () -> reviews.dueForMe(10)), "not due before its date");
    assertThrows(AccessRefusedException.class, () -> as(me, () -> reviews.dueForMe(10)));
    assertEquals(1, review.safetyYes());
    assertTrue(review.openAlerts() >= 1, "the urgent alert is still open");
    assertTrue(review.draftOpen());
    for (ExerciseReview exercise : review.exercises()) {
      assertEquals(Proposal.STEP_BACK, exercise.proposal(), exercise.exerciseName());
      assertEquals("review.reason.safety", exercise.reason());
    }
  }

  private static JournalForm session(long programId, LocalDate on, int pain, boolean fever) {
    JournalForm form = new JournalForm();
    form.setProgramId(programId);
    form.setSessionOn(on);
    form.setPainBefore(pain);
    form.setPainAfter(pain);
    form.setEffort(4);
    form.setSaddleNumbness(false);
    form.setBladderOrBowel(false);
    form.setLegWeakness(false);
    form.setFever(fever);
    return form;
  }

  private static void assertRefusedAs(String key, Executable call) {
    assertEquals(key, assertThrows(RecordException.class, call).messageKey());
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }
}
