package org.clinicportal.clinic;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.clinicportal.exercise.ExerciseLibrary;
import org.clinicportal.platform.Tenancy;

/**
 * The register of clinics. It holds no clinic's private data, so it is read with no bound clinic;
 * adding and removing clinics is platform work, which the database allows only to a transaction
 * that names itself so (migration V15), and a clinic's own row is changed only bound to it.
 */
@Stateless
public class Clinics {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private ExerciseLibrary library;
  @Inject private Tenancy tenancy;

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

  /**
   * Removes a clinic that owns nothing but its exercise library yet; used to undo a clinic whose
   * set-up failed.
   */
  public void remove(long id) {
    Clinic clinic = em.find(Clinic.class, id);
    if (clinic != null) {
      declarePlatformWork();
      tenancy.callAsClinic(id, library::removeAll);
      em.remove(clinic);
    }
  }

  /** Registers a clinic and gives it the built-in exercise library. */
  public Clinic open(@NotNull @Valid Clinic clinic) {
    declarePlatformWork();
    em.persist(clinic);
    em.flush();
    tenancy.callAsClinic(clinic.getId(), library::addMissingBuiltIns);
    return clinic;
  }

  private void declarePlatformWork() {
    em.createNativeQuery("select set_config('app.platform_work', 'on', true)")
        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
        .getSingleResult();
  }
}
