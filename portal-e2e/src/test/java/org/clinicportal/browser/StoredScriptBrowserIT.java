package org.clinicportal.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * No text a person stores in the portal runs as a script anywhere it is shown again. A new clinic
 * is opened by the platform operator, and its administrator, its therapist and its patient fill
 * every free-text field they can with script payloads of six kinds (a script element, an image with
 * an error handler, an SVG with a load handler, a {@code javascript:} link, a quote that breaks out
 * of an attribute, and expression-language text), each payload carrying its own marker. Every page
 * that shows those values is then searched: no payload ran, none became an element or an event
 * handler, each one reads literally, and Chromium reports no Content Security Policy violation. The
 * program handouts carry no active PDF content. A control injects the same payloads into a page
 * directly and proves the detector reports each kind.
 */
class StoredScriptBrowserIT extends BrowserTest {

  private static final String CHOSEN_PASSWORD = "Quartz-Willow-Beacon-52";

  /** A marker prefix unique to this run: every payload's marker starts with it. */
  private static final String RUN = "xq" + suffix();

  private static final List<Kind> KINDS =
      List.of(
          new Kind("script element", m -> "<script>__xss='" + m + "'</script>"),
          new Kind(
              "image error handler", m -> "<img id=" + m + " src=x onerror=__xss='" + m + "'>"),
          new Kind("SVG load handler", m -> "<svg id=" + m + " onload=__xss='" + m + "'>"),
          new Kind("javascript: link", m -> "<a id=" + m + " href=javascript:__xss='" + m + "'>"),
          new Kind("attribute break-out", m -> "\"'><svg id=" + m + " onload=__xss='" + m + "'>"),
          new Kind("expression language", m -> "#{__xss='" + m + "'}${7*7}{0}" + m));

  private static final Set<PdfName> ACTIVE_PDF_KEYS =
      Set.of(
          PdfName.JAVASCRIPT,
          PdfName.JS,
          PdfName.OPENACTION,
          PdfName.AA,
          PdfName.LAUNCH,
          PdfName.URI,
          PdfName.SUBMITFORM,
          PdfName.IMPORTDATA);

  /**
   * Finds what a stored payload would have left on the page: a global it set, an element carrying a
   * marker as its id, an event handler or a {@code javascript:} address holding a marker, or a
   * script element that is a payload.
   */
  private static final String DETECTOR =
      "var prefix = arguments[0]; var found = [];"
          + "if (typeof window.__xss !== 'undefined') found.push('ran: ' + window.__xss);"
          + "var all = document.querySelectorAll('*');"
          + "for (var i = 0; i < all.length; i++) {"
          + "  var e = all[i]; var tag = e.tagName.toLowerCase();"
          + "  if (typeof e.id === 'string' && e.id.indexOf(prefix) >= 0)"
          + "    found.push('element: <' + tag + ' id=' + e.id + '>');"
          + "  for (var j = 0; j < e.attributes.length; j++) {"
          + "    var a = e.attributes[j]; var name = a.name.toLowerCase();"
          + "    if (a.value.indexOf(prefix) < 0 || name === 'value') continue;"
          + "    if (name.indexOf('on') === 0) found.push('handler: ' + name + ' on <' + tag + '>');"
          + "    else if (/^\\s*javascript:/i.test(a.value))"
          + "      found.push('handler: ' + name + '=' + a.value + ' on <' + tag + '>');"
          + "  }"
          + "  if (tag === 'script' && e.textContent.trim().indexOf('__xss=') === 0)"
          + "    found.push('element: <script>' + e.textContent);"
          + "}"
          + "return found;";

  /** The text of the page as a reader sees it: every text node outside scripts and styles. */
  private static final String PAGE_TEXT =
      "var skip = {SCRIPT: 1, STYLE: 1, TEXTAREA: 1, NOSCRIPT: 1, TEMPLATE: 1};"
          + "var walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);"
          + "var parts = []; var node;"
          + "while ((node = walker.nextNode())) {"
          + "  if (!skip[node.parentNode.nodeName]) parts.push(node.nodeValue);"
          + "}"
          + "return parts.join('');";

  private final List<Payload> payloads = new ArrayList<>();
  private final List<Filled> filled = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final Set<String> shownMarkers = new LinkedHashSet<>();
  private int markers;
  private int pagesChecked;
  private int handoutsChecked;
  private int runs;
  private int injected;
  private int violations;
  private int activePdfEntries;

