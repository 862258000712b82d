package org.clinicportal.homecare;

import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.mail.MailKind;
import org.clinicportal.mail.MailStatus;
import org.clinicportal.mail.OutboundMail;
import org.clinicportal.mail.Outbox;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.program.ProgramStatus;
import org.clinicportal.reminder.ReminderChoices;
import org.clinicportal.security.LinkSigner;
import org.clinicportal.testsupport.MovableClock;
import org.clinicportal.testsupport.PortalDeployment;
import org.clinicportal.testsupport.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * Exercise reminders on the real services, outbox and PostgreSQL, with the clock moved to the
 * moments that matter: a program plans them and asks to confirm the address; nothing goes before
 * the address is confirmed; a reminder goes once at its time; the evening nudge only on a day with
 * nothing logged; a stop link stops its kind for good, and a changed or misused link does nothing.
 * The job's own timer may run between a test's steps, so the tests judge what was queued, not how
 * many messages one call queued.
 */
@ExtendWith(ArquillianExtension.class)
class RemindersIT {

  private static final Pattern LINK = Pattern.compile("https?://\\S+?\\?t=([^\\s&]+)");

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private CareClinic care;
  @Inject private Clinics clinics;
  @Inject private HomePrograms programs;
  @Inject private HomeCare homeCare;
  @Inject private Reminders reminders;
  @Inject private ReminderJob job;
  @Inject private MailLinks mailLinks;
  @Inject private Outbox outbox;
  @Inject private CheckIns checkIns;
  @Inject private LinkSigner linkSigner;
  @Inject private PatientRecords records;

  private Clinic clinic;
  private ClinicPrincipal dana;
  private ZoneId zone;

  @BeforeEach
  void openClinic() throws Exception {
    MovableClock.reset();
    care.open("remind", "Riverside Physio");
    clinic = care.clinic();
    zone = care.zone();
    dana = care.dana();
  }

  @AfterEach
  void resetClock() {
    MovableClock.reset();
  }

  @Test
  void eachMinutesRunWorksOnAThreadOfItsOwnAtTheLowestPriority() throws Exception {
    // The job's timer runs every minute from the deployment on; its thread stays once made.
    long deadline = System.nanoTime() + Duration.ofSeconds(75).toNanos();
    List<Thread> runs = List.of();
    while (runs.isEmpty() && System.nanoTime() < deadline) {
      runs =
          Thread.getAllStackTraces().keySet().stream()
              .filter(thread -> thread.getName().startsWith("portal-reminders-"))
              .toList();
      if (runs.isEmpty()) {
        Thread.sleep(500);
      }
    }
    assertEquals(1, runs.size(), "one thread of the job's own runs each minute's reminders");
    assertEquals(Thread.MIN_PRIORITY, runs.get(0).getPriority());
  }

  @Test
  void theDueRemindersAreReadAlongAnIndexWithoutSortingEverythingDue() throws Exception {
    try (Connection db = TestDatabase.connectAsApplication()) {
      TestDatabase.bindClinic(db, clinic.getId());
      String plan =
          TestDatabase.planOf(
              db,
              "select id from reminder_plan where tenant_id = (select portal_bound_clinic())"
                  + " and next_due_at <= ? and (next_due_at <= ? or next_due_ahead = true)"
                  + " order by next_due_at, id limit ? for update",
              OffsetDateTime.now(ZoneOffset.UTC).plus(Reminders.AHEAD),
              OffsetDateTime.now(ZoneOffset.UTC),
              ReminderJob.BATCH);
      db.rollback();
      assertTrue(plan.contains("reminder_plan_due"), plan);
      assertFalse(plan.contains("Sort"), "the index gives the job's order:\n" + plan);
    }
  }

