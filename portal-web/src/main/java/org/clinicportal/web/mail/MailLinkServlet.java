package org.clinicportal.web.mail;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.clinicportal.homecare.MailLinks;

/**
 * The addresses in the portal's mail. Opening one shows its page ({@code stop.xhtml}, {@code
 * confirm.xhtml} or {@code check-in.xhtml}, with the number of days a check-in link was tapped
 * for), where a button does what the link offers. A post to the stop link with {@code
 * List-Unsubscribe=One-Click}, as mail programs send it, stops at once and is answered with 200;
 * any other post changes nothing.
 */
@WebServlet(urlPatterns = {MailLinkServlet.STOP, MailLinkServlet.CONFIRM, MailLinkServlet.CHECK_IN})
public class MailLinkServlet extends HttpServlet {

  static final String STOP = "/mail/stop";
  static final String CONFIRM = "/mail/confirm";
  static final String CHECK_IN = "/mail/check-in";
  private static final int LONGEST_TOKEN = 400;

  @Inject private MailLinks links;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String token = token(request);
    response.setHeader("Cache-Control", "no-store");
    String days = request.getParameter("days");
    response.sendRedirect(
        request.getContextPath()
            + request.getServletPath()
            + ".xhtml"
            + (token == null ? "" : "?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
            + (token != null && days != null && days.matches("[0-7]") ? "&days=" + days : ""));
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Cache-Control", "no-store");
    if (!STOP.equals(request.getServletPath())
        || !"One-Click".equals(request.getParameter("List-Unsubscribe"))) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String token = token(request);
    if (token == null || links.stop(token).isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().write("stopped");
  }

  private static String token(HttpServletRequest request) {
    String token = request.getParameter("t");
    return token == null || token.isBlank() || token.length() > LONGEST_TOKEN
        ? null
        : token.strip();
  }
}
