package org.clinicportal.homecare;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.mail.Outbox;
import org.clinicportal.platform.PortalAddress;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.security.UserAccount;

/**
 * The daily summary of alerts for the bound clinic's staff who asked for one. From 07:00 in the
 * clinic's time zone, the first run of the alert watch counts the alerts other than urgent ones
 * raised since 07:00 the day before, and the alerts open now: over a therapist's own patients, or
 * over the clinic for an administrator. Counts only, never a patient or a kind; once per person and
 * day (the outbox keys it by the date), and nothing on a day with no new alert.
 */
@Stateless
@TenantBound
public class AlertDigests {

  /** When the day's summary is due, in the clinic's time zone. */
  static final LocalTime DUE_AT = LocalTime.of(7, 0);

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Tenancy tenancy;
  @Inject private Outbox outbox;
  @Inject private PortalAddress portal;

  /**
   * Queues the day's summaries that are due and not yet queued, in a transaction of their own.
   *
   * @return how many were queued
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int queueDue() {
    Clinic clinic = em.find(Clinic.class, tenancy.currentClinicId());
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneId.of(clinic.getTimeZone())));
    if (now.toLocalTime().isBefore(DUE_AT)) {
      return 0;
    }
    ZonedDateTime dueToday = now.with(DUE_AT);
    OffsetDateTime since =
        dueToday.minusDays(1).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    int queued = 0;
    for (UserAccount reader :
        em.createNamedQuery("UserAccount.wantingDailyDigest", UserAccount.class).getResultList()) {
      long raised = count("PatientAlert.countRaisedSince", reader, since);
      if (raised == 0) {
        continue;
      }
      long open = count("PatientAlert.countOpen", reader, null);
      if (outbox.queue(
          CareMail.in(reader.languageOr(clinic.getLanguage()))
              .digest(
                  "digest:" + reader.getId() + ":" + dueToday.toLocalDate(),
                  reader.getNoticeEmail(),
                  clinic.getName(),
                  raised,
                  open,
                  portal.of("/therapist/alerts.xhtml")))) {
        queued++;
      }
    }
    return queued;
  }

  /** A count over the reader's own patients (a therapist) or the clinic (an administrator). */
  private long count(String query, UserAccount reader, OffsetDateTime since) {
    boolean ownPatients = reader.getRole() == Role.THERAPIST;
    TypedQuery<Long> counting =
        em.createNamedQuery(ownPatients ? query + "OfTherapist" : query, Long.class);
    if (ownPatients) {
      counting.setParameter("accountId", reader.getId());
    }
    if (since != null) {
      counting.setParameter("since", since).setParameter("urgent", AlertKind.SAFETY);
    }
    return counting.getSingleResult();
  }
}
