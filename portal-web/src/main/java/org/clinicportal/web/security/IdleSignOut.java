package org.clinicportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.OptionalInt;
import org.clinicportal.platform.Role;

/**
 * Signs people out after a quiet spell: 15 minutes for staff, 30 for patients, who read a plan and
 * then exercise with the page open ({@code PORTAL_STAFF_IDLE_MINUTES} and {@code
 * PORTAL_PATIENT_IDLE_MINUTES} change them). The session itself ends on the server; a small cookie
 * holding only the minutes tells the sign-in page afterwards that the person was signed out rather
 * than never signed in, and is dropped when they sign out themselves.
 */
@ApplicationScoped
public class IdleSignOut {

  static final String COOKIE = "portal-idle-minutes";

  private static final int STAFF_MINUTES = 15;
  private static final int PATIENT_MINUTES = 30;
  private static final int LONGEST = 24 * 60;

  private final int staffMinutes;
  private final int patientMinutes;

  public IdleSignOut() {
    this(System.getenv());
  }

  IdleSignOut(Map<String, String> settings) {
    staffMinutes = minutes(settings.get("PORTAL_STAFF_IDLE_MINUTES"), STAFF_MINUTES);
    patientMinutes = minutes(settings.get("PORTAL_PATIENT_IDLE_MINUTES"), PATIENT_MINUTES);
  }

  int minutesFor(Role role) {
    return role == Role.PATIENT ? patientMinutes : staffMinutes;
  }

  /** Gives the new session its idle limit and leaves the cookie that remembers it. */
  void started(HttpServletRequest request, HttpServletResponse response, Role role) {
    int minutes = minutesFor(role);
    request.getSession().setMaxInactiveInterval(minutes * 60);
    response.addCookie(cookie(request, String.valueOf(minutes), -1));
  }

  /** The person signed out themselves: nothing to explain next time. */
  static void ended(HttpServletRequest request, HttpServletResponse response) {
    response.addCookie(cookie(request, "", 0));
  }

  /**
   * The minutes after which the person's last session ended, when they were signed out for being
   * idle and have not signed in since; the cookie is dropped once read.
   */
  static OptionalInt endedWhileIdle(HttpServletRequest request, HttpServletResponse response) {
    if (request.getUserPrincipal() != null || request.getCookies() == null) {
      return OptionalInt.empty();
    }
    return Arrays.stream(request.getCookies())
        .filter(cookie -> COOKIE.equals(cookie.getName()))
        .findFirst()
        .map(
            cookie -> {
              ended(request, response);
              int minutes = minutes(cookie.getValue(), 0);
              return minutes > 0 ? OptionalInt.of(minutes) : OptionalInt.empty();
            })
        .orElse(OptionalInt.empty());
  }

  private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
    Cookie cookie = new Cookie(COOKIE, value);
    String path = request.getContextPath();
    cookie.setPath(path.isEmpty() ? "/" : path);
    cookie.setHttpOnly(true);
    // Secure over TLS, and wherever the session cookie is (SecureSessionCookie: TLS at a proxy).
    cookie.setSecure(
        request.isSecure() || request.getServletContext().getSessionCookieConfig().isSecure());
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Strict");
    return cookie;
  }

  private static int minutes(String text, int fallback) {
    if (text == null || !text.strip().matches("\\d{1,4}")) {
      return fallback;
    }
    int minutes = Integer.parseInt(text.strip());
    return minutes >= 1 && minutes <= LONGEST ? minutes : fallback;
  }
}
