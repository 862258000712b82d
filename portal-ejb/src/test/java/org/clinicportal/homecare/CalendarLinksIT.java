package org.clinicportal.homecare;

import static org.clinicportal.testsupport.ClinicFixture.uniqueCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.PatientRecords;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy.ClinicWork;
import org.clinicportal.testsupport.ClinicFixture;
import org.clinicportal.testsupport.PortalDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The calendar feed on the real services and PostgreSQL, fetched by its link as a calendar
 * application would, without signing in, and read by ical4j: it holds the patient's reminder times
 * and their review, and nothing of their health. A new link ends the old one; a link naming another
 * clinic, a changed link and the link of an archived patient open nothing, while the genuine link
 * opens the feed in the same state.
 */
@ExtendWith(ArquillianExtension.class)
class CalendarLinksIT {

  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  @Deployment
  static WebArchive deployment() {
    return PortalDeployment.shared();
  }

  @Inject private CareClinic care;
  @Inject private Clinics clinics;
  @Inject private PatientRecords records;
  @Inject private Reminders reminders;
  @Inject private CalendarFeeds calendarFeeds;
  @Inject private CalendarLinks calendarLinks;

  private Clinic clinic;
  private ZoneId zone;

  @BeforeEach
  void openClinic() throws Exception {
    clinic = care.open("calendar", "Riverside Physio").clinic();
    zone = care.zone();
  }

  @Test
  void theLinkOpensTheReminderTimesAndTheReviewAndNothingOfHealth() throws Exception {
    Patient jordan = patient("Jordan");
    LocalDate today = LocalDate.now(zone);
    LocalDate review = today.plusWeeks(4);
    activeProgram(jordan, today, review);
    ClinicPrincipal signedIn = care.signedIn(jordan);

    String link = as(signedIn, () -> calendarFeeds.calendarLink()).orElseThrow();
    assertTrue(
        as(signedIn, () -> calendarFeeds.calendarLink()).isEmpty(),
        "a link made once is not shown again");
    String feed = calendarLinks.feed(token(link)).orElseThrow();
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed));

    List<LocalTime> times =
        inClinic(() -> reminders.planOf(jordan.getId())).orElseThrow().choices().getTimes();
    List<VEvent> reminderEvents =
        events(calendar).stream().filter(event -> event.getAlarms().size() == 1).toList();
    assertEquals(
        times,
        reminderEvents.stream()
            .map(event -> LocalDateTime.parse(value(event, "DTSTART"), LOCAL).toLocalTime())
            .toList());
    for (VEvent event : reminderEvents) {
      assertEquals(zone.getId(), parameter(event, "DTSTART", "TZID"));
      assertTrue(value(event, "RRULE").startsWith("FREQ="), value(event, "RRULE"));
      assertFalse(
          LocalDateTime.parse(value(event, "DTSTART"), LOCAL).toLocalDate().isBefore(today));
      assertEquals("Time for today's exercises at Riverside Physio", value(event, "SUMMARY"));
    }
    VEvent reviewEvent =
        events(calendar).stream()
            .filter(event -> event.getAlarms().isEmpty())
            .findFirst()
            .orElseThrow();
    assertEquals(review.format(DateTimeFormatter.BASIC_ISO_DATE), value(reviewEvent, "DTSTART"));
    assertEquals("Review at Riverside Physio", value(reviewEvent, "SUMMARY"));
    assertEquals(times.size() + 1, events(calendar).size());

    String words = feed.toLowerCase(Locale.ROOT);
    for (String healthWord : List.of("jordan", "lee", "quadratus", "lumborum", "pain", "stretch")) {
      assertFalse(words.contains(healthWord), "the feed says " + healthWord);
    }
  }

  @Test
  void aNewLinkEndsTheOldOneAtOnce() throws Exception {
    Patient jordan = patient("Jordan");
    activeProgram(jordan, LocalDate.now(zone), null);
    ClinicPrincipal signedIn = care.signedIn(jordan);
    String old = as(signedIn, () -> calendarFeeds.calendarLink()).orElseThrow();
    assertTrue(calendarLinks.feed(token(old)).isPresent());

    String renewed = as(signedIn, () -> calendarFeeds.renewCalendarLink());

    assertNotEquals(old, renewed);
    assertEquals(Optional.empty(), calendarLinks.feed(token(old)));
    assertTrue(calendarLinks.feed(token(renewed)).isPresent());
    assertEquals(Optional.empty(), calendarLinks.feed(token(old)));
  }

  @Test
  void aLinkOfAnotherClinicAChangedLinkAndAnArchivedPatientsLinkOpenNothing() throws Exception {
    Patient jordan = patient("Jordan");
    activeProgram(jordan, LocalDate.now(zone), null);
    String token =
        token(as(care.signedIn(jordan), () -> calendarFeeds.calendarLink()).orElseThrow());
    Clinic other = clinics.open(new Clinic(uniqueCode("calendar"), "Hillside Physio"));

    String elsewhere = other.getId() + token.substring(token.indexOf('.'));
    assertEquals(Optional.empty(), calendarLinks.feed(elsewhere));
    assertTrue(calendarLinks.feed(token).isPresent());

    assertEquals(Optional.empty(), calendarLinks.feed(changed(token)));
    assertTrue(calendarLinks.feed(token).isPresent());

    ClinicPrincipal admin = ClinicFixture.signedIn(clinic.getId(), Role.CLINIC_ADMIN);
    long version = as(admin, () -> records.find(jordan.getId())).orElseThrow().getVersion();
    Patient archived = as(admin, () -> records.archive(jordan.getId(), version));
    assertEquals(Optional.empty(), calendarLinks.feed(token));
    as(admin, () -> records.restore(jordan.getId(), archived.getVersion()));
    assertTrue(calendarLinks.feed(token).isPresent(), "the same link opens once restored");
  }

  /** The token of a link: what stands between /calendar/ and .ics. */
  private static String token(String link) {
    assertTrue(link.matches("https?://.+/calendar/[0-9]+\\.[A-Za-z0-9_-]+\\.ics"), link);
    return link.substring(link.lastIndexOf('/') + 1, link.length() - ".ics".length());
  }

  /** The token with one character of its secret changed. */
  private static String changed(String token) {
    int at = token.length() - 5;
    char changed = token.charAt(at) == 'A' ? 'B' : 'A';
    return token.substring(0, at) + changed + token.substring(at + 1);
  }

  private static List<VEvent> events(Calendar calendar) {
    return calendar.getComponents(Component.VEVENT);
  }

  private static String value(Component component, String name) {
    return component.<Property>getProperty(name).orElseThrow().getValue();
  }

  private static String parameter(Component component, String property, String name) {
    return component
        .<Property>getProperty(property)
        .orElseThrow()
        .<Parameter>getParameter(name)
        .orElseThrow()
        .getValue();
  }

  private Patient patient(String given) throws Exception {
    return care.patient(given, "Lee", given.toLowerCase(Locale.ROOT) + "@example.org");
  }

  private void activeProgram(Patient patient, LocalDate startsOn, LocalDate reviewOn)
      throws Exception {
    care.activeProgram(patient, startsOn, reviewOn);
  }

  private <T> T as(ClinicPrincipal person, ClinicWork<T, Exception> work) throws Exception {
    return care.as(person, work);
  }

  private <T> T inClinic(ClinicWork<T, RuntimeException> work) {
    return care.inClinic(work);
  }
}
