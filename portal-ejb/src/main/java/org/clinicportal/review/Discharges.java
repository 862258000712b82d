package org.clinicportal.review;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.patient.DischargeReason;
import org.clinicportal.patient.Episode;
import org.clinicportal.patient.Episodes;
import org.clinicportal.patient.PatientChanged;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.ClinicPrincipal;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.StaleRecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;
import org.clinicportal.program.HomePrograms;
import org.clinicportal.questionnaire.Questionnaires;
import org.clinicportal.security.UserAccount;

/**
 * The end of an episode of care: the therapist discharges the patient for a reason on a day, the
 * active program ends with it (and so do its reminders), the patient is asked the discharge's
 * questionnaire, and a later complaint opens a new episode. Therapists discharge; administrators
 * read the episodes too.
 */
@Stateless
@TenantBound
public class Discharges {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private Patients patients;
  @Inject private Episodes episodes;
  @Inject private HomePrograms programs;
  @Inject private Questionnaires questionnaires;
  @Inject private AuditTrail audit;
  @Inject private Event<PatientChanged> changed;
  @Inject private Clock clock;

  /** The patient's episodes of care, the latest first. */
  public List<Episode> ofPatient(long patientId) throws RecordException {
    tenancy.requireRole(Role.THERAPIST, Role.CLINIC_ADMIN);
    patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
    return episodes.ofPatient(patientId);
  }

  /**
   * Discharges the patient from their open episode.
   *
   * @param episodeVersionSeen the version of the open episode as the page showed it
   * @param on the day of the discharge; null for today
   * @throws RecordException when the patient has no open episode, the episode changed since, the
   *     reason is missing, the day is before the episode opened or after today, or the note is too
   *     long or missing for another reason
   */
  public Episode discharge(
      long patientId, long episodeVersionSeen, DischargeReason reason, LocalDate on, String note)
      throws RecordException {
    ClinicPrincipal therapist = tenancy.requireRole(Role.THERAPIST);
    patients.find(patientId).orElseThrow(() -> new RecordException("patient.notFound"));
    Episode episode =
        episodes.open(patientId).orElseThrow(() -> new RecordException("episode.noneOpen"));
    if (episode.getVersion() != episodeVersionSeen) {
      throw new StaleRecordException();
    }
    LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(therapist.timeZone())));
    LocalDate day = on == null ? today : on;
    Optional<String> problem = episode.problemWithDischarge(reason, day, note);
    if (problem.isPresent()) {
      throw new RecordException(problem.get());
    }
    if (day.isAfter(today)) {
      throw new RecordException("episode.dischargeAhead");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    programs.activeOf(patientId).ifPresent(program -> program.end(now));
    UserAccount account = em.find(UserAccount.class, therapist.accountId());
    episode.discharge(reason, day, note, account, now);
    questionnaires.atDischarge(episode, day);
    audit.record(AuditAction.EPISODE_DISCHARGED, patientId);
    changed.fire(new PatientChanged(patientId));
    return episode;
  }
}
