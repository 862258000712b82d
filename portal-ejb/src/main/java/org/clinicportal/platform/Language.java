package org.clinicportal.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The languages the portal speaks. Everything a patient reads (pages, handouts, e-mails, safety
 * questions and the built-in exercises) is written in each; a clinic chooses the one its pages use,
 * and a patient may choose another for themselves.
 */
public enum Language {
  ENGLISH("en", "English"),
  SPANISH("es", "Español"),
  GERMAN("de", "Deutsch"),
  FRENCH("fr", "Français"),
  POLISH("pl", "Polski"),
  UKRAINIAN("uk", "Українська");

  private final String tag;
  private final String ownName;

  Language(String tag, String ownName) {
    this.tag = tag;
    this.ownName = ownName;
  }

  /** The language's BCP 47 tag, as stored and as the page's {@code lang} attribute gives it. */
  public String tag() {
    return tag;
  }

  /** The language's name in itself, as a person looking for their language expects to see it. */
  public String ownName() {
    return ownName;
  }

  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }

  /**
   * The words of this language in the bundle named {@code baseName}, found by {@code owner}'s class
   * loader; the base bundle (English) fills what the language's file lacks, and the server's own
   * default locale never does.
   */
  public Words words(String baseName, Class<?> owner) {
    return new Words(
        this,
        ResourceBundle.getBundle(
            baseName,
            locale(),
            owner.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
  }

  public static Optional<Language> ofTag(String tag) {
    return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst();
  }

  /**
   * The first of the languages a browser prefers, most preferred first, that the portal speaks;
   * English when it speaks none of them.
   */
  public static Language preferred(List<Locale> preferences) {
    return preferences.stream()
        .map(locale -> ofTag(locale.getLanguage()))
        .flatMap(Optional::stream)
        .findFirst()
        .orElse(ENGLISH);
  }
}
