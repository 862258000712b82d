package org.clinicportal.homecare;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the link of a patient's calendar feed carries: {@code <clinic id>.<secret>}, the secret
 * being 32 random bytes in base64url. The clinic travels in the clear because the calendar
 * application that fetches the feed is not signed in, so the link itself must say which clinic to
 * look in; the secret alone opens the feed, and the portal keeps only its SHA-256 hash.
 */
record CalendarKey(long clinicId, String secret) {

  private static final int SECRET_BYTES = 32;
  private static final Pattern TOKEN = Pattern.compile("([1-9][0-9]{0,17})\\.([A-Za-z0-9_-]{43})");
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A new key for a patient of the clinic. */
  static CalendarKey random(long clinicId) {
    byte[] secret = new byte[SECRET_BYTES];
    RANDOM.nextBytes(secret);
    return new CalendarKey(
        clinicId, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
  }

  /** The key a link carries; empty for anything not shaped like one. */
  static Optional<CalendarKey> parse(String token) {
    Matcher parts = TOKEN.matcher(token == null ? "" : token);
    if (!parts.matches()) {
      return Optional.empty();
    }
    return Optional.of(new CalendarKey(Long.parseLong(parts.group(1)), parts.group(2)));
  }

  /** The address of the feed under the portal. */
  String path() {
    return "/calendar/" + clinicId + "." + secret + ".ics";
  }

  /** What the portal keeps of the secret. */
  static byte[] hash(String secret) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest(secret.getBytes(StandardCharsets.US_ASCII));
    } catch (NoSuchAlgorithmException missing) {
      throw new IllegalStateException("Every Java runtime has SHA-256", missing);
    }
  }
}