  @Test
  void noStoredTextRunsAsAScriptAnywhereItIsShown() throws IOException {
    String code = "xss-" + suffix();

    signIn("", "platform", PASSWORD, "/platform/index.xhtml");
    browser.type(By.id("onboard:code"), code);
    fill("platform operator", "onboard:name", 200);
    fill("platform operator", "onboard:adminName", 200);
    browser.type(By.id("onboard:adminUsername"), "admin");
    browser.click(By.id("onboard:openClinic"));
    browser.waitFor(By.id("issuedPassword"));
    String adminPassword = browser.text(By.id("issuedPassword"));
    check("/platform/index.xhtml (the clinic just opened)");

    signIn(code, "admin", adminPassword, "/account/password.xhtml");
    browser.chooseOwnPassword(adminPassword, CHOSEN_PASSWORD);
    browser.waitUntil(d -> d.getCurrentUrl().contains("/admin/index.xhtml"));
    browser.open("/admin/profile.xhtml");
    fill("clinic administrator", "profile:name", 200);
    fill("clinic administrator", "profile:address", 300);
    browser.click(By.id("profile:save"));
    browser.waitUntil(
        d -> d.findElement(By.id("profile:messages")).getText().contains("was saved"));
    browser.open("/admin/staff.xhtml");
    fill("clinic administrator", "staff:displayName", 200);
    browser.type(By.id("staff:username"), "therapist");
    browser.choose("staff:role", "Therapist");
    browser.choose("staff:profession", "Physical therapist");
    fill("clinic administrator", "staff:licence", 60);
    browser.click(By.id("staff:add"));
    browser.waitFor(By.id("issuedPassword"));
    String therapistPassword = browser.text(By.id("issuedPassword"));

    signIn(code, "therapist", therapistPassword, "/account/password.xhtml");
    browser.chooseOwnPassword(therapistPassword, CHOSEN_PASSWORD);
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/index.xhtml"));
    long patient = registerPatient();
    String patientUsername = "pat" + suffix();
    browser.type(By.id("chart:tabs:username"), patientUsername);
    browser.click(By.id("chart:tabs:openAccess"));
    browser.waitFor(By.id("issuedPassword"));
    String patientPassword = browser.text(By.id("issuedPassword"));
    long assessment = signAssessment();
    String exercise = addOwnExercise();
    long program = assignProgram(patient, exercise);

    signIn(code, patientUsername, patientPassword, "/account/password.xhtml");
    browser.chooseOwnPassword(patientPassword, CHOSEN_PASSWORD);
    browser.waitUntil(d -> d.getCurrentUrl().contains("/patient/index.xhtml"));
    writeJournalWithASafetyYes();

    signIn(code, "therapist", CHOSEN_PASSWORD, "/therapist/index.xhtml");
    acknowledgeTheAlert();

    checkTherapistPages(patient, assessment, program);
    signIn(code, patientUsername, CHOSEN_PASSWORD, "/patient/index.xhtml");
    for (String page :
        List.of("/patient/index.xhtml", "/patient/journal.xhtml", "/patient/progress.xhtml")) {
      browser.open(page);
      check(page);
    }
    checkHandout(browser.driver().findElement(By.cssSelector("a[href*='program-handout']")));
    signIn(code, "admin", CHOSEN_PASSWORD, "/admin/index.xhtml");
    for (String page :
        List.of("/admin/index.xhtml", "/admin/profile.xhtml", "/admin/staff.xhtml")) {
      browser.open(page);
      check(page);
    }
    signIn("", "platform", PASSWORD, "/platform/index.xhtml");
    check("/platform/index.xhtml");

    for (Payload payload : payloads) {
      if (!shownMarkers.contains(payload.marker()) && !keptUnshown(payload)) {
        problems.add("never shown: " + payload.text());
      }
    }
    String summary =
        String.format(
            "Stored scripts: %d free-text fields filled in %d roles with %d payloads of %d kinds;"
                + " %d pages and %d handout PDFs checked; %d runs, %d injected elements or"
                + " handlers, %d policy violations, %d active PDF entries.",
            filled.size(),
            filled.stream().map(Filled::role).distinct().count(),
            payloads.size(),
            payloads.stream().map(Payload::kind).distinct().count(),
            pagesChecked,
            handoutsChecked,
            runs,
            injected,
            violations,
            activePdfEntries);
    System.out.println(summary);
    Path report = Path.of(System.getProperty("basedir", "."), "target", "stored-scripts.txt");
    Files.createDirectories(report.getParent());
    Files.writeString(report, summary + System.lineSeparator());
    assertEquals(List.of(), problems, summary);
  }

