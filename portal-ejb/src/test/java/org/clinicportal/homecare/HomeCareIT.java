package org.clinicportal.homecare;

import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditEvent;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.ClinicProfile;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.mail.MailKind;
import org.clinicportal.mail.OutboundMail;
import org.clinicportal.mail.Outbox;
import org.clinicportal.patient.Episodes;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.AccessRefusedException;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.SqlStatementCount;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.security.UserAccounts;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.MovableClock;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Home care on the real services and PostgreSQL: the patient's plan, log and journal, what one
 * patient can never reach of another's, and the alerts a therapist sees and acknowledges.
 */
@ExtendWith(ArquillianExtension.class)
class HomeCareIT {

  /** The assessment fixture's pain now, the level the program starts from. */
  private static final int ASSESSED_PAIN = 6;

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private Tenancy tenancy;
  @Inject private Clinics clinics;
  @Inject private UserAccounts accounts;
  @Inject private HomePrograms programs;
  @Inject private HomeCare homeCare;
  @Inject private Alerts alerts;
  @Inject private Episodes episodes;
  @Inject private AlertWatch watch;
  @Inject private Outbox outbox;
  @Inject private CareClinic care;
  @Inject private ClinicProfile profile;
  @Inject private AlertDigests digests;
  @Inject private AuditTrail audit;
  @Inject private Patients patients;
  @Resource private UserTransaction transaction;

  private Clinic clinic;
  private ClinicPrincipal dana;
  private LocalDate today;

  @AfterEach
  void resetClock() {
    MovableClock.reset();
  }

  @BeforeEach
  void openClinic() throws Exception {
    MovableClock.reset();
    clinic = care.open("homecare", "Home Care Clinic").clinic();
    dana = care.dana();
    today = LocalDate.now(ZoneOffset.UTC);
  }

  @Test
  void aPatientLogsRoundsAndASessionAndSeesAdherenceAndPain() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    HomeProgram program = care.activeProgram(jordan, today, null);
    ClinicPrincipal me = care.signedIn(jordan);

    TodaysPlan plan = as(me, () -> homeCare.todaysPlan());
    assertEquals(program.getId(), plan.program().getId());
    assertEquals(program.getItems().size(), plan.due().size());
    DayExercise first = plan.due().get(0);
    long itemId = first.item().getId();
    as(me, () -> homeCare.log(itemId, 1, LogOutcome.DONE, null));
    as(me, () -> homeCare.log(itemId, 1, LogOutcome.DONE, null));
    long secondItem = plan.due().get(1).item().getId();
    as(me, () -> homeCare.log(secondItem, 1, LogOutcome.SKIPPED, SkipReason.NO_TIME));
    assertEquals(
        "homecare.skipReason",
        assertThrows(
                RecordException.class,
                () -> as(me, () -> homeCare.log(secondItem, 1, LogOutcome.SKIPPED, null)))
            .messageKey());
    assertEquals(
        "homecare.round",
        assertThrows(
                RecordException.class,
                () -> as(me, () -> homeCare.log(itemId, 7, LogOutcome.DONE, null)))
            .messageKey());

    TodaysPlan after = as(me, () -> homeCare.todaysPlan());
    assertEquals(1, after.due().get(0).roundsDone());
    assertEquals(SkipReason.NO_TIME, after.due().get(1).rounds().get(0).skipReason());

    JournalForm form = calmSession(program.getId(), 5, 4);
    JournalEntry entry = as(me, () -> homeCare.record(form));
    JournalEntry again = as(me, () -> homeCare.record(form));
    assertEquals(entry.getId(), again.getId());

