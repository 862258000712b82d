package org.clinicportal.security;

import java.security.SecureRandom;

/**
 * Passwords the portal makes up for a new account or a reset: 16 characters from an alphabet
 * without look-alikes (no 0/O, 1/l/I), in groups of four so they can be read out. Shown once; the
 * owner replaces it at sign-in.
 */
public final class OneTimePasswords {

  private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private OneTimePasswords() {}

  public static String next() {
    StringBuilder password = new StringBuilder(19);
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