  @Test
  void aProgramPlansRemindersAndNothingGoesBeforeTheAddressIsConfirmed() throws Exception {
    Patient jordan = patient("Jordan", "jordan@example.org");
    HomeProgram program = activeProgram(jordan, LocalDate.now(zone));

    ReminderPlan plan = inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow();
    int rounds =
        program.getItems().stream()
            .mapToInt(i -> i.getDosage().getTimesPerDay())
            .max()
            .orElseThrow();
    int days =
        program.getItems().stream()
            .mapToInt(i -> i.getDosage().getDaysPerWeek())
            .max()
            .orElseThrow();
    assertEquals(ReminderChoices.defaultsFor(rounds, days), plan.choices());
    assertFalse(plan.mayMail());

    OutboundMail check = onlyMailOf(MailKind.ADDRESS_CHECK);
    assertEquals("jordan@example.org", check.getRecipient());
    assertEquals("Please confirm your e-mail address", check.getSubject());
    assertTrue(check.getBody().contains("Riverside Physio"), check.getBody());
    assertTrue(check.getBody().contains("/mail/confirm?t="), check.getBody());

    moveToNextReminder(jordan);
    job.queueDue();
    assertEquals(List.of(MailKind.ADDRESS_CHECK), kinds(), "no reminder before confirmation");
  }

  @Test
  void onlyTheLatestCheckLinkUnchangedConfirmsTheAddress() throws Exception {
    Patient jordan = patient("Jordan", "jordan@example.org");
    activeProgram(jordan, LocalDate.now(zone));
    String token = tokenIn(onlyMailOf(MailKind.ADDRESS_CHECK));

    assertTrue(mailLinks.confirm(tampered(token)).isEmpty(), "a changed link confirms nothing");
    assertTrue(mailLinks.stop(token).isEmpty(), "a confirm link stops nothing");
    assertFalse(inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow().mayMail());

    MailLinks.Outcome confirmed = mailLinks.confirm(token).orElseThrow();
    assertEquals("Riverside Physio", confirmed.clinicName());
    assertTrue(inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow().mayMail());

    MovableClock.moveTo(Instant.now().plus(Duration.ofDays(8)));
    assertTrue(mailLinks.confirm(token).isEmpty(), "an expired link confirms nothing");
  }

  @Test
  void aReminderGoesOnceAtItsTimeWithAStopLinkAndNoHealthWords() throws Exception {
    Patient jordan = confirmedPatientWithProgram("Jordan", "jordan@example.org");
    Instant at = moveToNextReminder(jordan);

    job.queueDue();
    job.queueDue();
    OutboundMail reminder = onlyMailOf(MailKind.REMINDER);
    assertEquals("reminder:" + jordan.getId() + ":" + at, reminder.getCauseKey());
    assertEquals("Time for today's exercises", reminder.getSubject());
    assertTrue(reminder.getStopLink().contains("/mail/stop?t="), reminder.getStopLink());
    assertTrue(reminder.getBody().contains(reminder.getStopLink()), reminder.getBody());
    assertHasNoHealthWords(reminder);
    ReminderPlan moved = inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow();
    assertTrue(moved.getNextDueAt().toInstant().isAfter(at), "the plan moved to its next time");
  }

  @Test
  void aReminderIsQueuedAheadToLeaveAtItsTimeAndAStopWithdrawsOnlyThatPatients() throws Exception {
    Patient jordan = confirmedPatientWithProgram("Jordan", "jordan@example.org");
    confirmedPatientWithProgram("Robin", "robin@example.org");
    Instant at = nextReminderFromTomorrow(jordan);
    MovableClock.moveTo(at.minus(Reminders.AHEAD).plusSeconds(10));
    job.queueDue();

    List<OutboundMail> queued = mailOf(MailKind.REMINDER);
    assertEquals(2, queued.size(), "both patients' reminders queued before their time");
    for (OutboundMail mail : queued) {
      assertEquals(MailStatus.QUEUED, mail.getStatus());
      assertEquals(at, mail.getNextAttemptAt().toInstant(), "held until its time");
    }
    assertEquals(List.of(), remindersClaimed(), "none claimed before its time");

    String stop =
        tokenIn(
            queued.stream()
                .filter(mail -> mail.getRecipient().equals("jordan@example.org"))
                .findFirst()
                .orElseThrow()
                .getStopLink());
    assertEquals(MailKind.REMINDER, mailLinks.stop(stop).orElseThrow().kind());
    assertEquals(
        List.of("robin@example.org"),
        mailOf(MailKind.REMINDER).stream().map(OutboundMail::getRecipient).toList(),
        "the stop withdrew the stopped patient's reminder and no other");

    MovableClock.moveTo(at.plusSeconds(1));
    job.queueDue();
    List<Outbox.Claimed> claimed = remindersClaimed();
    assertEquals(
        List.of("robin@example.org"), claimed.stream().map(Outbox.Claimed::recipient).toList());
  }

