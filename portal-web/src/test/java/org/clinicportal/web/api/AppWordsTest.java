package org.clinicportal.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.clinicportal.homecare.SkipReason;
import org.junit.jupiter.api.Test;

class AppWordsTest {

  private static final Path APP = Path.of("src/main/webapp/patient/app");

  @Test
  void everyWordTheAppAsksForHasWordsInTheBundle() {
    Map<String, String> words = AppWords.in(Locale.ENGLISH);
    assertEquals(AppWords.KEYS.size() + SkipReason.values().length, words.size());
    words.forEach(
        (key, text) -> {
          assertNotEquals(key, text, "no words for " + key);
          assertFalse(text.isBlank(), key);
        });
  }

  @Test
  void theAppOnlyAsksForWordsThePortalSends() throws IOException {
    Pattern asked = Pattern.compile("word\\('([a-zA-Z.]+)'|data-word(?:-key)?=\"([a-zA-Z.]+)\"");
    TreeSet<String> missing = new TreeSet<>();
    Map<String, String> words = AppWords.in(Locale.ENGLISH);
    for (String file : new String[] {"app.js", "index.html"}) {
      Matcher found = asked.matcher(Files.readString(APP.resolve(file)));
      while (found.find()) {
        String key = found.group(1) != null ? found.group(1) : found.group(2);
        boolean sent =
            key.endsWith(".")
                ? words.keySet().stream().anyMatch(word -> word.startsWith(key))
                : words.containsKey(key);
        if (!sent) {
          missing.add(key);
        }
      }
    }
    assertTrue(missing.isEmpty(), "the app shows words the portal does not send: " + missing);
  }
}
