package org.clinicportal.platform;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * One bundle of the portal's words in one language: plain texts, and MessageFormat patterns whose
 * numbers and choices follow the language.
 */
public final class Words {

  private final Language language;
  private final ResourceBundle bundle;

  Words(Language language, ResourceBundle bundle) {
    this.language = language;
    this.bundle = bundle;
  }

  public String text(String key) {
    return bundle.getString(key);
  }

  /**
   * The pattern of {@code key} with its placeholders filled in, plural blocks first ({@link
   * Plurals}).
   */
  public String format(String key, Object... arguments) {
    return new MessageFormat(
            Plurals.expand(language, bundle.getString(key), arguments), language.locale())
        .format(arguments);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }
}