  @Test
  void newTimesOrAnArchivedRecordWithdrawWhatWasQueuedAheadAndNothingElse() throws Exception {
    Patient jordan = confirmedPatientWithProgram("Jordan", "jordan@example.org");
    Patient robin = confirmedPatientWithProgram("Robin", "robin@example.org");
    confirmedPatientWithProgram("Sam", "sam@example.org");
    Instant at = nextReminderFromTomorrow(jordan);
    MovableClock.moveTo(at.minus(Reminders.AHEAD).plusSeconds(10));
    job.queueDue();
    assertEquals(3, mailOf(MailKind.REMINDER).size());

    ClinicPrincipal jordanSignedIn = care.signedIn(jordan);
    ReminderChoices mine = as(jordanSignedIn, () -> reminders.mine()).orElseThrow().choices();
    LocalTime later = at.atZone(zone).toLocalTime().plusHours(1);
    as(jordanSignedIn, () -> reminders.chooseMine(mine.change().times(later).build()));
    long robinsVersion = as(dana, () -> records.find(robin.getId())).orElseThrow().getVersion();
    as(dana, () -> records.archive(robin.getId(), robinsVersion));
    assertEquals(
        List.of("sam@example.org"),
        mailOf(MailKind.REMINDER).stream().map(OutboundMail::getRecipient).toList());

    MovableClock.moveTo(at.plusSeconds(30));
    job.queueDue();
    assertEquals(
        List.of("sam@example.org"),
        mailOf(MailKind.REMINDER).stream().map(OutboundMail::getRecipient).toList(),
        "neither the old time nor the archived patient is queued again");
    MovableClock.moveTo(at.plus(Duration.ofHours(1)).plusSeconds(1));
    job.queueDue();
    assertEquals(
        List.of("jordan@example.org", "sam@example.org"),
        mailOf(MailKind.REMINDER).stream().map(OutboundMail::getRecipient).sorted().toList(),
        "the new time reminds");
  }

  @Test
  void oneRunQueuesMoreDueRemindersThanOneBatchHolds() throws Exception {
    Patient jordan = confirmedPatientWithProgram("Jordan", "jordan@example.org");
    confirmedPatientWithProgram("Robin", "robin@example.org");
    confirmedPatientWithProgram("Sam", "sam@example.org");
    moveToNextReminder(jordan);

    job.queueDue(1);
    assertEquals(
        List.of("jordan@example.org", "robin@example.org", "sam@example.org"),
        mailOf(MailKind.REMINDER).stream().map(OutboundMail::getRecipient).sorted().toList(),
        "three batches of one patient in one run");
  }

  @Test
  void theEveningNudgeGoesOnlyOnADayWithNothingLogged() throws Exception {
    Patient jordan = confirmedPatientWithProgram("Jordan", "jordan@example.org");
    Patient robin = confirmedPatientWithProgram("Robin", "robin@example.org");
    LocalDate tomorrow = LocalDate.now(zone).plusDays(1);
    Instant nudge = tomorrow.atTime(ReminderChoices.DEFAULT_NUDGE).atZone(zone).toInstant();

    MovableClock.moveTo(nudge.minusSeconds(3600));
    ClinicPrincipal robinSignedIn = care.signedIn(robin);
    long item = as(robinSignedIn, () -> homeCare.todaysPlan()).due().get(0).item().getId();
    as(robinSignedIn, () -> homeCare.log(item, 1, LogOutcome.DONE, null));

    MovableClock.moveTo(nudge.plusSeconds(30));
    job.queueDue();
    List<OutboundMail> nudges = mailOf(MailKind.NUDGE);
    assertEquals(1, nudges.size(), "one nudge, for the patient with nothing logged");
    assertEquals("jordan@example.org", nudges.get(0).getRecipient());
    assertEquals("nudge:" + jordan.getId() + ":" + tomorrow, nudges.get(0).getCauseKey());
  }

