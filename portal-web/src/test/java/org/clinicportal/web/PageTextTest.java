package org.clinicportal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.clinicportal.anatomy.Muscle;
import org.clinicportal.assessment.Movement;
import org.clinicportal.assessment.OnsetCause;
import org.clinicportal.assessment.PalpationFinding;
import org.clinicportal.assessment.RedFlag;
import org.clinicportal.assessment.SkinSign;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.clinic.Profession;
import org.clinicportal.homecare.AlertKind;
import org.clinicportal.homecare.CheckInBarrier;
import org.clinicportal.homecare.SkipReason;
import org.clinicportal.mail.MailKind;
import org.clinicportal.mail.MailStatus;
import org.clinicportal.patient.Sex;
import org.clinicportal.platform.Role;
import org.clinicportal.program.ProgramStatus;
import org.junit.jupiter.api.Test;

/**
 * Every text a person reads on a page comes from the resource bundle, every key a page uses exists,
 * and every value a page names by its constant has words.
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
   * A page that names a value by its constant ({@code msg['mail.kind.' += mail.kind]}) finds words
   * for every constant the services can hand it, not only for those there were when the page was
   * written.
   */
  @Test
  void everyValueAPageNamesByItsConstantHasItsWords() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        getClass().getResourceAsStream("/org/clinicportal/web/messages.properties")) {
      bundle.load(in);
    }
    Map<String, Class<? extends Enum<?>>> named = new TreeMap<>();
    named.put("alertKind.", AlertKind.class);
    named.put("audit.", AuditAction.class);
    named.put("checkIn.barrier.", CheckInBarrier.class);
    named.put("mail.kind.", MailKind.class);
    named.put("mail.status.", MailStatus.class);
    named.put("skipReason.", SkipReason.class);
    named.put("programStatus.", ProgramStatus.class);
    named.put("redFlag.", RedFlag.class);
    named.put("movement.", Movement.class);
    named.put("muscle.", Muscle.class);
    named.put("role.", Role.class);
    named.put("profession.", Profession.class);
    named.put("sex.", Sex.class);
    named.put("skin.", SkinSign.class);
    named.put("onset.", OnsetCause.class);
    named.put("palpation.", PalpationFinding.class);
    StringBuilder pages = new StringBuilder();
    for (Path page : pages()) {
      pages.append(Files.readString(page));
    }
    Set<String> missing = new TreeSet<>();
    named.forEach(
        (prefix, type) -> {
          assertTrue(
              pages.indexOf("msg['" + prefix + "' +=") >= 0, prefix + " is named on no page");
          for (Enum<?> constant : type.getEnumConstants()) {
            if (!bundle.containsKey(prefix + constant.name())) {
              missing.add(prefix + constant.name());
            }
          }
        });
    assertEquals(Set.of(), missing, "values a page would show without words");
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
