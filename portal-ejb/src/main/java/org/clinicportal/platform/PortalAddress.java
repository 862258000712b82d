package org.clinicportal.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.logging.Logger;

/**
 * Where people reach the portal from outside, for the links in its mail: {@code PORTAL_PUBLIC_URL}
 * (such as {@code https://portal.example.org/portal}), or {@code http://localhost:8080/portal} when
 * unset. Links are made from it alone, never from a request's Host header, which a sender could
 * choose.
 */
@ApplicationScoped
public class PortalAddress {

  private static final Logger LOG = Logger.getLogger(PortalAddress.class.getName());
  static final String FALLBACK = "http://localhost:8080/portal";

  private final String base;

  public PortalAddress() {
    this(System.getenv("PORTAL_PUBLIC_URL"));
  }

  PortalAddress(String configured) {
    base = readable(configured);
  }

  /** The address of a page of the portal, {@code path} starting with a slash. */
  public String of(String path) {
    if (!path.startsWith("/")) {
      throw new IllegalArgumentException("A portal path starts with a slash: " + path);
    }
    return base + path;
  }

  /**
   * Whether people reach the portal over HTTPS: then its cookies are sent over HTTPS alone, also
   * when TLS ends at a proxy and the server itself is reached over plain HTTP.
   */
  public boolean isHttps() {
    return base.startsWith("https://");
  }

  private static String readable(String configured) {
    if (configured == null || configured.isBlank()) {
      return FALLBACK;
    }
    String text = configured.strip();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    try {
      URI uri = URI.create(text);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null
          && uri.getQuery() == null
          && uri.getFragment() == null) {
        return text;
      }
    } catch (IllegalArgumentException unreadable) {
      LOG.warning(() -> "PORTAL_PUBLIC_URL is not an address: " + configured);
      return FALLBACK;
    }
    LOG.warning(() -> "PORTAL_PUBLIC_URL must be an http or https address: " + configured);
    return FALLBACK;
  }
}
