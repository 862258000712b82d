package org.clinicportal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * How long a session may last from its sign-in, however busy it is (OWASP ASVS 7.3.2): 12 hours, or
 * the hours of {@code PORTAL_SESSION_HOURS} (1 to 168). Its next request then leads to the sign-in
 * page, which says why.
 */
@Named
@ApplicationScoped
public class SessionLifetime {

  private static final int HOURS = 12;
  private static final int LONGEST = 7 * 24;

  private final int hours;

  public SessionLifetime() {
    this(System.getenv());
  }

  SessionLifetime(Map<String, String> settings) {
    hours = hours(settings.get("PORTAL_SESSION_HOURS"));
  }

  /** The hours a session lasts at most; the sign-in page names them. */
  public int getHours() {
    return hours;
  }

  /** Whether a session signed in at {@code signedInAt} has lasted its time at {@code now}. */
  boolean over(Instant signedInAt, Instant now) {
    return !now.isBefore(signedInAt.plus(Duration.ofHours(hours)));
  }

  private static int hours(String text) {
    if (text == null || !text.strip().matches("\\d{1,3}")) {
      return HOURS;
    }
    int value = Integer.parseInt(text.strip());
    return value >= 1 && value <= LONGEST ? value : HOURS;
  }
}
