package org.clinicportal.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The one place where a clinic is bound to the persistence context of the current transaction. It
 * runs inside the service's transaction, before the service touches the EntityManager; with no
 * clinic it fails.
 */
@TenantBound
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class TenantBindingInterceptor {

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;

  @AroundInvoke
  public Object bindClinic(InvocationContext call) throws Exception {
    em.setProperty(ClinicOwned.TENANT_PROPERTY, tenancy.currentClinicId());
    return call.proceed();
  }
}
