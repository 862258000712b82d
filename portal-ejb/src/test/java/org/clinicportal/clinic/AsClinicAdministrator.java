package org.clinicportal.clinic;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import org.clinicportal.platform.Tenancy.ClinicWork;

/** Calls services that only a clinic administrator may call, in that role, as its pages do. */
@Stateless
@DeclareRoles("CLINIC_ADMIN")
@RunAs("CLINIC_ADMIN")
public class AsClinicAdministrator {

  public <T> T call(ClinicWork<T, Exception> work) throws Exception {
    return work.call();
  }
}
