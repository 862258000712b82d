package org.clinicportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.Optional;

/**
 * Answers which clinic the current call belongs to. The clinic comes from the signed-in user's
 * principal; work the server does on its own behalf (signing someone in, loading demo data,
 * scheduled jobs) names its clinic explicitly with {@link #callAsClinic}. Nothing from a request
 * parameter is ever consulted.
 */
@ApplicationScoped
public class Tenancy {

  private static final ThreadLocal<Long> SERVER_WORK_CLINIC = new ThreadLocal<>();
  private static final ThreadLocal<ClinicPrincipal> SERVER_WORK_PERSON = new ThreadLocal<>();

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

  /**
   * The person on whose behalf the call runs: the signed-in user, or the person named for server
   * work by {@link #callAs}; empty for anonymous calls and server work done in no one's name.
   */
  public Optional<ClinicPrincipal> caller() {
    if (SERVER_WORK_CLINIC.get() != null) {
      return Optional.ofNullable(SERVER_WORK_PERSON.get());
    }
    return securityContext.getCallerPrincipal() instanceof ClinicPrincipal principal
        ? Optional.of(principal)
        : Optional.empty();
  }

  /**
   * The caller, who must hold one of these roles in the bound clinic.
   *
   * @throws AccessRefusedException when there is no caller or their role is not among these
   */
  public ClinicPrincipal requireRole(Role... roles) throws AccessRefusedException {
    ClinicPrincipal person = caller().orElseThrow(AccessRefusedException::new);
    if (!holds(person, roles)) {
      throw new AccessRefusedException();
    }
    return person;
  }

  /**
   * Whether the caller holds one of these roles in the bound clinic; reads that answer "not found"
   * to anyone else use it where {@link #requireRole} would refuse.
   */
  public boolean callerHolds(Role... roles) {
    return caller().filter(person -> holds(person, roles)).isPresent();
  }

  private boolean holds(ClinicPrincipal person, Role... roles) {
    return person.clinicId() != null
        && person.clinicId() == currentClinicId()
        && Arrays.asList(roles).contains(person.role());
  }

  /**
   * Runs server-side work in a person's name, in their clinic (demo data, tests of services that
   * act for a signed-in person).
   */
  public <T, E extends Exception> T callAs(ClinicPrincipal person, ClinicWork<T, E> work) throws E {
    ClinicPrincipal previous = SERVER_WORK_PERSON.get();
    SERVER_WORK_PERSON.set(person);
    try {
      return callAsClinic(person.clinicId(), work);
    } finally {
      if (previous == null) {
        SERVER_WORK_PERSON.remove();
      } else {
        SERVER_WORK_PERSON.set(previous);
      }
    }
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
