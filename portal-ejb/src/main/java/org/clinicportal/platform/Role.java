package org.clinicportal.platform;

/** The four roles of the portal. A platform administrator stands outside every clinic. */
public enum Role {
  PLATFORM_ADMIN,
  CLINIC_ADMIN,
  THERAPIST,
  PATIENT;

  /** The page a person of this role lands on after signing in, relative to the portal's root. */
  public String homePage() {
    return switch (this) {
      case PLATFORM_ADMIN -> "/platform/index.xhtml";
      case CLINIC_ADMIN -> "/admin/index.xhtml";
      case THERAPIST -> "/therapist/index.xhtml";
      case PATIENT -> "/patient/index.xhtml";
    };
  }
}
