package org.clinicportal.platform;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a person signed in to a clinic carries of it: its id, the code typed on the sign-in page,
 * its name and the time zone its times are shown in.
 */
public record ClinicIdentity(long id, String code, String name, String timeZone)
    implements Serializable {

  public ClinicIdentity {
    Objects.requireNonNull(code);
    Objects.requireNonNull(name);
  }
}
