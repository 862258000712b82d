package org.clinicportal.patient;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.clinicportal.platform.TenantBound;

/** Reads of the bound clinic's patients: by id and by account. */
@Stateless
@TenantBound
public class Patients {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  /**
   * The patient with this id in the bound clinic; empty for an unknown id or another clinic's
   * patient.
   */
  public Optional<Patient> find(long id) {
    return Optional.ofNullable(em.find(Patient.class, id));
  }

  /** The record of the patient who signs in with this account. */
  public Optional<Patient> ofAccount(long accountId) {
    return em.createNamedQuery("Patient.findByAccount", Patient.class)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }

  public long count() {
    return em.createNamedQuery("Patient.count", Long.class).getSingleResult();
  }
}
