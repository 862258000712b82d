package org.clinicportal.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;

/**
 * Whether a post came from the portal's own pages, as far as the browser says. Browsers name the
 * posting page's site in {@code Sec-Fetch-Site}; where they send it, it decides. Older browsers
 * send only {@code Origin}, whose host must then be the one the request was sent to; it says {@code
 * null} under the portal's {@code no-referrer} policy, which tells nothing either way. A post that
 * names neither (an older browser, a script) is let through: what it may do is decided by the
 * password it carries.
 */
public final class SameOrigin {

  private SameOrigin() {}

  public static boolean posted(HttpServletRequest request) {
    return posted(
        request.getHeader("Sec-Fetch-Site"),
        request.getHeader("Origin"),
        request.getHeader("Host"));
  }

  static boolean posted(String site, String origin, String host) {
    if (site != null) {
      return site.equalsIgnoreCase("same-origin") || site.equalsIgnoreCase("none");
    }
    if (origin == null || origin.trim().equals("null")) {
      return true;
    }
    try {
      String authority = URI.create(origin.trim()).getAuthority();
      return authority != null
          && host != null
          && authority.toLowerCase(Locale.ROOT).equals(host.trim().toLowerCase(Locale.ROOT));
    } catch (IllegalArgumentException notAnAddress) {
      return false;
    }
  }
}
