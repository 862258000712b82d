package org.clinicportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.clinicportal.security.ClinicPrincipal;

/**
 * Answers which clinic the current call belongs to. The clinic comes from the signed-in user's
 * principal; work the server does on its own behalf (signing someone in, loading demo data,
 * scheduled jobs) names its clinic explicitly with {@link #callAsClinic}. Nothing from a request
 * parameter is ever consulted.
 */
@ApplicationScoped
public class Tenancy {

  private static final ThreadLocal<Long> SERVER_WORK_CLINIC = new ThreadLocal<>();

  private final SecurityContext securityContext;

  @Inject
  public Tenancy(SecurityContext securityContext) {
    this.securityContext = securityContext;
  }

  /** For the container's proxy only. */
  protected Tenancy() {
    this.securityContext = null;
  }

  /** The bound clinic's id; fails closed when there is none. */
  public long currentClinicId() {
    Long explicit = SERVER_WORK_CLINIC.get();
    if (explicit != null) {
      return explicit;
    }
    Principal caller = securityContext.getCallerPrincipal();
    if (caller instanceof ClinicPrincipal clinicCaller && clinicCaller.clinicId() != null) {
      return clinicCaller.clinicId();
    }
    throw new NoClinicBoundException();
  }

  /** Runs server-side work for one clinic; the previous binding is restored afterwards. */
  public <T, E extends Exception> T callAsClinic(long clinicId, ClinicWork<T, E> work) throws E {
    Long previous = SERVER_WORK_CLINIC.get();
    SERVER_WORK_CLINIC.set(clinicId);
    try {
      return work.call();
    } finally {
      if (previous == null) {
        SERVER_WORK_CLINIC.remove();
      } else {
        SERVER_WORK_CLINIC.set(previous);
      }
    }
  }

  /** Work done on behalf of one clinic. */
  @FunctionalInterface
  public interface ClinicWork<T, E extends Exception> {
    T call() throws E;
  }
}