  @Test
  void aStopLinkStopsItsKindForGoodAndAChangedOneDoesNothing() throws Exception {
    Patient jordan = confirmedPatientWithProgram("Jordan", "jordan@example.org");
    moveToNextReminder(jordan);
    job.queueDue();
    String stop = tokenIn(onlyMailOf(MailKind.REMINDER).getStopLink());

    assertTrue(mailLinks.stop(tampered(stop)).isEmpty());
    assertTrue(mailLinks.confirm(stop).isEmpty(), "a stop link confirms nothing");
    assertTrue(
        inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow().choices().isRemindersOn());

    assertEquals(MailKind.REMINDER, mailLinks.readStop(stop).orElseThrow().kind());
    assertTrue(
        inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow().choices().isRemindersOn(),
        "reading what a link stops changes nothing");
    assertEquals(MailKind.REMINDER, mailLinks.stop(stop).orElseThrow().kind());
    ReminderChoices stopped =
        inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow().choices();
    assertFalse(stopped.isRemindersOn());
    assertTrue(stopped.isNudgeOn(), "only the kind of the link stops");

    HomeProgram next = nextVersion(jordan);
    assertFalse(
        inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow().choices().isRemindersOn(),
        "a new program version does not turn stopped reminders on");
    moveToNextReminderAfter(Instant.now().plus(Duration.ofDays(2)), jordan);
    job.queueDue();
    assertEquals(
        1,
        mailOf(MailKind.REMINDER).size(),
        "the reminder whose time had come stays the worker's, and none came after the stop");
    assertTrue(next.getId() > 0);
  }

  @Test
  void aReminderHoursLateIsPassedOver() throws Exception {
    Patient jordan = confirmedPatientWithProgram("Jordan", "jordan@example.org");
    Instant at = nextReminderFromTomorrow(jordan);
    MovableClock.moveTo(at.plus(Reminders.GRACE).plusSeconds(60));
    job.queueDue();
    assertEquals(List.of(), mailOf(MailKind.REMINDER));
    ReminderPlan plan = inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow();
    assertTrue(plan.getNextDueAt().toInstant().isAfter(Instant.now()), "moved past the gap");
  }

