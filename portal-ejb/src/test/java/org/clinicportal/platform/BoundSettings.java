package org.clinicportal.platform;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads a setting of the database session inside a transaction bound to the caller's clinic. */
@Stateless
@TenantBound
public class BoundSettings {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  public String of(String name) {
    return (String)
        em.createNativeQuery("select current_setting(?1)")
            .setParameter(1, name)
            .setHint("eclipselink.jdbc.allow-native-sql-query", true)
            .getSingleResult();
  }
}
