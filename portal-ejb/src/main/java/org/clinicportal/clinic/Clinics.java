package org.clinicportal.clinic;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/** The register of clinics. It holds no clinic's private data, so it needs no bound clinic. */
@Stateless
public class Clinics {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  public Optional<Clinic> findByCode(String code) {
    return em.createNamedQuery("Clinic.findByCode", Clinic.class)
        .setParameter("code", Clinic.normaliseCode(code))
        .getResultStream()
        .findFirst();
  }

  public Optional<Clinic> find(long id) {
    return Optional.ofNullable(em.find(Clinic.class, id));
  }

  public List<Clinic> all() {
    return em.createNamedQuery("Clinic.findAll", Clinic.class).getResultList();
  }

  public long count() {
    return em.createNamedQuery("Clinic.count", Long.class).getSingleResult();
  }

  /** Removes a clinic that owns nothing yet; used to undo a clinic whose set-up failed. */
  public void remove(long id) {
    Clinic clinic = em.find(Clinic.class, id);
    if (clinic != null) {
      em.remove(clinic);
    }
  }

  public Clinic open(@NotNull @Valid Clinic clinic) {
    em.persist(clinic);
    return clinic;
  }
}