  @Test
  void aWeeklyCheckInIsAskedOnSundayAndAnsweredThroughItsLinkOrThePatientsPage() throws Exception {
    Patient jordan = confirmedPatientWithProgram("Jordan", "jordan@example.org");
    Patient robin = patient("Robin", null);
    activeProgram(robin, LocalDate.now(zone));
    LocalDate sunday = LocalDate.now(zone).plusDays(1);
    while (sunday.getDayOfWeek() != DayOfWeek.SUNDAY) {
      sunday = sunday.plusDays(1);
    }
    Instant asked = sunday.atTime(18, 0).atZone(zone).toInstant();
    MovableClock.moveTo(asked.minusSeconds(120));
    job.queueDue();
    MovableClock.moveTo(asked.plusSeconds(30));
    job.queueDue();
    job.queueDue();

    OutboundMail mail = onlyMailOf(MailKind.CHECK_IN);
    assertEquals("jordan@example.org", mail.getRecipient());
    assertEquals("How did this week go?", mail.getSubject());
    for (int days = 0; days <= CheckIn.MAX_DAYS; days++) {
      assertTrue(mail.getBody().contains("&days=" + days), mail.getBody());
    }
    assertTrue(mail.getBody().contains(mail.getStopLink()), mail.getBody());
    assertHasNoHealthWords(mail);
    String token = tokenIn(mail);
    CheckInQuestion question = mailLinks.readCheckIn(token).orElseThrow();
    assertEquals(new CheckInQuestion("Riverside Physio", sunday, true, null, null), question);

    assertRefused("mail.link.invalid", () -> mailLinks.answerCheckIn(tampered(token), 4, null));
    assertRefused("checkIn.days", () -> mailLinks.answerCheckIn(token, 8, CheckInBarrier.PAIN));
    assertRefused("checkIn.barrier", () -> mailLinks.answerCheckIn(token, 4, null));
    assertEquals(List.of(), answeredCheckInsOf(jordan), "a refused answer kept nothing");
    mailLinks.answerCheckIn(token, 4, CheckInBarrier.PAIN);
    mailLinks.answerCheckIn(token, 5, CheckInBarrier.NO_TIME);
    CheckIn kept = as(dana, () -> homeCare.progressOf(jordan.getId())).checkIns().get(0);
    assertEquals(sunday, kept.getWeekEnding());
    assertEquals(5, kept.getDaysExercised(), "the later answer replaced the first");
    assertEquals(CheckInBarrier.NO_TIME, kept.getBarrier());

    ClinicPrincipal robinSignedIn = care.signedIn(robin);
    String robinsPage = as(robinSignedIn, () -> checkIns.openOfMine()).orElseThrow();
    assertTrue(robinsPage.startsWith("/mail/check-in?t="), robinsPage);
    mailLinks.answerCheckIn(tokenIn("https://portal" + robinsPage), 7, CheckInBarrier.NOTHING);
    assertEquals(7, answeredCheckInsOf(robin).get(0).getDaysExercised());
    assertEquals(1, mailOf(MailKind.CHECK_IN).size(), "no mail to a patient with no address");

    MovableClock.moveTo(asked.plus(CheckIn.OPEN_FOR).plusSeconds(60));
    assertFalse(mailLinks.readCheckIn(token).orElseThrow().open());
    assertRefused("checkIn.closed", () -> mailLinks.answerCheckIn(token, 6, CheckInBarrier.OTHER));
    assertTrue(as(robinSignedIn, () -> checkIns.openOfMine()).isEmpty(), "closed: no link");
    assertEquals(5, answeredCheckInsOf(jordan).get(0).getDaysExercised());
  }

  @Test
  void aCheckInLinkSignedForAnotherClinicFindsNothing() throws Exception {
    Patient jordan = patient("Jordan", null);
    activeProgram(jordan, LocalDate.now(zone));
    Instant now = Instant.now();
    CheckIn asked =
        inClinic(() -> checkIns.ask(jordan, null, LocalDate.now(zone), now)).orElseThrow();
    Clinic other = clinics.open(new Clinic(uniqueCode("elsewhere"), "Elsewhere Physio"));
    Instant expires = now.plus(Duration.ofDays(1));
    String genuine = linkSigner.sign(CheckIns.PURPOSE, clinic.getId(), asked.getId(), expires);
    String crossed = linkSigner.sign(CheckIns.PURPOSE, other.getId(), asked.getId(), expires);

    assertTrue(mailLinks.readCheckIn(crossed).isEmpty());
    assertRefused(
        "checkIn.notFound", () -> mailLinks.answerCheckIn(crossed, 3, CheckInBarrier.FORGOT));
    assertTrue(mailLinks.readCheckIn(genuine).isPresent());
    mailLinks.answerCheckIn(genuine, 3, CheckInBarrier.FORGOT);
    assertEquals(3, answeredCheckInsOf(jordan).get(0).getDaysExercised());
  }

  private List<CheckIn> answeredCheckInsOf(Patient patient) throws Exception {
    return as(dana, () -> homeCare.progressOf(patient.getId())).checkIns().stream()
        .filter(CheckIn::isAnswered)
        .toList();
  }

  private static void assertRefused(String key, Executable step) {
    RecordException refused = assertThrows(RecordException.class, step);
    assertEquals(key, refused.messageKey());
  }

  private static void assertHasNoHealthWords(OutboundMail mail) {
    CareClinic.assertSaysNoneOf(
        mail,
        List.of("pain", "back", "quadratus", "lumborum", "stretch", "release", "numb", "jordan"));
  }

  private Patient confirmedPatientWithProgram(String name, String email) throws Exception {
    Patient patient = patient(name, email);
    activeProgram(patient, LocalDate.now(zone));
    String token =
        tokenIn(
            mailOf(MailKind.ADDRESS_CHECK).stream()
                .filter(mail -> mail.getRecipient().equals(email))
                .findFirst()
                .orElseThrow());
    assertTrue(mailLinks.confirm(token).isPresent());
    return patient;
  }

