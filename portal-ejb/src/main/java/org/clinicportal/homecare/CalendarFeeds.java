package org.clinicportal.homecare;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.reminder.CalendarFeed;

/**
 * The bound clinic's calendar feeds: the link a patient subscribes their phone's calendar to, made
 * or renewed by the patient, and the feed it opens, with the patient's reminder times and the
 * program's review. Only the hash of a link's secret is kept, so a link is shown once.
 */
@Stateless
@TenantBound
public class CalendarFeeds {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Tenancy tenancy;
  @Inject private PortalAddress portal;
  @Inject private Reminders reminders;

  /**
   * The link of the signed-in patient's calendar feed when they have none yet, made now; empty when
   * they have one, which cannot be shown again: the portal keeps only its secret's hash.
   *
   * @throws RecordException {@code reminder.noPlan} before their first program
   */
  public Optional<String> calendarLink() throws RecordException {
    ReminderPlan plan = myPlan();
    return plan.hasCalendarKey() ? Optional.empty() : Optional.of(keyCalendar(plan));
  }

  /**
   * A new link for the signed-in patient's calendar feed; the link before it stops working at once.
   *
   * @throws RecordException {@code reminder.noPlan} before their first program
   */
  public String renewCalendarLink() throws RecordException {
    return keyCalendar(myPlan());
  }

  private String keyCalendar(ReminderPlan plan) {
    CalendarKey key = CalendarKey.random(tenancy.currentClinicId());
    plan.keyCalendar(CalendarKey.hash(key.secret()));
    return portal.of(key.path());
  }

  /**
   * The calendar feed of the bound clinic's patient whose link carries this secret: their reminders
   * from the later of their active program's start and today, and the program's review. Empty when
   * no plan has that secret (any more), for an archived patient, and with no active program.
   */
  public Optional<String> calendarFeed(String secret) {
    Optional<ReminderPlan> found =
        em.createNamedQuery("ReminderPlan.byCalendarKey", ReminderPlan.class)
            .setParameter("hash", CalendarKey.hash(secret))
            .getResultStream()
            .findFirst();
    if (found.isEmpty() || found.get().getPatient().isArchived()) {
      return Optional.empty();
    }
    ReminderPlan plan = found.get();
    Optional<HomeProgram> program = activeProgram(plan.getPatient().getId());
    if (program.isEmpty()) {
      return Optional.empty();
    }
    Clinic clinic = em.find(Clinic.class, tenancy.currentClinicId());
    ZoneId zone = ZoneId.of(clinic.getTimeZone());
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, zone);
    LocalDate starts = program.get().getStartsOn();
    CalendarFeed feed =
        new CalendarFeed(
            "clinicportal-" + clinic.getId() + "-" + plan.getId(),
            plan.choices(),
            zone,
            URI.create(portal.of("/patient/")),
            CalendarWords.of(plan.getPatient().languageOr(clinic.getLanguage()), clinic.getName()));
    return Optional.of(
        feed.write(
            starts == null || starts.isBefore(today) ? today : starts,
            program.get().getReviewOn(),
            now));
  }

  private ReminderPlan myPlan() throws RecordException {
    return reminders.mine().orElseThrow(() -> new RecordException("reminder.noPlan"));
  }

  private Optional<HomeProgram> activeProgram(long patientId) {
    return em.createNamedQuery("HomeProgram.findActiveOfPatient", HomeProgram.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .findFirst();
  }
}
