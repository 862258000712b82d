package org.clinicportal.web.operator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;

/** The platform administrator's home page: the clinics on the platform. */
@Named
@ViewScoped
public class PlatformHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Clinics clinics;

  private List<Clinic> all = List.of();

  public void load() {
    all = clinics.all();
  }

  public List<Clinic> getClinics() {
    return all;
  }
}
