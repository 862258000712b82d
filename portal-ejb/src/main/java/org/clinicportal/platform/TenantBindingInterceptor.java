package org.clinicportal.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The one place where a clinic is bound to the current transaction, for EclipseLink and for
 * PostgreSQL alike: the persistence context gets the clinic as its tenant, and the transaction's
 * connection gets it as {@code app.tenant_id}, which the row-level security policies read and which
 * ends with the transaction. It runs inside the service's transaction, before the service touches
 * the EntityManager, and binds once per transaction; with no clinic, or with another clinic than
 * the one already bound, it fails.
 *
 * <p>The same statement has PostgreSQL plan each statement of the transaction for its values
 * ({@code plan_cache_mode = force_custom_plan}). A prepared statement otherwise moves to a generic
 * plan after five runs, made for an average clinic and for parameters it cannot see: under the
 * row-level policy it may walk the whole clinic's rows where an index leads straight to a few (the
 * alert watch's look-up of 500 patients' alerts in a clinic of 100,000: 657 ms generic, 1.8 ms
 * planned for its values). Clinics differ by a hundredfold in size, and planning one such statement
 * costs about a millisecond.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantBindingInterceptor {

  private static final String BOUND_CLINIC = TenantBindingInterceptor.class.getName() + ".clinic";

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Resource private TransactionSynchronizationRegistry transaction;

  @Inject private Tenancy tenancy;

  @AroundInvoke
  public Object bindClinic(InvocationContext call) throws Exception {
    long clinic = tenancy.currentClinicId();
    if (transaction.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException("Clinic data is reached only inside a transaction");
    }
    Object bound = transaction.getResource(BOUND_CLINIC);
    if (bound == null) {
      em.setProperty(ClinicOwned.TENANT_PROPERTY, clinic);
      em.createNativeQuery(
              "select set_config('app.tenant_id', ?1, true),"
                  + " set_config('plan_cache_mode', 'force_custom_plan', true)")
          .setParameter(1, Long.toString(clinic))
          .setHint("eclipselink.jdbc.allow-native-sql-query", true)
          .getResultList();
      transaction.putResource(BOUND_CLINIC, clinic);
    } else if (!bound.equals(clinic)) {
      throw new IllegalStateException(
          "A transaction bound to one clinic was asked to work for another");
    }
    return call.proceed();
  }
}
