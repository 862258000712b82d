package org.clinicportal.web.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Set;
import org.clinicportal.web.ApiProblem;

/**
 * Keeps a person who signed in with a one-time password on the password page until they have chosen
 * their own; only that page, its resources, the error pages and signing out stay reachable, and the
 * JSON API answers that the password comes first.
 */
public class PasswordChangeGate extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The session attribute that holds the gate closed. */
  public static final String REQUIRED = "portal.passwordChangeRequired";

  public static final String PAGE = "/account/password.xhtml";

  private static final Set<String> OPEN =
      Set.of(
          PAGE,
          "/signin.xhtml",
          "/error.xhtml",
          "/not-found.xhtml",
          "/forbidden.xhtml",
          "/expired.xhtml");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpSession session = request.getSession(false);
    String path = request.getServletPath();
    boolean gated = session != null && Boolean.TRUE.equals(session.getAttribute(REQUIRED));
    if (gated && !OPEN.contains(path) && !path.startsWith("/jakarta.faces.resource/")) {
      if (ApiProblem.isApi(request)) {
        ApiProblem.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.passwordChange");
      } else {
        response.sendRedirect(request.getContextPath() + PAGE);
      }
      return;
    }
    chain.doFilter(request, response);
  }
}
