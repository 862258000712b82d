package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.Plurals;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundle the portal words things with has, in every language it speaks, exactly the keys of
 * the English one, with the same placeholders, and every text with a placeholder is a pattern the
 * formatter reads; a translation that is missing, left over or broken fails here rather than on a
 * patient's screen.
 */
class TranslationsTest {

  private static final String MESSAGES = "org/clinicportal/web/messages";

  private static final List<String> BUNDLES =
      List.of(
          MESSAGES,
          "ValidationMessages",
          "org/clinicportal/homecare/mail",
          "org/clinicportal/homecare/calendar",
          "org/clinicportal/exercise/built-in-exercises",
          "org/clinicportal/exercise/dosage",
          "org/clinicportal/program/handout",
          "org/clinicportal/assessment/assessment-document");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

  /** Numbers of every plural category of the portal's languages. */
  private static final long[] PLURAL_SAMPLES = {0, 1, 2, 5, 11, 12, 21, 22, 25, 101, 112};

  /** The safety questions and what a patient is told to do after a yes. */
  private static final Pattern SAFETY = Pattern.compile("care\\.(safety|urgent)\\.");

  private static final Path SAFETY_REVIEW = Path.of("src/translations/safety-review.properties");

  static Stream<Arguments> translations() {
    return BUNDLES.stream()
        .flatMap(bundle -> languages().map(language -> Arguments.of(bundle, language)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("translations")
  void aTranslationHasEveryKeyOfTheEnglishAndNoOther(String bundle, Language language) {
    Properties english = load(bundle + ".properties");
    Properties translated = load(bundle + "_" + language.tag() + ".properties");
    assertEquals(
        new TreeSet<>(english.stringPropertyNames()),
        new TreeSet<>(translated.stringPropertyNames()));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("translations")
  void aTranslationKeepsThePlaceholdersAndReadsAsAPattern(String bundle, Language language) {
    Properties english = load(bundle + ".properties");
    Properties translated = load(bundle + "_" + language.tag() + ".properties");
    List<String> wrong = new ArrayList<>();
    for (String key : english.stringPropertyNames()) {
      String text = translated.getProperty(key);
      if (text == null) {
        continue;
      }
      Set<String> expected = placeholders(english.getProperty(key));
      if (!expected.equals(placeholders(text))) {
        wrong.add(key + ": placeholders " + placeholders(text) + " instead of " + expected);
      } else if (!expected.isEmpty() && !readsAsPattern(text, language)) {
        wrong.add(key + ": not a pattern the formatter reads");
      }
    }
    assertEquals(List.of(), wrong);
  }

  /**
   * Each translated safety question and instruction was read against the English it now has: the
   * review file names, per language, the English each translation was made from and the translation
   * itself, and both must match the bundles.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("languages")
  void everySafetyTranslationWasReviewedAgainstTheCurrentEnglish(Language language)
      throws IOException {
    Properties english = load(MESSAGES + ".properties");
    Properties translated = load(MESSAGES + "_" + language.tag() + ".properties");
    Properties review = new Properties();
    try (var in = Files.newBufferedReader(SAFETY_REVIEW, StandardCharsets.UTF_8)) {
      review.load(in);
    }
    List<String> unreviewed = new ArrayList<>();
    int checked = 0;
    for (String key : new TreeSet<>(english.stringPropertyNames())) {
      if (!SAFETY.matcher(key).lookingAt()) {
        continue;
      }
      checked++;
      String prefix = key + "." + language.tag();
      if (!english.getProperty(key).equals(review.getProperty(prefix + ".from"))) {
        unreviewed.add(key + ": its English changed since the translation was reviewed");
      } else if (!translated.getProperty(key, "").equals(review.getProperty(prefix + ".text"))) {
        unreviewed.add(key + ": the translation differs from the reviewed one");
      }
    }
    assertEquals(List.of(), unreviewed, "see " + SAFETY_REVIEW);
    assertTrue(checked >= 10, "only " + checked + " safety texts found");
  }

  static Stream<Language> languages() {
    return Stream.of(Language.values()).filter(language -> language != Language.ENGLISH);
  }

  private static Set<String> placeholders(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  /**
   * Whether the formatter reads the text: a plain MessageFormat pattern, or one whose plural blocks
   * have a branch for every number (tried with a number of each category of the language), each
   * branch leaving a pattern the formatter reads.
   */
  private static boolean readsAsPattern(String text, Language language) {
    try {
      for (long n : PLURAL_SAMPLES) {
        Object[] numbers = new Object[10];
        Arrays.fill(numbers, n);
        new MessageFormat(Plurals.expand(language, text, numbers), language.locale());
      }
      return true;
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }

  private static Properties load(String path) {
    try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, path + " is missing");
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
