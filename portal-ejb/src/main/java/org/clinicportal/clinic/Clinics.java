package org.clinicportal.clinic;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * The register of clinics. It holds no clinic's private data, so it is read with no bound clinic;
 * adding and removing clinics is platform work, which the database allows only to a transaction
 * that names itself so (migration V15), and a clinic's own row is changed only bound to it. What a
 * clinic is given when it opens, and loses when it is removed, is announced as {@link ClinicOpened}
 * and {@link ClinicRemoving} to the features that own it, within the same transaction.
 */
@Stateless
public class Clinics {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Event<ClinicOpened> opened;
  @Inject private Event<ClinicRemoving> removing;

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
   * Removes a clinic that owns nothing yet but what it was given when it opened; used to undo a
   * clinic whose set-up failed.
   */
  public void remove(long id) {
    Clinic clinic = em.find(Clinic.class, id);
    if (clinic != null) {
      declarePlatformWork();
      removing.fire(new ClinicRemoving(id));
      em.remove(clinic);
    }
  }

  /** Registers a clinic; its features then give it what a new clinic starts with. */
  public Clinic open(@NotNull @Valid Clinic clinic) {
    declarePlatformWork();
    em.persist(clinic);
    em.flush();
    opened.fire(new ClinicOpened(clinic.getId()));
    return clinic;
  }

  private void declarePlatformWork() {
    em.createNativeQuery("select set_config('app.platform_work', 'on', true)")
        .setHint("eclipselink.jdbc.allow-native-sql-query", true)
        .getSingleResult();
  }
}
