package org.clinicportal.homecare;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.Patient;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomeProgram;
import org.clinicportal.security.LinkSigner;

/**
 * The bound clinic's weekly check-ins. The reminder job asks one per patient and week; the patient
 * answers through a signed link (from the mail, or from their own page when signed in) that names
 * the check-in and works until it closes; therapists read the answers on the chart.
 *
 * <p>Finding and answering a check-in by its id takes no caller's role: the signed link that names
 * it is the authority, checked by {@link MailLinks} before the link's clinic is bound.
 */
@Stateless
@TenantBound
public class CheckIns {

  /** The purpose a check-in link is signed for. */
  static final String PURPOSE = "check-in";

  /**
   * How long a check-in's link outlives the check-in, so that a late tap is told the question has
   * closed rather than that the link is broken.
   */
  static final Duration LINK_OUTLIVES = Duration.ofDays(30);

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Clock clock;
  @Inject private Tenancy tenancy;
  @Inject private LinkSigner links;
  @Inject private Patients patients;
  @Inject private AuditTrail audit;

  /**
   * Asks the patient about the week ending on {@code weekEnding}, unless that week was asked
   * already.
   *
   * @return the check-in asked now, or empty when the week had one
   */
  public Optional<CheckIn> ask(
      Patient patient, HomeProgram program, LocalDate weekEnding, Instant at) {
    boolean asked =
        !em.createNamedQuery("CheckIn.ofWeek", CheckIn.class)
            .setParameter("patientId", patient.getId())
            .setParameter("weekEnding", weekEnding)
            .getResultList()
            .isEmpty();
    if (asked) {
      return Optional.empty();
    }
    CheckIn checkIn = new CheckIn(patient, program, weekEnding, at);
    em.persist(checkIn);
    em.flush();
    return Optional.of(checkIn);
  }

  /** The path, below the portal's address, of the page that answers a check-in. */
  public String answerPath(CheckIn checkIn) {
    return "/mail/check-in?t="
        + links.sign(
            PURPOSE,
            tenancy.currentClinicId(),
            checkIn.getId(),
            checkIn.getOpenUntil().toInstant().plus(LINK_OUTLIVES));
  }

  /**
   * The path of the page that answers the signed-in patient's latest check-in, while it is open.
   *
   * @throws RecordException {@code homecare.noRecord} for an account with no patient record
   */
  public Optional<String> openOfMine() throws RecordException {
    Instant now = clock.instant();
    return latest(patients.signedIn().getId())
        .filter(checkIn -> checkIn.isOpen(now))
        .map(this::answerPath);
  }

  /** The check-in a link names, as its page shows it; empty when there is none. */
  public Optional<CheckIn> find(long checkInId) {
    return Optional.ofNullable(em.find(CheckIn.class, checkInId))
        .filter(checkIn -> !checkIn.getPatient().isArchived());
  }

  /**
   * Keeps the answer to the check-in a link names.
   *
   * @throws RecordException {@code checkIn.notFound} when there is none, or as {@link
   *     CheckIn#answer} refuses
   */
  public CheckIn answer(long checkInId, int days, CheckInBarrier barrier) throws RecordException {
    CheckIn checkIn = find(checkInId).orElseThrow(() -> new RecordException("checkIn.notFound"));
    checkIn.answer(days, barrier, clock.instant());
    audit.record(AuditAction.CHECK_IN_ANSWERED, checkIn.getPatient().getId());
    return checkIn;
  }

  private Optional<CheckIn> latest(long patientId) {
    return em.createNamedQuery("CheckIn.ofPatient", CheckIn.class)
        .setParameter("patientId", patientId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
