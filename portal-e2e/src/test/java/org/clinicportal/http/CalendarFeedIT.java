package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The calendar feed as a phone's calendar fetches it: the demo patient reads its link on the
 * Reminders page, and a visitor who is not signed in fetches it and gets the calendar without a
 * session. A new link from the page's button ends the old one at once, while the new one works.
 */
class CalendarFeedIT {

  private static final Pattern LINK =
      Pattern.compile("value=\"https?://[^\"]+/calendar/([0-9]+\\.[A-Za-z0-9_-]+)\\.ics\"");
  private static final Pattern WEBCAL =
      Pattern.compile("href=\"webcal://[^\"]+/calendar/([0-9]+\\.[A-Za-z0-9_-]+)\\.ics\"");

  @Test
  void theLinkOnThePageOpensTheCalendarAnonymouslyUntilANewOneReplacesIt() throws Exception {
    PortalSession jordan = PortalSession.signedIn("demo", "patient");
    PortalSession.Page page = jordan.get("/patient/reminders.xhtml");
    assertEquals(200, page.status());
    assertTrue(page.body().contains("Add to my calendar"), page.body());
    jordan.ajax(
        page.form("reminders").set("reminders:remindersOn_input", "on"),
        "reminders:save",
        "reminders");

    String first = tokenIn(jordan.ajax(page.form("calendar"), "calendar:renew", "calendar"));
    PortalSession phone = PortalSession.anonymous();
    PortalSession.Page feed = phone.get("/calendar/" + first + ".ics");
    assertEquals(200, feed.status(), feed.body());
    String type = feed.headers().firstValue("Content-Type").orElseThrow();
    assertTrue(type.toLowerCase(Locale.ROOT).matches("text/calendar; ?charset=utf-8"), type);
    assertEquals("no-store", feed.headers().firstValue("Cache-Control").orElseThrow());
    assertTrue(feed.body().startsWith("BEGIN:VCALENDAR\r\n"), feed.body());
    assertTrue(feed.body().contains("\r\nRRULE:"), feed.body());
    assertFalse(feed.body().toLowerCase(Locale.ROOT).contains("jordan"), feed.body());
    assertNull(phone.sessionId(), "fetching the feed makes no session");
    assertTrue(
        phone.cookiesSet().stream().noneMatch(cookie -> cookie.startsWith("JSESSIONID")),
        phone.cookiesSet().toString());

    String second =
        tokenIn(
            jordan.ajax(
                jordan.get("/patient/reminders.xhtml").form("calendar"),
                "calendar:renew",
                "calendar"));
    assertNotEquals(first, second);
    assertEquals(404, phone.get("/calendar/" + first + ".ics").status());
    assertEquals(200, phone.get("/calendar/" + second + ".ics").status());
    assertEquals(404, phone.get("/calendar/" + first + ".ics").status());
    assertNull(phone.sessionId(), "a refused link makes no session either");
  }

  /** The link's token as the page shows it, both to copy and to subscribe at a tap. */
  private static String tokenIn(PortalSession.Page answer) {
    assertEquals(200, answer.status());
    Matcher copy = LINK.matcher(answer.body());
    Matcher subscribe = WEBCAL.matcher(answer.body());
    assertTrue(copy.find(), answer.body());
    assertTrue(subscribe.find(), answer.body());
    assertEquals(copy.group(1), subscribe.group(1));
    return copy.group(1);
  }
}
