package org.clinicportal.patient;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.clinicportal.platform.TenantBound;

/**
 * The bound clinic's episodes of care, for the services that start a patient's assessment or
 * program (which open one when none is open) and for the discharge. Callers check who may.
 */
@Stateless
@TenantBound
public class Episodes {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /** The patient's open episode, or a new one opened on the given day when none is open. */
  public Episode openFor(Patient patient, LocalDate day) {
    return open(patient.getId())
        .orElseGet(
            () -> {
              Episode episode = new Episode(patient, day);
              em.persist(episode);
              return episode;
            });
  }

  /** The patient's open episode, if one is open. */
  public Optional<Episode> open(long patientId) {
    return em.createNamedQuery("Episode.openOfPatient", Episode.class)
        .setParameter("patientId", patientId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The episode a record of the patient's day belongs to when no program names it: the one whose
   * days cover that day (the later one on the day a discharge and a new complaint share), or none
   * before the first episode and between a discharge and the next.
   */
  public Optional<Episode> of(long patientId, LocalDate day) {
    return em.createNamedQuery("Episode.covering", Episode.class)
        .setParameter("patientId", patientId)
        .setParameter("day", day)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The patient's episodes, the latest first. */
  public List<Episode> ofPatient(long patientId) {
    return em.createNamedQuery("Episode.ofPatient", Episode.class)
        .setParameter("patientId", patientId)
        .getResultList();
  }
}
