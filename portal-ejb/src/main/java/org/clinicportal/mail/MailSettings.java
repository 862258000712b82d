package org.clinicportal.mail;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.clinicportal.platform.MailAddresses;

/**
 * How the portal reaches its mail server, read from the server's environment like the portal's
 * other settings. With no {@code PORTAL_SMTP_HOST} there is no mail server: messages are queued and
 * wait. The password comes from the system property {@code portal.smtp.password}, which the domain
 * sets from a Payara password alias, or else from {@code PORTAL_SMTP_PASSWORD}.
 *
 * @param host the mail server's host name
 * @param port its SMTP port: 587 by default with STARTTLS, 25 without
 * @param startTls whether the connection must be upgraded to TLS before anything is sent
 * @param user the user to authenticate as, or null for none
 * @param password the user's password, or null
 * @param from the sender's address on every message ({@code PORTAL_MAIL_FROM})
 * @param timeout how long a connection, a read or a write may take before it counts as failed
 * @param interval how often the worker looks for messages whose time has come
 * @param firstPause the pause after a first failed attempt; it doubles with each, up to an hour
 * @param maxAttempts attempts before a message is given up as failed
 * @param connections how many connections the worker sends over at once ({@code
 *     PORTAL_MAIL_CONNECTIONS}): each waits for the server's answer to every command, so one
 *     connection hands over a few hundred messages a second at most
 */
public record MailSettings(
    String host,
    int port,
    boolean startTls,
    String user,
    String password,
    String from,
    Duration timeout,
    Duration interval,
    Duration firstPause,
    int maxAttempts,
    int connections) {

  static final Duration LONGEST_PAUSE = Duration.ofHours(1);

  /** The most connections the worker may send over at once. */
  static final int MAX_CONNECTIONS = 16;

  /** The settings of a mail server, or empty when none is set. */
  public static Optional<MailSettings> from(
      Map<String, String> env, String passwordProperty, Consumer<String> warn) {
    String host = blankToNull(env.get("PORTAL_SMTP_HOST"));
    if (host == null) {
      return Optional.empty();
    }
    boolean startTls = !"off".equalsIgnoreCase(strip(env.get("PORTAL_SMTP_STARTTLS")));
    int port = number(env, "PORTAL_SMTP_PORT", startTls ? 587 : 25, 1, 65535, warn);
    String from = blankToNull(env.get("PORTAL_MAIL_FROM"));
    if (from == null || !MailAddresses.isPlausible(from)) {
      warn.accept("PORTAL_MAIL_FROM is not an address; mail is sent from portal@" + host);
      from = "portal@" + host;
    }
    String password = blankToNull(passwordProperty);
    return Optional.of(
        new MailSettings(
            host,
            port,
            startTls,
            blankToNull(env.get("PORTAL_SMTP_USER")),
            password != null ? password : blankToNull(env.get("PORTAL_SMTP_PASSWORD")),
            from,
            Duration.ofSeconds(number(env, "PORTAL_SMTP_TIMEOUT_SECONDS", 20, 1, 300, warn)),
            Duration.ofSeconds(number(env, "PORTAL_MAIL_SECONDS", 30, 1, 3600, warn)),
            Duration.ofSeconds(number(env, "PORTAL_MAIL_RETRY_SECONDS", 60, 1, 3600, warn)),
            number(env, "PORTAL_MAIL_ATTEMPTS", 12, 1, 100, warn),
            number(env, "PORTAL_MAIL_CONNECTIONS", 4, 1, MAX_CONNECTIONS, warn)));
  }

  /** The pause before the attempt after {@code attempts} failed ones: doubling, up to an hour. */
  public Duration pauseAfter(int attempts) {
    Duration pause = firstPause;
    for (int i = 1; i < attempts && pause.compareTo(LONGEST_PAUSE) < 0; i++) {
      pause = pause.multipliedBy(2);
    }
    return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
  }

  private static int number(
      Map<String, String> env, String name, int fallback, int min, int max, Consumer<String> warn) {
    String text = strip(env.get(name));
    if (text.isEmpty()) {
      return fallback;
    }
    try {
      int value = Integer.parseInt(text);
      if (value >= min && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below, like a number out of range
    }
    warn.accept(
        name + " must be a number from " + min + " to " + max + "; " + fallback + " is used");
    return fallback;
  }

  private static String strip(String text) {
    return text == null ? "" : text.strip();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public String toString() {
    return "smtp://"
        + (user == null ? "" : user + "@")
        + host
        + ":"
        + port
        + (startTls ? " (STARTTLS)" : "");
  }
}
