package org.clinicportal.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.ClinicProfile;
import org.clinicportal.security.ClinicPrincipal;

/** Serves the signed-in person's own clinic logo; there is no way to ask for another clinic's. */
@WebServlet(ClinicLogoServlet.PATH)
public class ClinicLogoServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/clinic-logo";

  @Inject private ClinicProfile profile;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!(request.getUserPrincipal() instanceof ClinicPrincipal principal)
        || principal.clinicId() == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Clinic clinic = profile.current();
    byte[] logo = clinic.getLogo();
    if (logo == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PictureDownload.send(response, logo, "clinic-logo");
  }
}
