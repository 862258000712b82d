package org.clinicportal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;

/** Sends the browser on to another page of the portal once an action is done. */
@RequestScoped
public class Navigation {

  @Inject private FacesContext faces;

  /**
   * Redirects to a path inside the portal, such as {@code /therapist/patients/chart.xhtml?id=1}.
   */
  public void redirect(String path) throws IOException {
    ExternalContext external = faces.getExternalContext();
    external.redirect(external.getRequestContextPath() + path);
  }
}
