package org.clinicportal.review;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.OswestryIndex;
import org.clinicportal.assessment.Progress.Reading;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.homecare.Alerts;
import org.clinicportal.homecare.CareClinic;
import org.clinicportal.homecare.HomeCare;
import org.clinicportal.homecare.JournalForm;
import org.clinicportal.homecare.LogOutcome;
import org.clinicportal.homecare.PatientAlert;
import org.clinicportal.patient.DischargeReason;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.AccessRefusedException;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.questionnaire.Questionnaires;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The clinic's outcomes from real episodes: one that improved and kept to its program, one that
 * stopped attending after a single assessment, one still open; read by the clinic's therapist and
 * administrator, empty for another clinic, refused to a patient and for a period that is not one.
 */
@ExtendWith(ArquillianExtension.class)
class OutcomesIT {

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private CareClinic care;
  @Inject private Assessments assessments;
  @Inject private HomeCare homeCare;
  @Inject private Alerts alerts;
  @Inject private Discharges discharges;
  @Inject private Outcomes outcomes;
  @Inject private Questionnaires questionnaires;

  private ClinicPrincipal dana;
  private LocalDate today;

  @BeforeEach
  void openClinic() throws Exception {
    care.open("outcomes", "Outcomes Clinic");
    dana = care.dana();
    today = LocalDate.now(care.zone());
  }

  @Test
  void closedEpisodesAreCountedPerTherapistAndForTheClinic() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    HomeProgram program = care.activeProgram(jordan, today, null);
    ClinicPrincipal me = care.signedIn(jordan);
    for (var item : program.getItems()) {
      for (int round = 1; round <= item.getDosage().getTimesPerDay(); round++) {
        int r = round;
        as(me, () -> homeCare.log(item.getId(), r, LogOutcome.DONE, null));
      }
    }
    Assessment second = as(dana, () -> assessments.start(jordan.getId()));
    as(
        dana,
        () ->
            assessments.sign(
                second.getId(),
                second.getVersion(),
                aQuadratusLumborumCase().on(today).withPain(2, 4).form()));
    discharge(jordan, DischargeReason.GOALS_MET);

    Patient riley = care.patient("Riley", "Chen", null);
    care.activeProgram(riley, today, null);
    discharge(riley, DischargeReason.STOPPED_ATTENDING);
    Patient casey = care.patient("Casey", "Novak", null);
    care.activeProgram(casey, today, null);

    OutcomeReport report = as(dana, () -> outcomes.report(today.minusDays(30), today));
    assertEquals(2, report.episodes().size(), "the open episode is not counted");
    OutcomeSummary clinic = report.clinic();
    assertEquals(
        new OutcomeSummary.Share(1, 2, 0), clinic.pain(), "stopped attending: not improved");
    assertEquals(50, clinic.pain().percent());
    EpisodeOutcome jordans =
        report.episodes().stream()
            .filter(episode -> episode.reason() == DischargeReason.GOALS_MET)
            .findFirst()
            .orElseThrow();
    assertEquals(Reading.IMPROVED, jordans.pain());
    assertEquals(100, jordans.adherencePercent(), "every round of its one day done");
    assertEquals(
        List.of("Dana Whitfield"),
        report.perTherapist().stream().map(OutcomeSummary::name).toList());
    assertEquals(
        report.clinic().episodes(),
        as(
                ClinicFixture.signedIn(care.clinic().getId(), Role.CLINIC_ADMIN),
                () -> outcomes.report(today.minusDays(30), today))
            .clinic()
            .episodes(),
        "the administrator reads the same");

