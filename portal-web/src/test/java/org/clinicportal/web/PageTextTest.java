package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads on a page comes from the resource bundle, and every key a page uses
 * exists.
 */
class PageTextTest {

  private static final Path PAGES = Path.of("src/main/webapp");
  private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<>]*)<");
  private static final Pattern READABLE_ATTRIBUTE =
      Pattern.compile(
          "\\s(value|label|title|headerText|emptyMessage|placeholder|alt|summary)=\"([^\"]*)\"");
  private static final Pattern BUNDLE_KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Pattern EXPRESSION = Pattern.compile("#\\{[^}]*\\}");

  @Test
  void pagesHoldNoHardCodedText() throws IOException {
    List<String> offences = new ArrayList<>();
    for (Path page : pages()) {
      String xhtml = Files.readString(page).replaceAll("(?s)<!--.*?-->", "");
      Matcher text = TEXT_BETWEEN_TAGS.matcher(xhtml);
      while (text.find()) {
        if (readable(text.group(1))) {
          offences.add(page + ": text \"" + text.group(1).trim() + "\"");
        }
      }
      Matcher attribute = READABLE_ATTRIBUTE.matcher(xhtml);
      while (attribute.find()) {
        if (readable(attribute.group(2))) {
          offences.add(page + ": " + attribute.group(1) + "=\"" + attribute.group(2) + "\"");
        }
      }
    }
    assertEquals(List.of(), offences);
  }

  @Test
  void everyKeyAPageUsesIsInTheBundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        getClass().getResourceAsStream("/org/clinicportal/web/messages.properties")) {
      bundle.load(in);
    }
    Set<String> missing = new TreeSet<>();
    for (Path page : pages()) {
      Matcher key = BUNDLE_KEY.matcher(Files.readString(page));
      while (key.find()) {
        if (!bundle.containsKey(key.group(1))) {
          missing.add(page.getFileName() + ": " + key.group(1));
        }
      }
    }
    assertTrue(missing.isEmpty(), "keys missing from messages.properties: " + missing);
  }

  /**
   * Letters left once expressions are taken out mean text a person reads that no bundle supplies.
   */
  private static boolean readable(String fragment) {
    String withoutExpressions = EXPRESSION.matcher(fragment).replaceAll("");
    return withoutExpressions.codePoints().anyMatch(Character::isLetter);
  }

  private static List<Path> pages() throws IOException {
    try (Stream<Path> files = Files.walk(PAGES)) {
      List<Path> pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
      assertTrue(pages.size() >= 5, "the pages were found");
      return pages;
    }
  }
}
