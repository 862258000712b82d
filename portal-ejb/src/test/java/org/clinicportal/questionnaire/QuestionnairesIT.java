package org.clinicportal.questionnaire;

import static org.clinicportal.assessment.AssessmentFixtures.aQuadratusLumborumCase;
import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.assessment.Assessment;
import org.clinicportal.assessment.Assessments;
import org.clinicportal.assessment.OswestryIndex.Section;
import org.clinicportal.assessment.Progress;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.homecare.CareClinic;
import org.clinicportal.homecare.MailLinks;
import org.clinicportal.homecare.Reminders;
import org.clinicportal.mail.MailKind;
import org.clinicportal.mail.OutboundMail;
import org.clinicportal.mail.Outbox;
import org.clinicportal.patient.DischargeReason;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.AccessRefusedException;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.review.Discharges;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Questionnaires between visits: due at an episode's start only when its first assessment gave no
 * Oswestry index, at each review date and at discharge, never twice for one point; answered by the
 * patient a screen at a time and sent once; announced by mail without a word of health; and refused
 * to everyone but the patient and their clinic's staff.
 */
@ExtendWith(ArquillianExtension.class)
class QuestionnairesIT {

  private static final Pattern LINK = Pattern.compile("https?://\\S+?\\?t=([^\\s&]+)");

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private CareClinic care;
  @Inject private Clinics clinics;
  @Inject private Questionnaires questionnaires;
  @Inject private Assessments assessments;
  @Inject private HomePrograms programs;
  @Inject private Discharges discharges;
  @Inject private Outbox outbox;
  @Inject private MailLinks mailLinks;
  @Inject private Reminders reminders;
  @Resource private UserTransaction transaction;

  private ClinicPrincipal dana;
  private LocalDate today;

  @BeforeEach
  void openClinic() throws Exception {
    care.open("questions", "Questions Physio");
    dana = care.dana();
    today = LocalDate.now(care.zone());
  }

  @Test
  void anEpisodeIsAskedAtItsStartOnlyWhenItsFirstAssessmentGaveNoIndex() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    signAssessment(jordan, true);
    List<Questionnaire> asked = as(dana, () -> questionnaires.ofPatient(jordan.getId()));
    assertEquals(1, asked.size());
    Questionnaire start = asked.get(0);
    assertEquals(Occasion.EPISODE_START, start.getOccasion());
    assertEquals(today, start.getDueOn());
    assertEquals(
        List.of("Sitting through a work meeting", "Lifting a child"),
        read(
            () ->
                questionnaires.ofPatient(jordan.getId()).get(0).getActivities().stream()
                    .map(QuestionnaireActivity::getName)
                    .toList()),
        "the activities the assessment chose");

    signAssessment(jordan, true);
    assertEquals(
        1, as(dana, () -> questionnaires.ofPatient(jordan.getId())).size(), "only the first");