  /**
   * Moves the clock to just past the patient's next reminder from tomorrow on; returns its time.
   */
  private Instant moveToNextReminder(Patient patient) throws Exception {
    return moveToNextReminderAfter(
        LocalDate.now(zone).plusDays(1).atStartOfDay(zone).toInstant(), patient);
  }

  private Instant moveToNextReminderAfter(Instant from, Patient patient) throws Exception {
    ReminderPlan plan = inClinic(() -> reminders.planOf(patient.getId())).orElseThrow();
    LocalDate day = from.atZone(zone).toLocalDate();
    EnumSet<DayOfWeek> chosen = EnumSet.copyOf(plan.choices().getDays());
    while (!chosen.contains(day.getDayOfWeek())) {
      day = day.plusDays(1);
    }
    LocalTime first = plan.choices().getTimes().get(0);
    Instant at = day.atTime(first).atZone(zone).toInstant();
    MovableClock.moveTo(at.minusSeconds(120));
    job.queueDue();
    MovableClock.moveTo(at.plusSeconds(30));
    return at;
  }

  /** The patient's first reminder from tomorrow on, leaving the clock where it is. */
  private Instant nextReminderFromTomorrow(Patient patient) {
    ReminderPlan plan = inClinic(() -> reminders.planOf(patient.getId())).orElseThrow();
    LocalDate day = LocalDate.now(zone).plusDays(1);
    while (!plan.choices().getDays().contains(day.getDayOfWeek())) {
      day = day.plusDays(1);
    }
    return day.atTime(plan.choices().getTimes().get(0)).atZone(zone).toInstant();
  }

  /** Claims the clinic's due messages as the mail worker would; the reminders among them. */
  private List<Outbox.Claimed> remindersClaimed() {
    return inClinic(() -> outbox.claimDue(100)).stream()
        .filter(mail -> mail.kind() == MailKind.REMINDER)
        .toList();
  }

  private HomeProgram nextVersion(Patient patient) throws Exception {
    long active =
        as(dana, () -> programs.ofPatient(patient.getId())).stream()
            .filter(program -> program.getStatus() == ProgramStatus.ACTIVE)
            .findFirst()
            .orElseThrow()
            .getId();
    HomeProgram draft = as(dana, () -> programs.revise(active));
    return as(
        dana,
        () -> programs.activate(draft.getId(), draft.getVersion(), LocalDate.now(zone), null));
  }

  private List<MailKind> kinds() {
    return inClinic(() -> outbox.latest(100)).stream().map(OutboundMail::getKind).toList();
  }

  private List<OutboundMail> mailOf(MailKind kind) {
    return inClinic(() -> outbox.latest(100)).stream()
        .filter(mail -> mail.getKind() == kind)
        .toList();
  }

  private OutboundMail onlyMailOf(MailKind kind) {
    List<OutboundMail> found = mailOf(kind);
    assertEquals(1, found.size(), kind + " messages: " + found.size());
    return found.get(0);
  }

  private static String tokenIn(OutboundMail mail) {
    return tokenIn(mail.getBody());
  }

  private static String tokenIn(String text) {
    Matcher link = LINK.matcher(text);
    assertTrue(link.find(), "no link in " + text);
    return link.group(1);
  }

  /** The token with one character of its signed part changed. */
  private static String tampered(String token) {
    int at = token.indexOf('.') - 3;
    char changed = token.charAt(at) == 'A' ? 'B' : 'A';
    return token.substring(0, at) + changed + token.substring(at + 1);
  }

  private Patient patient(String given, String email) throws Exception {
    return care.patient(given, "Lee", email);
  }

  private HomeProgram activeProgram(Patient patient, LocalDate startsOn) throws Exception {
    return care.activeProgram(patient, startsOn, null);
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return care.as(person, work);
  }

  private <T> T inClinic(ClinicWork<T, RuntimeException> work) {
    return care.inClinic(work);
  }
}
