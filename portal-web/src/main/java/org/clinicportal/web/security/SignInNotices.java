package org.clinicportal.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

/**
 * What the sign-in page must know before it renders. An ajax request from a page whose session has
 * ended arrives here through {@link PortalAuthentication}'s redirect; it gets an ajax answer that
 * sends the whole window to the sign-in page, where a plain page view would only break the old
 * page. A person whose session ended while idle is told so on the page, and so is one whose session
 * the portal ended for another reason ({@code ?ended=}, kept through the ajax answer).
 */
public class SignInNotices extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /** The request attribute holding the idle minutes after which the last session ended. */
  public static final String IDLE_MINUTES = "portal.idleMinutes";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("GET".equals(request.getMethod())
        && "partial/ajax".equals(request.getHeader("Faces-Request"))) {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response
          .getWriter()
          .write(
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                  + request.getContextPath()
                  + "/signin.xhtml"
                  + ended(request)
                  + "\"/></partial-response>");
      return;
    }
    OptionalInt idle = IdleSignOut.endedWhileIdle(request, response);
    if (idle.isPresent()) {
      request.setAttribute(IDLE_MINUTES, idle.getAsInt());
    }
    chain.doFilter(request, response);
  }

  private static String ended(HttpServletRequest request) {
    String reason = request.getParameter("ended");
    return reason != null && reason.matches("[a-z]{1,20}") ? "?ended=" + reason : "";
  }
}
