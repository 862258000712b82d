package org.clinicportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The response headers every answer of the portal carries, error pages included. Pages add their
 * own script policy with a fresh nonce (PrimeFaces' CSP support, configured in web.xml); the policy
 * set here holds for every response and restricts what no page needs: framing, plugins, a changed
 * base address and posting forms elsewhere. Pages with patient data are never stored by a browser
 * or a proxy; the portal's scripts, styles and pictures may be.
 */
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String FRAME_AND_PLUGIN_POLICY =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'none'; form-action 'self'";

  /**
   * The whole policy of the patient's offline app and its service worker, which Faces does not
   * write: the portal's own scripts, styles, pictures and API only, no inline script, no eval.
   */
  static final String OFFLINE_APP_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; worker-src 'self'; manifest-src 'self'; "
          + FRAME_AND_PLUGIN_POLICY;

  private static final String ONE_YEAR = "max-age=31536000; includeSubDomains";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    response.setHeader(
        "Content-Security-Policy",
        isOfflineApp(request) ? OFFLINE_APP_POLICY : FRAME_AND_PLUGIN_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    response.setHeader(
        "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
    if (request.isSecure()) {
      response.setHeader("Strict-Transport-Security", ONE_YEAR);
    }
    if (!isStaticResource(request)) {
      response.setHeader("Cache-Control", "no-store");
    }
    chain.doFilter(request, response);
  }

  /** Whether the request asks for the offline app's page, files or service worker. */
  static boolean isOfflineApp(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/patient/app/") || path.equals("/patient/sw.js");
  }

  /** Whether the request asks for one of the portal's scripts, styles or pictures. */
  static boolean isStaticResource(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/jakarta.faces.resource/");
  }
}