    Patient robin = care.patient("Robin", "Park", null);
    signAssessment(robin, false);
    assertTrue(
        as(dana, () -> questionnaires.ofPatient(robin.getId())).isEmpty(),
        "the assessment gave the index");
  }

  @Test
  void eachReviewDateAndTheDischargeAreAskedOnceAndAMovedOrEndedReviewIsWithdrawn()
      throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    HomeProgram first = care.activeProgram(jordan, today, today.plusDays(2));
    Questionnaire review = only(jordan, Occasion.REVIEW);
    assertEquals(today.plusDays(2), review.getDueOn());
    assertEquals(today.minusDays(1), review.getOpensOn(), "open three days before the review");
    assertEquals(
        first.getId(),
        read(() -> questionnaires.ofPatient(jordan.getId()).get(0).getProgram().getId()));

    HomeProgram sameDay = activateNext(first, today.plusDays(2));
    assertEquals(1, of(jordan, Occasion.REVIEW).size(), "the same review date is asked once");

    HomeProgram later = activateNext(sameDay, today.plusDays(30));
    assertEquals(2, of(jordan, Occasion.REVIEW).size());
    HomeProgram latest = activateNext(later, today.plusDays(40));
    List<Questionnaire> reviews = of(jordan, Occasion.REVIEW);
    assertEquals(3, reviews.size());
    assertEquals(
        List.of(today.plusDays(40), today.plusDays(30), today.plusDays(2)),
        reviews.stream().map(Questionnaire::getDueOn).toList());
    assertTrue(reviews.get(1).isWithdrawn(), "the review that moved before it opened");
    assertFalse(reviews.get(2).isWithdrawn(), "the one already open stays open");
    activateNext(latest, today.plusDays(30));
    List<Questionnaire> movedBack = of(jordan, Occasion.REVIEW);
    assertEquals(3, movedBack.size(), "the review date that came back is asked once");
    assertTrue(movedBack.get(0).isWithdrawn(), "the review moved away from day 40");
    assertFalse(movedBack.get(1).isWithdrawn(), "day 30 asked again");
    ClinicPrincipal me = care.signedIn(jordan);
    assertEquals(
        List.of(review.getId()),
        as(me, () -> questionnaires.openOfMine()).stream().map(Questionnaire::getId).toList());

    discharge(jordan);
    Questionnaire discharge = only(jordan, Occasion.DISCHARGE);
    assertEquals(today, discharge.getDueOn());
    assertEquals(
        List.of(discharge.getId()),
        as(me, () -> questionnaires.openOfMine()).stream().map(Questionnaire::getId).toList(),
        "the review's questionnaire is withdrawn with the program");
    assertTrue(of(jordan, Occasion.REVIEW).stream().allMatch(Questionnaire::isWithdrawn));
  }

  @Test
  void thePatientAnswersAScreenAtATimeComesBackWhereTheyWereAndSendsOnce() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    signAssessment(jordan, true);
    long id = only(jordan, Occasion.EPISODE_START).getId();
    ClinicPrincipal me = care.signedIn(jordan);

    assertRefused("questionnaire.pain", () -> as(me, () -> questionnaires.answerPain(id, 11)));
    assertRefused(
        "questionnaire.section",
        () -> as(me, () -> questionnaires.answerSection(id, Section.LIFTING, -1)));
    assertRefused("questionnaire.painFirst", () -> as(me, () -> questionnaires.send(id)));
    as(me, () -> questionnaires.answerPain(id, 4));
    as(me, () -> questionnaires.answerSection(id, Section.PAIN_INTENSITY, 2));
    as(me, () -> questionnaires.answerSection(id, Section.PERSONAL_CARE, 1));

    Questionnaire resumed = as(me, () -> questionnaires.mine(id));
    assertEquals(Questionnaire.screenOf(Section.LIFTING), resumed.getScreen());
    assertEquals(4, resumed.getPainNow());
    for (Section section : Section.values()) {
      as(me, () -> questionnaires.answerSection(id, section, 1));
    }
    assertRefused(
        "questionnaire.activities",
        () -> as(me, () -> questionnaires.rateActivities(id, List.of(7))));
    as(me, () -> questionnaires.rateActivities(id, Arrays.asList(7, null)));
    Questionnaire sent = as(me, () -> questionnaires.send(id));
    assertTrue(sent.isSent());
    assertRefused("questionnaire.sent", () -> as(me, () -> questionnaires.send(id)));
    assertRefused("questionnaire.sent", () -> as(me, () -> questionnaires.answerPain(id, 9)));
    assertEquals(4, as(me, () -> questionnaires.mine(id)).getPainNow());
    assertTrue(as(me, () -> questionnaires.openOfMine()).isEmpty());

    List<Measurement> measured = as(dana, () -> questionnaires.measurementsOf(jordan.getId()));
    assertEquals(2, measured.size(), "the therapist's assessment and the patient's answers");
    Measurement therapist = measured.get(0);
    Measurement patient = measured.get(1);
    assertFalse(therapist.byPatient());
    assertNull(therapist.oswestry(), "the assessment gave no index");
    assertTrue(patient.byPatient());
    assertEquals(20.0, patient.oswestry(), 0.001);
    assertEquals(7.0, patient.functional(), 0.001);
    assertEquals(Progress.Reading.IMPROVED, patient.painReading(), "from 6 to 4");
    assertEquals(Progress.Reading.IMPROVED, patient.functionalReading(), "from 3.5 to 7");
  }

  @Test
  void aDueQuestionnaireIsAnnouncedByMailWithALinkAndNoHealthWord() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", "jordan@example.org");
    HomeProgram first = care.activeProgram(jordan, today, today.plusDays(2));
    assertTrue(ofKind(MailKind.QUESTIONNAIRE).isEmpty(), "not before the address is confirmed");
    String confirm = tokenIn(ofKind(MailKind.ADDRESS_CHECK).get(0).getBody());
    assertTrue(mailLinks.confirm(confirm).isPresent());
    activateNext(first, today.plusDays(20));
    assertEquals(
        1, ofKind(MailKind.QUESTIONNAIRE).size(), "held until three days before the new review");
    care.inClinic(() -> reminders.stop(jordan.getId(), MailKind.CHECK_IN));
    assertTrue(ofKind(MailKind.QUESTIONNAIRE).isEmpty(), "stopping questions by mail withdraws it");

    Patient robin = care.patient("Robin", "Park", "robin@example.org");
    care.activeProgram(robin, today, today.plusDays(2));
    String robinsCheck =
        ofKind(MailKind.ADDRESS_CHECK).stream()
            .filter(mail -> mail.getRecipient().equals("robin@example.org"))
            .findFirst()
            .orElseThrow()
            .getBody();
    assertTrue(mailLinks.confirm(tokenIn(robinsCheck)).isPresent());
    discharge(robin);

    List<OutboundMail> notices = ofKind(MailKind.QUESTIONNAIRE);
    assertEquals(1, notices.size(), "Robin's discharge alone");
    OutboundMail notice = notices.get(0);
    assertEquals("robin@example.org", notice.getRecipient());
    long dischargeId = only(robin, Occasion.DISCHARGE).getId();
    assertTrue(
        notice.getBody().contains("/patient/questionnaire.xhtml?id=" + dischargeId),
        notice.getBody());
    CareClinic.assertSaysNoneOf(
        notice, List.of("pain", "oswestry", "disab", "back pain", "exercise", "lifting", "robin"));
  }

  @Test
  void noOneButThePatientAnswersAndNoOneOutsideTheClinicReads() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    signAssessment(jordan, true);
    long id = only(jordan, Occasion.EPISODE_START).getId();
    ClinicPrincipal me = care.signedIn(jordan);
    Patient robin = care.patient("Robin", "Park", null);
    ClinicPrincipal other = care.signedIn(robin);
    Clinic elsewhere = clinics.open(new Clinic(uniqueCode("questions-other"), "Other Clinic"));
    ClinicPrincipal outsider = care.therapist(elsewhere, "kai", "Kai Other");

    assertEquals(id, as(me, () -> questionnaires.mine(id)).getId());
    as(me, () -> questionnaires.answerPain(id, 5));
    assertRefused("questionnaire.notFound", () -> as(other, () -> questionnaires.mine(id)));
    assertRefused(
        "questionnaire.notFound", () -> as(other, () -> questionnaires.answerPain(id, 1)));
    assertRefused("questionnaire.notFound", () -> as(other, () -> questionnaires.send(id)));
    assertThrows(
        AccessRefusedException.class, () -> as(dana, () -> questionnaires.answerPain(id, 1)));
    assertThrows(
        AccessRefusedException.class, () -> as(me, () -> questionnaires.ofPatient(jordan.getId())));
    assertEquals(1, as(dana, () -> questionnaires.ofPatient(jordan.getId())).size());
    assertRefused(
        "patient.notFound", () -> as(outsider, () -> questionnaires.ofPatient(jordan.getId())));
    assertRefused(
        "patient.notFound",
        () -> as(outsider, () -> questionnaires.measurementsOf(jordan.getId())));
    assertEquals(5, as(me, () -> questionnaires.mine(id)).getPainNow(), "nothing refused wrote");
  }

  private void signAssessment(Patient patient, boolean withoutOswestry) throws Exception {
    Assessment draft = as(dana, () -> assessments.start(patient.getId()));
    as(
        dana,
        () ->
            assessments.sign(
                draft.getId(),
                draft.getVersion(),
                withoutOswestry
                    ? aQuadratusLumborumCase().withOswestry().withPain(6, 8).form()
                    : aQuadratusLumborumCase().form()));
  }

  private void discharge(Patient patient) throws Exception {
    long version = as(dana, () -> discharges.ofPatient(patient.getId())).get(0).getVersion();
    as(
        dana,
        () ->
            discharges.discharge(patient.getId(), version, DischargeReason.GOALS_MET, today, null));
  }

  private HomeProgram activateNext(HomeProgram current, LocalDate reviewOn) throws Exception {
    HomeProgram next = as(dana, () -> programs.revise(current.getId()));
    return as(dana, () -> programs.activate(next.getId(), next.getVersion(), today, reviewOn));
  }

  private List<Questionnaire> of(Patient patient, Occasion occasion) throws Exception {
    return as(dana, () -> questionnaires.ofPatient(patient.getId())).stream()
        .filter(each -> each.getOccasion() == occasion)
        .toList();
  }

  private Questionnaire only(Patient patient, Occasion occasion) throws Exception {
    List<Questionnaire> found = of(patient, occasion);
    assertEquals(1, found.size(), occasion + " asked once");
    return found.get(0);
  }

  private List<OutboundMail> ofKind(MailKind kind) {
    return care.inClinic(() -> outbox.latest(100)).stream()
        .filter(mail -> mail.getKind() == kind)
        .toList();
  }

  private static String tokenIn(String text) {
    Matcher link = LINK.matcher(text);
    assertTrue(link.find(), "no link in " + text);
    return link.group(1);
  }

  /** What Dana reads, with what it leads to loaded in the same transaction, as a page reads it. */
  private <T> T read(ClinicWork<T, Exception> work) throws Exception {
    transaction.begin();
    try {
      return as(dana, work);
    } finally {
      transaction.rollback();
    }
  }

  private static void assertRefused(String key, Executable call) {
    assertEquals(key, assertThrows(RecordException.class, call).messageKey());
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return care.as(person, work);
  }
}
