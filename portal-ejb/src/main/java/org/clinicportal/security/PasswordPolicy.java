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
 * of the 49,000 commonly used passwords bundled with the portal, not the username, the clinic's
 * name or the portal's name in disguise, and not one character repeated or a plain run such as
 * {@code abcdefghijkl} or {@code 987654321098}. Any character is allowed.
 */
public final class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private static final Set<String> COMMON = loadCommonPasswords();

  /** The portal's own name, as people write it; a password built on it is easy to guess. */
  private static final List<String> PORTAL_NAMES = List.of("clinicportal");

  /** The longest unit whose repetition alone makes a password trivial ({@code abcabcabcabc}). */
  private static final int LONGEST_REPEATED_UNIT = 4;

  /** Names shorter than this are not searched for in a password: they occur in ordinary words. */
  private static final int SHORTEST_NAME = 4;

  private PasswordPolicy() {}

  /**
   * The message keys of every rule the password of someone outside any clinic breaks; empty when it
   * is acceptable.
   */
  public static List<String> problems(String password, String username) {
    return problems(password, username, null);
  }

  /**
   * The message keys of every rule the password breaks for an account of the named clinic; empty
   * when it is acceptable.
   */
  public static List<String> problems(String password, String username, String clinicName) {
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
    String letters = lettersAndDigits(folded);
    if (containsName(letters, clinicName) || PORTAL_NAMES.stream().anyMatch(letters::contains)) {
      problems.add("password.containsName");
    }
    if (isTrivial(folded)) {
      problems.add("password.trivial");
    }
    return problems;
  }

  private static boolean containsName(String letters, String name) {
    if (name == null) {
      return false;
    }
    String compact = lettersAndDigits(name.toLowerCase(Locale.ROOT));
    return compact.length() >= SHORTEST_NAME && letters.contains(compact);
  }

  private static String lettersAndDigits(String text) {
    return text.codePoints()
        .filter(Character::isLetterOrDigit)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /**
   * One short unit repeated ({@code aaaaaaaaaaaa}, {@code 123123123123}) or a run in which every
   * character follows the one before, up or down ({@code abcdefghijkl}, {@code 987654321098}).
   */
  private static boolean isTrivial(String folded) {
    int[] points = folded.codePoints().toArray();
    for (int unit = 1; unit <= LONGEST_REPEATED_UNIT && unit < points.length; unit++) {
      if (repeats(points, unit)) {
        return true;
      }
    }
    return runs(points, 1) || runs(points, -1);
  }

  private static boolean repeats(int[] points, int unit) {
    for (int i = unit; i < points.length; i++) {
      if (points[i] != points[i - unit]) {
        return false;
      }
    }
    return true;
  }

  private static boolean runs(int[] points, int step) {
    for (int i = 1; i < points.length; i++) {
      if (!follows(points[i - 1], points[i], step)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code next} comes {@code step} after {@code previous}; digits wrap (9, 0 and 0, 9).
   */
  private static boolean follows(int previous, int next, int step) {
    if (Character.isDigit(previous) && Character.isDigit(next)) {
      return Math.floorMod(previous - '0' + step, 10) == next - '0';
    }
    return next - previous == step;
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