    CareProgress mine = as(me, () -> homeCare.myProgress());
    assertEquals(1, mine.entries().size());
    assertEquals(List.of(new PainReading(today, 5, 4)), mine.pain());
    assertEquals(1, mine.weeks().get(mine.weeks().size() - 1).done());
    CareProgress seenByTherapist = as(dana, () -> homeCare.progressOf(jordan.getId()));
    assertEquals(mine.weeks(), seenByTherapist.weeks());
    assertTrue(alertsOf(jordan).isEmpty());
  }

  @Test
  void whatAPhoneSendsLateKeepsItsDayAndTheProgramVersionItWasDoneIn() throws Exception {
    LocalDate clinicToday = LocalDate.now(care.zone());
    Patient jordan = care.patient("Jordan", "Lee", null);
    HomeProgram first = care.activeProgram(jordan, clinicToday.minusDays(3), null);
    ClinicPrincipal me = care.signedIn(jordan);
    long oldItem = first.getItems().get(0).getId();
    HomeProgram draft = as(dana, () -> programs.revise(first.getId()));
    HomeProgram second =
        as(dana, () -> programs.activate(draft.getId(), draft.getVersion(), clinicToday, null));
    long newItem = second.getItems().get(0).getId();
    LocalDate twoDaysAgo = clinicToday.minusDays(2);

    ExerciseLog late = as(me, () -> homeCare.log(oldItem, twoDaysAgo, 1, LogOutcome.DONE, null));
    ExerciseLog sentAgain =
        as(me, () -> homeCare.log(oldItem, twoDaysAgo, 1, LogOutcome.DONE, null));
    assertEquals(twoDaysAgo, late.getPerformedOn());
    assertEquals(first.getId(), late.getItem().getProgram().getId());
    assertEquals(late.getId(), sentAgain.getId(), "sent twice, kept once");
    JournalForm offline = calmSession(first.getId(), 5, 4);
    offline.setSessionOn(twoDaysAgo);
    JournalEntry entry = as(me, () -> homeCare.record(offline));
    assertEquals(twoDaysAgo, entry.getSessionOn());
    assertEquals(first.getId(), entry.getProgram().getId());
    assertEquals(entry.getId(), as(me, () -> homeCare.record(offline)).getId());

    MovableClock.moveTo(Instant.now().plus(Duration.ofDays(2)));
    LocalDate later = clinicToday.plusDays(2);
    as(me, () -> homeCare.log(newItem, later.minusDays(1), 1, LogOutcome.DONE, null));
    assertRefusedAs(
        "homecare.exercise.notFound",
        () -> as(me, () -> homeCare.log(oldItem, later.minusDays(1), 1, LogOutcome.DONE, null)));
    assertRefusedAs(
        "homecare.day.future",
        () -> as(me, () -> homeCare.log(newItem, later.plusDays(1), 1, LogOutcome.DONE, null)));
    assertRefusedAs(
        "homecare.day.tooLongAgo",
        () -> as(me, () -> homeCare.log(newItem, later.minusDays(8), 1, LogOutcome.DONE, null)));
    JournalForm replaced = calmSession(first.getId(), 4, 4);
    replaced.setSessionOn(later.minusDays(1));
    assertRefusedAs("homecare.program.notFound", () -> as(me, () -> homeCare.record(replaced)));
    JournalForm tomorrow = calmSession(second.getId(), 4, 4);
    tomorrow.setSessionOn(later.plusDays(1));
    assertRefusedAs("homecare.day.future", () -> as(me, () -> homeCare.record(tomorrow)));
    tomorrow.setSessionOn(later);
    assertEquals(later, as(me, () -> homeCare.record(tomorrow)).getSessionOn());
  }

  private static void assertRefusedAs(String key, Executable call) {
    assertEquals(key, assertThrows(RecordException.class, call).messageKey());
  }

  @Test
  void aPatientCannotReachAnotherPatientsPlanOrJournalByAnyId() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    Patient riley = care.patient("Riley", "Chen", null);
    HomeProgram jordans = care.activeProgram(jordan, today, null);
    ClinicPrincipal rileySignedIn = care.signedIn(riley);
    long jordansItem = jordans.getItems().get(0).getId();

    assertFalse(as(rileySignedIn, () -> homeCare.todaysPlan()).hasProgram());
    assertEquals(
        "homecare.exercise.notFound",
        assertThrows(
                RecordException.class,
                () -> as(rileySignedIn, () -> homeCare.log(jordansItem, 1, LogOutcome.DONE, null)))
            .messageKey());
    assertEquals(
        "homecare.program.notFound",
        assertThrows(
                RecordException.class,
                () -> as(rileySignedIn, () -> homeCare.record(calmSession(jordans.getId(), 3, 3))))
            .messageKey());
    assertThrows(
        AccessRefusedException.class,
        () -> as(rileySignedIn, () -> homeCare.progressOf(jordan.getId())));
    assertThrows(AccessRefusedException.class, () -> as(rileySignedIn, () -> alerts.open(false)));
    assertTrue(as(rileySignedIn, () -> homeCare.myProgress()).entries().isEmpty());

    Clinic other = clinics.open(new Clinic(uniqueCode("other"), "Other Clinic"));
    ClinicPrincipal outsider = care.therapist(other, "kai", "Kai Other");
    assertEquals(
        "patient.notFound",
        assertThrows(
                RecordException.class,
                () -> as(outsider, () -> homeCare.progressOf(jordan.getId())))
            .messageKey());
    assertTrue(as(dana, () -> homeCare.progressOf(jordan.getId())).entries().isEmpty());
  }

  @Test
  void aSafetyYesMailsTheTherapistWhoAskedForNoticesAndTheMailNamesNothing() throws Exception {
    Patient robin = care.patient("Robin", "Marsh", null);
    HomeProgram program = care.activeProgram(robin, today, null);
    ClinicPrincipal me = care.signedIn(robin);
    JournalForm weak = calmSession(program.getId(), 3, 3);
    weak.setLegWeakness(true);
    as(me, () -> homeCare.record(weak));
    assertEquals(1, as(dana, () -> alerts.open(true)).size());
    assertEquals(List.of(), urgentMail(), "no address given, no notice sent");

    assertEquals(
        "account.noticeEmail.invalid",
        assertThrows(
                RecordException.class,
                () -> as(dana, () -> accounts.sendMyNoticesTo("dana at the clinic", false)))
            .messageKey());
    assertEquals(
        "account.digest.noAddress",
        assertThrows(
                RecordException.class, () -> as(dana, () -> accounts.sendMyNoticesTo("", true)))
            .messageKey());
    assertEquals(
        "access.refused",
        assertThrows(
                RecordException.class,
                () -> as(me, () -> accounts.sendMyNoticesTo("robin@example.org", false)))
            .messageKey());
    as(dana, () -> accounts.sendMyNoticesTo(" dana@clinic.example ", false));
    as(dana, () -> accounts.chooseMyLanguage(Language.GERMAN));
    assertEquals(Language.GERMAN, as(dana, () -> patients.languageOfCaller()));
    assertEquals(
        "access.refused",
        assertThrows(
                RecordException.class,
                () -> as(me, () -> accounts.chooseMyLanguage(Language.GERMAN)))
            .messageKey());
    tenancy.callAs(
        ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN),
        () -> profile.signMail(null, null, "frontdesk@clinic.example"));
    JournalForm numb = calmSession(program.getId(), 3, 3);
    numb.setSaddleNumbness(true);
    as(me, () -> homeCare.record(numb));

    List<OutboundMail> urgent = urgentMail();
    assertEquals(
        List.of("dana@clinic.example", "frontdesk@clinic.example"),
        urgent.stream().map(OutboundMail::getRecipient).sorted().toList(),
        "the therapist and the clinic's address");
    for (OutboundMail notice : urgent) {
      Language reader =
          notice.getRecipient().startsWith("dana") ? Language.GERMAN : Language.ENGLISH;
      assertEquals(
          reader.words("org.clinicportal.homecare.mail", getClass()).text("URGENT_ALERT.subject"),
          notice.getSubject(),
          "Dana's notice in her language, the clinic's address in the clinic's");
      assertTrue(notice.getBody().contains("/therapist/alerts.xhtml"), notice.getBody());
      assertNamesNoOne(notice);
    }
  }

  @Test
  void theDailySummaryCountsOtherAlertsOnceADayForThoseWhoAskedForIt() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    HomeProgram program = care.activeProgram(jordan, today, null);
    ClinicPrincipal me = care.signedIn(jordan);
    ClinicPrincipal lee = care.therapist(clinic, "lee", "Lee Park");
    as(dana, () -> accounts.sendMyNoticesTo("dana@clinic.example", true));
    as(lee, () -> accounts.sendMyNoticesTo("lee@clinic.example", true));
    for (int pain = ASSESSED_PAIN + 1; pain <= ASSESSED_PAIN + 3; pain++) {
      int after = pain;
      as(me, () -> homeCare.record(calmSession(program.getId(), after, after)));
    }
    assertEquals(List.of(AlertKind.WORSENING), kinds(alertsOf(jordan)));
    ZonedDateTime due =
        ZonedDateTime.now(ZoneId.of(clinic.getTimeZone())).with(AlertDigests.DUE_AT);

    MovableClock.moveTo(due.minusMinutes(1).toInstant());
    assertEquals(0, tenancy.callAsClinic(clinic.getId(), () -> digests.queueDue()));
    MovableClock.moveTo(due.plusMinutes(5).toInstant());
    assertEquals(1, tenancy.callAsClinic(clinic.getId(), () -> digests.queueDue()));
    assertEquals(0, tenancy.callAsClinic(clinic.getId(), () -> digests.queueDue()), "once a day");

    List<OutboundMail> summaries =
        tenancy.callAsClinic(clinic.getId(), () -> outbox.latest(50)).stream()
            .filter(mail -> mail.getKind() == MailKind.DAILY_DIGEST)
            .toList();
    assertEquals(1, summaries.size(), "none for Lee, whose patients raised nothing");
    OutboundMail summary = summaries.get(0);
    assertEquals("dana@clinic.example", summary.getRecipient());
    assertTrue(summary.getBody().contains("1 new alert;"), summary.getBody());
    assertTrue(summary.getBody().contains("1 open in all"), summary.getBody());
    assertNamesNoOne(summary);
  }

  private static void assertNamesNoOne(OutboundMail mail) {
    CareClinic.assertSaysNoneOf(
        mail,
        List.of(
            "robin", "marsh", "jordan", "numb", "saddle", "bladder", "weak", "fever", "worse",
            "pain"));
  }

  private List<OutboundMail> urgentMail() {
    return tenancy.callAsClinic(clinic.getId(), () -> outbox.latest(50)).stream()
        .filter(mail -> mail.getKind() == MailKind.URGENT_ALERT)
        .toList();
  }

  @Test
  void aSafetyYesRaisesOneUrgentAlertThatATherapistAcknowledgesWithANote() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    HomeProgram program = care.activeProgram(jordan, today, null);
    ClinicPrincipal me = care.signedIn(jordan);
    JournalForm numb = calmSession(program.getId(), 3, 3);
    numb.setSaddleNumbness(true);

    JournalEntry entry = as(me, () -> homeCare.record(numb));
    as(me, () -> homeCare.record(numb));

    assertTrue(entry.raisesSafetyConcern());
    List<PatientAlert> open = as(dana, () -> alerts.open(false));
    assertEquals(1, open.size());
    PatientAlert alert = open.get(0);
    assertEquals(AlertKind.SAFETY, alert.getKind());
    assertEquals(1L, as(dana, () -> alerts.openCount()));
    assertEquals(1, as(dana, () -> alerts.open(true)).size());

    assertEquals(
        "alert.note",
        assertThrows(
                RecordException.class,
                () -> as(dana, () -> alerts.acknowledge(alert.getId(), alert.getVersion(), "  ")))
            .messageKey());
    Clinic other = clinics.open(new Clinic(uniqueCode("other"), "Other Clinic"));
    ClinicPrincipal outsider = care.therapist(other, "kai", "Kai Other");
    assertEquals(
        "alert.notFound",
        assertThrows(
                RecordException.class,
                () ->
                    as(
                        outsider,
                        () -> alerts.acknowledge(alert.getId(), alert.getVersion(), "Seen")))
            .messageKey());
    assertTrue(as(outsider, () -> alerts.open(false)).isEmpty());

    as(
        dana,
        () -> alerts.acknowledge(alert.getId(), alert.getVersion(), "Phoned: sent to A&E today"));
    assertEquals(0L, as(dana, () -> alerts.openCount()));
    PatientAlert closed = as(dana, () -> alerts.acknowledged(10)).get(0);
    assertEquals("Phoned: sent to A&E today", closed.getAcknowledgement());
    assertEquals("Dana Whitfield", closed.getAcknowledgedBy().getDisplayName());
    List<AuditAction> trail =
        tenancy.callAsClinic(clinic.getId(), () -> audit.ofPatient(jordan.getId())).stream()
            .map(AuditEvent::getAction)
            .toList();
    assertTrue(trail.contains(AuditAction.ALERT_RAISED), trail.toString());
    assertTrue(trail.contains(AuditAction.ALERT_ACKNOWLEDGED), trail.toString());
    assertEquals(
        1, trail.stream().filter(action -> action == AuditAction.JOURNAL_ENTRY_RECORDED).count());
  }

  @Test
  void theWatchOfEachClinicCommitsOnItsOwnInsideTheCallersTransaction() throws Exception {
    Patient silent = care.patient("Sam", "Quiet", null);
    care.activeProgram(silent, today.minusDays(1), null);
    Clinic other = clinics.open(new Clinic(uniqueCode("homecare-other"), "Other Clinic"));

    transaction.begin();
    try {
      assertEquals(0, watch.watch(other.getId(), today.plusDays(2), AlertWatch.BATCH));
      assertEquals(1, watch.watch(clinic.getId(), today.plusDays(2), AlertWatch.BATCH));
    } finally {
      transaction.rollback();
    }
    assertEquals(
        List.of(AlertKind.SILENCE), kinds(alertsOf(silent)), "kept though the caller rolled back");
  }

  @Test
  void worseningIsRaisedOnceWhileOpenAndTheWatchFindsSilenceAndNoProgress() throws Exception {
    Patient jordan = care.patient("Jordan", "Lee", null);
    HomeProgram program = care.activeProgram(jordan, today, null);
    ClinicPrincipal me = care.signedIn(jordan);

    as(me, () -> homeCare.record(calmSession(program.getId(), ASSESSED_PAIN + 1, 5)));
    assertTrue(alertsOf(jordan).isEmpty());
    as(me, () -> homeCare.record(calmSession(program.getId(), ASSESSED_PAIN + 2, 7)));
    as(me, () -> homeCare.record(calmSession(program.getId(), ASSESSED_PAIN + 3, 8)));
    assertEquals(List.of(AlertKind.WORSENING), kinds(alertsOf(jordan)));

    Patient silent = care.patient("Sam", "Quiet", null);
    care.activeProgram(silent, today.minusDays(1), null);
    assertEquals(0, watch(today.plusDays(1)));
    assertEquals(1, watch(today.plusDays(2)));
    assertEquals(0, watch(today.plusDays(2)));
    assertEquals(List.of(AlertKind.SILENCE), kinds(alertsOf(silent)));

    LocalDate review = program.getReviewOn();
    watch(review);
    assertTrue(kinds(alertsOf(jordan)).contains(AlertKind.NO_PROGRESS));
    PatientAlert noProgress =
        alertsOf(jordan).stream()
            .filter(alert -> alert.getKind() == AlertKind.NO_PROGRESS)
            .findFirst()
            .orElseThrow();
    assertEquals(ASSESSED_PAIN, noProgress.getStartingLevel());
    assertEquals(ASSESSED_PAIN + 3, noProgress.getPainLevel());
    assertEachAlertInTheOpenEpisode(jordan);
    assertEachAlertInTheOpenEpisode(silent);
  }

  /**
   * Every alert of the patient, raised from an entry or by the watch, belongs to the episode the
   * program opened.
   */
  private void assertEachAlertInTheOpenEpisode(Patient patient) throws Exception {
    transaction.begin();
    try {
      as(
          dana,
          () -> {
            long open = episodes.open(patient.getId()).orElseThrow().getId();
            List<PatientAlert> raised = alerts.ofPatient(patient.getId());
            assertFalse(raised.isEmpty());
            for (PatientAlert alert : raised) {
              assertNotNull(alert.getEpisode(), alert.getKind().name());
              assertEquals(open, alert.getEpisode().getId(), alert.getKind().name());
            }
            return null;
          });
    } finally {
      transaction.rollback();
    }
  }

  @Test
  void theWatchSendsAsManyStatementsForFiveRunningProgramsAsForTwo() throws Exception {
    List<Patient> patients = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      patients.add(care.patient("Pat" + i, "Watched", null));
    }
    LocalDate review = care.activeProgram(patients.get(0), today, null).getReviewOn();
    care.activeProgram(patients.get(1), today, null);
    int two = statementsOfAWatchThatRaisesNothing(review);
    for (Patient more : patients.subList(2, 5)) {
      care.activeProgram(more, today, null);
    }
    int five = statementsOfAWatchThatRaisesNothing(review);

    assertTrue(two > 0);
    assertEquals(two, five, "the watch reads its programs in batches, not one by one");
  }

  @Test
  void theWatchReadsAClinicInBatchesAndLooksOverEveryProgramOnce() throws Exception {
    List<Patient> silent = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Patient patient = care.patient("Sil" + i, "Batched", null);
      care.activeProgram(patient, today.minusDays(1), null);
      silent.add(patient);
    }

    assertEquals(5, watch.watch(clinic.getId(), today.plusDays(2), 2), "three batches: 2, 2, 1");
    assertEquals(0, watch.watch(clinic.getId(), today.plusDays(2), 2));
    for (Patient patient : silent) {
      assertEquals(List.of(AlertKind.SILENCE), kinds(alertsOf(patient)), patient.getFirstName());
    }
  }

  /** Runs the watch once to raise what it finds, then counts the statements of a second run. */
  private int statementsOfAWatchThatRaisesNothing(LocalDate day) throws Exception {
    watch(day);
    SqlStatementCount.open();
    int raised = watch(day);
    int statements = SqlStatementCount.close();
    assertEquals(0, raised, "every cause was raised by the first run");
    return statements;
  }

  private int watch(LocalDate day) {
    return watch.watch(clinic.getId(), day, AlertWatch.BATCH);
  }

  private static List<AlertKind> kinds(List<PatientAlert> alerts) {
    return alerts.stream().map(PatientAlert::getKind).toList();
  }

  private List<PatientAlert> alertsOf(Patient patient) throws Exception {
    return as(dana, () -> alerts.ofPatient(patient.getId()));
  }

  private static JournalForm calmSession(Long programId, int before, int after) {
    JournalForm form = new JournalForm();
    form.setProgramId(programId);
    form.setPainBefore(before);
    form.setPainAfter(after);
    form.setEffort(4);
    form.setNote("Felt looser afterwards");
    form.setSaddleNumbness(false);
    form.setBladderOrBowel(false);
    form.setLegWeakness(false);
    form.setFever(false);
    return form;
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return tenancy.callAs(person, work);
  }
}
