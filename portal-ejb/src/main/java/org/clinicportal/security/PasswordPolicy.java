package org.clinicportal.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a new password must meet (OWASP ASVS 6.2): at least 12 characters, at most 128, not one
 * of the commonly used passwords bundled with the portal, and not the username in disguise. Any
 * character is allowed.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = loadCommonPasswords();

  private PasswordPolicy() {}

  /** The message keys of every rule the password breaks; empty when it is acceptable. */
  public static List<String> problems(String password, String username) {
    List<String> problems = new ArrayList<>();
    if (password == null || password.isBlank()) {
      problems.add("password.required");
      return problems;
    }
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      problems.add("password.tooShort");
    }
    if (length > MAX_LENGTH) {
      problems.add("password.tooLong");
    }
    String folded = password.toLowerCase(Locale.ROOT);
    if (COMMON.contains(folded) || COMMON.contains(stripTrailingDigitsAndSymbols(folded))) {
      problems.add("password.common");
    }
    if (username != null
        && !username.isBlank()
        && folded.contains(username.trim().toLowerCase(Locale.ROOT))) {
      problems.add("password.containsUsername");
    }
    return problems;
  }

  private static String stripTrailingDigitsAndSymbols(String password) {
    int end = password.length();
    while (end > 0 && !Character.isLetter(password.charAt(end - 1))) {
      end--;
    }
    return password.substring(0, end);
  }

  private static Set<String> loadCommonPasswords() {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException(
            "common-passwords.txt is missing from the portal's resources");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader
          .lines()
          .map(String::trim)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> line.toLowerCase(Locale.ROOT))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
