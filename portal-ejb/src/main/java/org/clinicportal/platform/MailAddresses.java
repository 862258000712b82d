package org.clinicportal.platform;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;

/** What the portal accepts as an address to mail, and how it shows one in a log. */
public final class MailAddresses {

  public static final int MAX_LENGTH = 254;

  private MailAddresses() {}

  /**
   * A single plain address (no display name, no group) with a dot in its domain, as RFC 5322 parses
   * it strictly, of at most 254 characters.
   */
  public static boolean isPlausible(String address) {
    if (address == null || address.isBlank() || address.length() > MAX_LENGTH) {
      return false;
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      String plain = parsed.getAddress();
      int at = plain.lastIndexOf('@');
      return plain.equals(address.strip())
          && at > 0
          && plain.indexOf('.', at) > at + 1
          && !plain.endsWith(".")
          && parsed.getPersonal() == null;
    } catch (AddressException e) {
      return false;
    }
  }

  /** An address as a log shows it: the first letter of the mailbox, then the domain. */
  public static String masked(String address) {
    int at = address.lastIndexOf('@');
    if (at <= 0) {
      return "***";
    }
    return address.substring(0, 1) + "***" + address.substring(at).toLowerCase(Locale.ROOT);
  }
}
