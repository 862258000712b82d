package org.clinicportal.clinic;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.clinicportal.platform.TenantBound;

/** The bound clinic's therapists. */
@Stateless
@TenantBound
public class Therapists {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  public Therapist register(@NotNull @Valid Therapist therapist) {
    em.persist(therapist);
    return therapist;
  }

  public Optional<Therapist> ofAccount(long accountId) {
    return em.createNamedQuery("Therapist.findByAccount", Therapist.class)
        .setParameter("accountId", accountId)
        .getResultStream()
        .findFirst();
  }
}
