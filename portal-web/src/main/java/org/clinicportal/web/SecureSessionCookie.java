package org.clinicportal.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import java.util.logging.Logger;
import org.clinicportal.platform.PortalAddress;

/**
 * Marks the session cookie {@code Secure} when people reach the portal over HTTPS ({@code
 * PORTAL_PUBLIC_URL}). Payara marks it only when its own connection is TLS, and behind a proxy that
 * ends TLS that connection is plain HTTP; the portal's other cookies follow the scheme the trusted
 * proxy names ({@link ForwardedRequestFilter}).
 */
public class SecureSessionCookie implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(SecureSessionCookie.class.getName());

  @Inject private PortalAddress address;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    if (address.isHttps()) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
      LOG.info(
          "The session cookie is sent over HTTPS alone: PORTAL_PUBLIC_URL is an https address");
    }
  }
}
