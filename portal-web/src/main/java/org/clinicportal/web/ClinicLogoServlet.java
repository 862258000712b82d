package org.clinicportal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.clinicportal.clinic.ClinicProfile;
import org.clinicportal.platform.ClinicPrincipal;

/** Serves the signed-in person's own clinic logo; there is no way to ask for another clinic's. */
@WebServlet(ClinicLogoServlet.PATH)
public class ClinicLogoServlet extends ClinicDownloadServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/clinic-logo";

  @Inject private ClinicProfile profile;

  @Override
  protected Optional<Download> find(ClinicPrincipal person, HttpServletRequest request) {
    byte[] logo = profile.current().getLogo();
    return logo == null ? Optional.empty() : Download.picture(logo, "clinic-logo");
  }
}
