package org.clinicportal.platform;

/**
 * Clinic data was reached with no clinic bound: the portal refuses rather than read across clinics.
 */
public class NoClinicBoundException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public NoClinicBoundException() {
    super(
        "No clinic is bound to this call; clinic data is not reachable without a signed-in clinic user");
  }
}
