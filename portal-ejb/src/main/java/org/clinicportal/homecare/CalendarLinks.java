package org.clinicportal.homecare;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.Tenancy;

/**
 * The patients' calendar feeds, for the calendar applications that fetch them without signing in.
 * The link names its clinic, which alone is bound; the feed is then found there by the hash of the
 * link's secret. A link of another clinic, a changed link and one replaced by a new link all open
 * nothing, and alike.
 */
@Stateless
public class CalendarLinks {

  @Inject private CalendarFeeds feeds;
  @Inject private Clinics clinics;
  @Inject private Tenancy tenancy;

  /**
   * The feed a link opens, its token being {@code <clinic id>.<secret>}; empty for anything but a
   * current link of an active clinic.
   */
  public Optional<String> feed(String token) {
    Optional<CalendarKey> key = CalendarKey.parse(token);
    if (key.isEmpty() || clinics.find(key.get().clinicId()).filter(Clinic::isActive).isEmpty()) {
      return Optional.empty();
    }
    return tenancy.callAsClinic(key.get().clinicId(), () -> feeds.calendarFeed(key.get().secret()));
  }
}
