package org.clinicportal.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * A statement of plain SQL. The persistence unit holds multitenant entities, for which EclipseLink
 * refuses native queries unless each one asks to be allowed; the statements that work beside the
 * entities (locks, claims, tables of no clinic) ask here.
 */
public final class PlainSql {

  private PlainSql() {}

  public static Query of(EntityManager em, String statement) {
    return em.createNativeQuery(statement).setHint("eclipselink.jdbc.allow-native-sql-query", true);
  }
}