  /**
   * The control: the same payloads written straight into a portal page are each reported, their
   * handlers are refused by the Content Security Policy, and a payload that ran is reported too, so
   * the search above cannot pass by seeing nothing.
   */
  @Test
  void theDetectorReportsEachKindOfPayloadInjectedIntoAPage() {
    browser.signOutEverywhere();
    browser.contentSecurityViolations();
    String prefix = "xc" + suffix();
    for (int k = 0; k < KINDS.size(); k++) {
      Kind kind = KINDS.get(k);
      String marker = prefix + k + "z";
      String payload = kind.payload().apply(marker);
      JavascriptExecutor page = (JavascriptExecutor) browser.driver();
      if (kind == KINDS.get(KINDS.size() - 1)) {
        String evaluated = payload.replace("${7*7}", "49");
        page.executeScript(
            "var p = document.createElement('p'); p.textContent = arguments[0];"
                + " document.body.appendChild(p);",
            evaluated);
        String text = pageText();
        assertTrue(text.contains(marker), "the evaluated text is on the page");
        assertFalse(shownLiterally(text, payload), "evaluated text does not read literally");
      } else {
        page.executeScript("document.body.insertAdjacentHTML('beforeend', arguments[0]);", payload);
        List<String> found = detect(marker);
        assertFalse(found.isEmpty(), kind.name() + " was not reported");
        assertFalse(shownLiterally(pageText(), payload), kind.name() + " read as literal text");
      }
    }
    browser.waitUntil(d -> !browser.contentSecurityViolations().isEmpty());
    browser.contentSecurityViolations();

    ((JavascriptExecutor) browser.driver()).executeScript("window.__xss = arguments[0];", prefix);
    assertTrue(detect(prefix).contains("ran: " + prefix), "a payload that ran was not reported");
  }

  /** Signs in and waits for the page a person of that role lands on. */
  private static void signIn(String clinic, String username, String password, String landing) {
    browser.signIn(clinic, username, password);
    browser.waitUntil(d -> d.getCurrentUrl().contains(landing));
  }

  private long registerPatient() {
    browser.open("/therapist/patients/edit.xhtml");
    browser.waitFor(By.id("edit:firstName"));
    fill("therapist", "edit:firstName", 100);
    fill("therapist", "edit:lastName", 100);
    browser.typeDate("edit:dateOfBirth", "1979-11-23");
    browser.choose("edit:sex", "Female");
    String marker = nextMarker();
    record(
        "therapist",
        "edit:email",
        List.of(new Payload("SVG load handler", marker, emailPayload(marker))));
    fill("therapist", "edit:address", 300);
    fill("therapist", "edit:emergencyName", 200);
    fill("therapist", "edit:referral", 200);
    browser.click(By.id("edit:save"));
    browser.waitUntil(
        d ->
            d.getCurrentUrl().contains("chart.xhtml?id=")
                || !d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error"))
                    .isEmpty());
    assertTrue(
        browser.path().contains("chart.xhtml?id="),
        () -> "the patient was refused: " + browser.text(By.id("edit")));
    String path = browser.path();
    return Long.parseLong(path.substring(path.indexOf("id=") + 3));
  }

  /**
   * An address whose quoted local part is a tag: the address rule lets {@code <}, {@code >} and
   * {@code =} stand inside quotes.
   */
  private static String emailPayload(String marker) {
    return "\"<svg/id=" + marker + "/onload=__xss='" + marker + "'>\"@example.org";
  }

