package org.clinicportal.web.security;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinicportal.platform.ClinicPrincipal;

/**
 * The portal's root: sends a signed-in person to the home page of their role, anyone else to
 * sign-in.
 */
@WebServlet(urlPatterns = {"", HomeServlet.PATH})
public class HomeServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/home";

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String target =
        request.getUserPrincipal() instanceof ClinicPrincipal principal
            ? principal.role().homePage()
            : "/signin.xhtml";
    response.sendRedirect(request.getContextPath() + target);
  }
}
