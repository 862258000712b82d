package org.clinicportal.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a language by its tag ("en", "uk"), which the migrations' checks name. */
@Converter(autoApply = true)
public class LanguageColumn implements AttributeConverter<Language, String> {

  @Override
  public String convertToDatabaseColumn(Language language) {
    return language == null ? null : language.tag();
  }

  @Override
  public Language convertToEntityAttribute(String tag) {
    return tag == null
        ? null
        : Language.ofTag(tag)
            .orElseThrow(() -> new IllegalStateException("Unknown language tag " + tag));
  }
}