  private long signAssessment() {
    browser.openTab("Assessments");
    browser.click(By.id("chart:tabs:newAssessment"));
    browser.waitFor(By.id("assessment:painLocation"));
    fill("therapist", "assessment:painLocation", 300);
    browser.press("assessment:onsetCause", "Posture");
    fill("therapist", "assessment:onsetNote", 500);
    browser.press("assessment:painNow", "5");
    browser.press("assessment:painWorst", "7");
    browser.click(By.id("assessment:noOtherRedFlags"));
    browser.waitUntil(
        d -> d.findElements(By.cssSelector("[id$=':flag'] .ui-state-active")).size() == 12);
    fill("therapist", "assessment:redFlagNote", 1000);
    browser.chooseRadio("assessment:palpation", "A knot deep in the muscle");
    browser.click(By.id("assessment:addPoint"));
    browser.waitFor(By.id("assessment:pointRows:0:muscle"));
    browser.choose("assessment:pointRows:0:muscle", "Quadratus lumborum");
    browser.press("assessment:pointRows:0:side", "Right");
    browser.tick("assessment:pointRows:0:tautBand");
    browser.tick("assessment:pointRows:0:hypersensitiveSpot");
    browser.tick("assessment:pointRows:0:referredPain");
    browser.tick("assessment:pointRows:0:familiarPain");
    fill("therapist", "assessment:pointRows:0:referredTo", 300);
    fill("therapist", "assessment:pointRows:0:pointNote", 500);
    fill("therapist", "assessment:activityRows:0:activityName", 200);
    browser.type(By.id("assessment:activityRows:0:activityRating"), "6");
    fill("therapist", "assessment:summary", 4000);
    browser.click(By.id("assessment:sign"));
    browser.confirm();
    browser.waitUntil(
        d ->
            d.getCurrentUrl().contains("/therapist/assessments/view.xhtml")
                || !d.findElements(By.cssSelector(".ui-message-error, .ui-messages-error"))
                    .isEmpty());
    assertTrue(
        browser.path().contains("/therapist/assessments/view.xhtml"),
        () -> "the assessment was not signed: " + browser.text(By.id("assessment:messages")));
    String path = browser.path();
    return Long.parseLong(path.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  /** Adds the clinic's own exercise; its marked name. */
  private String addOwnExercise() {
    browser.open("/therapist/exercises/index.xhtml");
    Filled name = fill("therapist", "own:name", 120);
    browser.press("own:ownKind", "Strengthen");
    fill("therapist", "own:purpose", 1000);
    fill("therapist", "own:instructions", 4000);
    fill("therapist", "own:cautions", 2000);
    browser.click(By.id("own:add"));
    browser.waitUntil(
        d -> d.findElement(By.id("library:messages")).getText().contains("was added"));
    return name.payloads().get(0).marker();
  }

  private long assignProgram(long patient, String exerciseMarker) {
    browser.open("/therapist/patients/chart.xhtml?id=" + patient + "&tab=program");
    browser.waitFor(By.id("chart:tabs:suggestProgram"));
    browser.click(By.id("chart:tabs:suggestProgram"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/edit.xhtml"));
    fill("therapist", "program:title", 120);
    Select exercises = new Select(browser.driver().findElement(By.id("program:exerciseToAdd")));
    WebElement own =
        exercises.getOptions().stream()
            .filter(option -> option.getText().contains(exerciseMarker))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the own exercise is not offered"));
    exercises.selectByValue(own.getAttribute("value"));
    int rows = rowCount();
    browser.click(By.id("program:addExercise"));
    browser.waitUntil(d -> rowCount() == rows + 1);
    for (int row = 0; row <= rows; row++) {
      fill("therapist", "program:rows:" + row + ":load", 100);
      fill("therapist", "program:rows:" + row + ":notes", 500);
    }
    By sets = By.id("program:rows:" + rows + ":sets");
    if (browser.driver().findElement(sets).getAttribute("value").isEmpty()) {
      browser.type(sets, "2");
      browser.type(By.id("program:rows:" + rows + ":repetitions"), "8");
    }
    browser.click(By.id("program:save"));
    browser.waitUntil(
        d ->
            d.findElement(By.id("program:messages"))
                .getText()
                .matches("(?s).*(was saved|not|must|Give|number).*"));
    assertTrue(
        browser.text(By.id("program:messages")).contains("The draft was saved."),
        () -> browser.text(By.id("program")));
    fill("therapist", "program:templateName", 120);
    browser.click(By.id("program:saveTemplate"));
    browser.waitUntil(
        d -> d.findElement(By.id("program:messages")).getText().contains("saved as the template"));
    browser.click(By.id("program:assign"));
    browser.waitUntil(d -> d.getCurrentUrl().contains("/therapist/programs/view.xhtml"));
    String path = browser.path();
    return Long.parseLong(path.replaceAll(".*[?&]id=(\\d+).*", "$1"));
  }

  private int rowCount() {
    return browser
        .driver()
        .findElements(By.cssSelector("input[id^='program:rows:'][id$=':load']"))
        .size();
  }

  private void writeJournalWithASafetyYes() {
    browser.open("/patient/journal.xhtml");
    browser.waitFor(By.id("journal:painBefore"));
    browser.type(By.id("journal:painBefore"), "5");
    browser.type(By.id("journal:painAfter"), "4");
    browser.type(By.id("journal:effort"), "3");
    fill("patient", "journal:note", 1000);
    for (String question : new String[] {"saddle", "bladder", "fever"}) {
      browser.chooseRadio("journal:" + question, "No");
    }
    browser.chooseRadio("journal:weakness", "Yes");
    browser.click(By.id("journal:save"));
    browser.waitFor(By.id("journal:urgentCare"));
  }

  private void acknowledgeTheAlert() {
    browser.open("/therapist/alerts.xhtml");
    browser.waitFor(By.id("alerts:open"));
    By acknowledge = By.cssSelector("[id='alerts:open'] .portal-acknowledge");
    if (browser.driver().findElements(acknowledge).isEmpty()) {
      browser.click(By.cssSelector("[id='alerts:onlyMine'] .ui-chkbox-box"));
      browser.waitUntil(d -> !d.findElements(acknowledge).isEmpty());
    }
    browser.waitUntil(
        d -> {
          d.findElements(acknowledge).get(0).click();
          return true;
        });
    browser.waitUntil(d -> d.findElement(By.id("ackForm:note")).isDisplayed());
    fill("therapist", "ackForm:note", 500);
    browser.click(By.id("ackForm:confirmAck"));
    browser.waitUntil(d -> d.findElement(By.id("alerts:acknowledged")).getText().contains(RUN));
  }

  private void checkTherapistPages(long patient, long assessment, long program) {
    for (String page :
        List.of(
            "/therapist/index.xhtml",
            "/therapist/patients/index.xhtml",
            "/therapist/patients/edit.xhtml?id=" + patient,
            "/therapist/assessments/view.xhtml?id=" + assessment,
            "/therapist/programs/view.xhtml?id=" + program,
            "/therapist/exercises/index.xhtml",
            "/therapist/alerts.xhtml")) {
      browser.open(page);
      check(page);
    }
    browser.open("/therapist/programs/view.xhtml?id=" + program);
    checkHandout(browser.driver().findElement(By.cssSelector("a[href*='program-handout']")));

    browser.open("/therapist/patients/index.xhtml");
    Filled lastName =
        filled.stream().filter(f -> f.field().equals("edit:lastName")).findFirst().orElseThrow();
    String marker = lastName.payloads().get(0).marker();
    String typed = lastName.payloads().get(0).text();
    browser.type(By.id("patients:q"), typed.substring(0, typed.indexOf(RUN) + RUN.length()));
    browser.waitUntil(d -> d.findElement(By.id("patients:table")).getText().contains(marker));
    check("/therapist/patients/index.xhtml (search results)");

    browser.open("/therapist/patients/chart.xhtml?id=" + patient);
    check("/therapist/patients/chart.xhtml (Details)");
    for (String tab : List.of("Assessments", "Home program", "Home care", "History")) {
      browser.openTab(tab);
      check("/therapist/patients/chart.xhtml (" + tab + ")");
    }
  }

  /**
   * Types a field's payloads: all the kinds that fit its length where it is long enough, else the
   * next kind in turn that fits.
   */
  private Filled fill(String role, String fieldId, int maxLength) {
    List<Payload> typed = new ArrayList<>();
    int length = 0;
    int start = filled.size() % KINDS.size();
    for (int i = 0; i < KINDS.size(); i++) {
      Kind kind = KINDS.get((start + i) % KINDS.size());
      String marker = nextMarker();
      String text = kind.payload().apply(marker);
      int added = text.length() + (typed.isEmpty() ? 0 : 1);
      if (length + added > maxLength) {
        continue;
      }
      typed.add(new Payload(kind.name(), marker, text));
      length += added;
      if (maxLength < 300) {
        break;
      }
    }
    return record(role, fieldId, typed);
  }

  private Filled record(String role, String fieldId, List<Payload> typed) {
    String value = String.join(" ", typed.stream().map(Payload::text).toList());
    browser.type(By.id(fieldId), value);
    assertEquals(value, browser.driver().findElement(By.id(fieldId)).getAttribute("value"));
    payloads.addAll(typed);
    Filled field = new Filled(role, fieldId, typed);
    filled.add(field);
    return field;
  }

  /** A therapist's licence number is kept for the record; no page or handout shows it. */
  private boolean keptUnshown(Payload payload) {
    return filled.stream()
        .anyMatch(f -> f.field().equals("staff:licence") && f.payloads().contains(payload));
  }

  private String nextMarker() {
    markers++;
    return RUN + markers + "z";
  }

  /** Searches the page the browser shows for anything a payload left, and its text for each one. */
  private void check(String page) {
    pagesChecked++;
    for (String found : detect(RUN)) {
      if (found.startsWith("ran")) {
        runs++;
      } else {
        injected++;
      }
      problems.add(page + ": " + found);
    }
    String text = pageText();
    int shown = 0;
    for (Payload payload : payloads) {
      if (text.contains(payload.marker())) {
        shown++;
        shownMarkers.add(payload.marker());
        if (!shownLiterally(text, payload.text())) {
          problems.add(page + ": not literal: " + payload.text() + " near " + near(text, payload));
        }
      }
    }
    String values = formValues();
    for (Payload payload : payloads) {
      if (values.contains(payload.marker())) {
        shown++;
        shownMarkers.add(payload.marker());
        if (!values.contains(payload.text())) {
          problems.add(page + ": a field does not hold " + payload.text() + " as typed");
        }
      }
    }
    if (shown == 0) {
      problems.add(page + ": shows none of the stored values");
    }
    for (String violation : browser.contentSecurityViolations()) {
      violations++;
      problems.add(page + ": " + violation);
    }
  }

  private static List<String> detect(String prefix) {
    @SuppressWarnings("unchecked")
    List<String> found =
        (List<String>) ((JavascriptExecutor) browser.driver()).executeScript(DETECTOR, prefix);
    return found;
  }

  private static String pageText() {
    return (String) ((JavascriptExecutor) browser.driver()).executeScript(PAGE_TEXT);
  }

  /** What the page's fields hold, for a form that shows stored text back to be edited. */
  private static String formValues() {
    return (String)
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return Array.from(document.querySelectorAll('input, textarea'))"
                    + ".map(function (field) { return field.value; }).join('\\n');");
  }

  private static boolean shownLiterally(String text, String payload) {
    return squeezed(text).contains(squeezed(payload));
  }

  private static String squeezed(String text) {
    return text.replaceAll("\\s+", " ");
  }

  private static String near(String text, Payload payload) {
    int at = text.indexOf(payload.marker());
    return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60));
  }

  /**
   * Downloads the handout the link leads to and walks every object in it for actions and scripts;
   * its text must carry the stored values.
   */
  private void checkHandout(WebElement link) {
    byte[] pdf = browser.download(link.getAttribute("href"));
    handoutsChecked++;
    try {
      PdfReader reader = new PdfReader(pdf);
      for (int object = 0; object < reader.getXrefSize(); object++) {
        walk(reader.getPdfObject(object), "object " + object);
      }
      walk(reader.getTrailer(), "trailer");
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append(' ');
      }
      Matcher stored = Pattern.compile(Pattern.quote(RUN) + "\\d+z").matcher(text);
      int found = 0;
      while (stored.find()) {
        found++;
        shownMarkers.add(stored.group());
      }
      if (found == 0) {
        problems.add("handout " + link.getAttribute("href") + " shows none of the stored values");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void walk(PdfObject object, String where) {
    if (object == null) {
      return;
    }
    if (object.isDictionary() || object.isStream()) {
      PdfDictionary dictionary = (PdfDictionary) object;
      for (PdfName key : dictionary.getKeys()) {
        PdfObject value = dictionary.get(key);
        if (ACTIVE_PDF_KEYS.contains(key) || ACTIVE_PDF_KEYS.contains(value)) {
          activePdfEntries++;
          problems.add("handout " + where + ": " + key + " " + value);
        }
        walk(value, where);
      }
    } else if (object.isArray()) {
      for (PdfObject element : ((PdfArray) object).getElements()) {
        walk(element, where);
      }
    }
  }

  private record Kind(String name, Function<String, String> payload) {}

  private record Payload(String kind, String marker, String text) {}

  private record Filled(String role, String field, List<Payload> payloads) {}
}