    Clinic other = clinics.open(new Clinic(uniqueCode("outcomes-other"), "Other Clinic"));
    ClinicPrincipal outsider = care.therapist(other, "kai", "Kai Other");
    assertEquals(
        0,
        as(outsider, () -> outcomes.report(today.minusDays(30), today)).episodes().size(),
        "another clinic sees its own episodes alone");
    assertThrows(
        AccessRefusedException.class,
        () -> as(me, () -> outcomes.report(today.minusDays(30), today)));
    for (LocalDate[] period :
        List.of(
            new LocalDate[] {today, today.minusDays(1)},
            new LocalDate[] {today.plusDays(1), today.plusDays(2)},
            new LocalDate[] {today.minusDays(400), today},
            new LocalDate[] {null, today})) {
      assertRefusedAs(
          "outcomes.period", () -> as(dana, () -> outcomes.report(period[0], period[1])));
    }
  }

  @Test
  void thePatientsDischargeAnswersAreTheEpisodesLastMeasureOnceSent() throws Exception {
    Patient robin = care.patient("Robin", "Park", null);
    care.activeProgram(robin, today, null);
    discharge(robin, DischargeReason.GOALS_MET);
    EpisodeOutcome unanswered = as(dana, () -> outcomes.report(today, today)).episodes().get(0);
    assertNull(unanswered.pain(), "one assessment: nothing to compare yet");
    assertNull(unanswered.disability());
    OutcomeReport shownBefore = as(dana, () -> outcomes.summary(today, today));
    assertEquals(0, shownBefore.clinic().pain().counted(), "nothing measured twice yet");
    assertEquals(List.of(), shownBefore.episodes(), "a summary keeps no episode");

    ClinicPrincipal me = care.signedIn(robin);
    long id = as(me, () -> questionnaires.openOfMine()).get(0).getId();
    as(me, () -> questionnaires.answerPain(id, 1));
    for (OswestryIndex.Section section : OswestryIndex.Section.values()) {
      as(me, () -> questionnaires.answerSection(id, section, 0));
    }
    as(me, () -> questionnaires.rateActivities(id, List.of(9, 9)));
    as(me, () -> questionnaires.send(id));

    EpisodeOutcome answered = as(dana, () -> outcomes.report(today, today)).episodes().get(0);
    assertEquals(Reading.IMPROVED, answered.pain(), "6 at the assessment, 1 at discharge");
    assertEquals(
        Reading.IMPROVED, answered.disability(), "38 % at the assessment, 0 % at discharge");
    assertEquals(Reading.IMPROVED, answered.function(), "3.5 at the assessment, 9 at discharge");
    assertEquals(
        as(dana, () -> discharges.ofPatient(robin.getId())).get(0).getId(), answered.episodeId());
    assertEquals(
        1,
        as(dana, () -> outcomes.summary(today, today)).clinic().pain().improved(),
        "the summary kept before is read afresh once the answers are sent");
  }

  @Test
  void anAlertCountsInTheEpisodeItWasRaisedInThoughTwoEpisodesShareItsDay() throws Exception {
    Patient sam = care.patient("Sam", "Rivera", null);
    HomeProgram program = care.activeProgram(sam, today, null);
    ClinicPrincipal me = care.signedIn(sam);
    as(me, () -> homeCare.record(safetyYes(program.getId())));
    PatientAlert first = as(dana, () -> alerts.ofPatient(sam.getId())).get(0);
    as(dana, () -> alerts.acknowledge(first.getId(), first.getVersion(), "Phoned: seen by GP"));
    discharge(sam, DischargeReason.GOALS_MET);
    as(dana, () -> assessments.start(sam.getId()));
    as(me, () -> homeCare.record(safetyYes(null)));
    discharge(sam, DischargeReason.GOALS_MET);

    List<EpisodeOutcome> episodes = as(dana, () -> outcomes.report(today, today)).episodes();
    assertEquals(2, episodes.size(), "both episodes of the day closed");
    assertEquals(
        List.of(1, 1),
        episodes.stream().map(EpisodeOutcome::alertsRaised).toList(),
        "each alert in its own episode, not in every episode covering its day");
    assertEquals(
        List.of(1, 0),
        episodes.stream().map(each -> each.hoursToAcknowledge().size()).toList(),
        "the first episode's alert was acknowledged, the second's not yet");
  }

  private static JournalForm safetyYes(Long programId) {
    JournalForm form = new JournalForm();
    form.setProgramId(programId);
    form.setPainBefore(4);
    form.setPainAfter(4);
    form.setEffort(3);
    form.setSaddleNumbness(true);
    form.setBladderOrBowel(false);
    form.setLegWeakness(false);
    form.setFever(false);
    return form;
  }

  private void discharge(Patient patient, DischargeReason reason) throws Exception {
    long version = as(dana, () -> discharges.ofPatient(patient.getId())).get(0).getVersion();
    as(dana, () -> discharges.discharge(patient.getId(), version, reason, today, null));
  }

  private static void assertRefusedAs(String key, Executable call) {
    assertEquals(key, assertThrows(RecordException.class, call).messageKey());
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }
}
