package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every page and download that takes an id, opened over HTTP with the ids of one patient's chart in
 * the demonstration clinic (Jordan Lee: assessments, a program, its handout) by people who must not
 * see it: the administrator, therapist and patient of the other demonstration clinic, and another
 * patient of the same clinic. The same people open the patient's own pages, which take no id, and
 * must see nothing of Jordan's. Each page is also opened by Jordan's therapist (or Jordan), who
 * must see the chart there: a page that shows nobody anything cannot pass for a refusal. The owner
 * must see every mark of the chart; an intruder's answer leaks when it shows any one of them.
 *
 * <p>To cover a new page, add one line to {@link #pages}.
 */
class PageAccessIT {

  private static final Logger LOG = Logger.getLogger(PageAccessIT.class.getName());

  /** What only Jordan's chart shows: the record number, and the title of Jordan's program. */
  private static final List<String> CHART_MARKS = List.of("D-0001", "Jordan");

  private static final String PROGRAM_TITLE = "Right QL release and core";

  /** A stack trace, an exception's message or the server's name. */
  private static final Pattern TRACE =
      Pattern.compile("\\w+Exception:|Caused by|\\sat (org|java|jakarta|com)\\.|Payara|GlassFish");

  private static final List<String> BAD_IDS =
      List.of(
          "",
          "abc",
          "-1",
          "0",
          "1.5",
          "99999999999999999999",
          "1%20or%201=1",
          "%27%3B--",
          "1e3",
          "%00");

  private static long patient;
  private static List<Long> assessments;
  private static List<Long> signedAssessments;
  private static long program;
  private static long questionnaire;

  /**
   * One address, with who may see it and the marks of the chart it shows them; with no marks, the
   * address sends the chart's handout.
   */
  private record Target(String path, boolean forPatients, List<String> marks, boolean api) {

    Target(String path, boolean forPatients, List<String> marks) {
      this(path, forPatients, marks, false);
    }

    static Target pdf(String path, boolean forPatients) {
      return new Target(path, forPatients, List.of());
    }

    /** A read of the patient's JSON API, asked as the app asks it. */
    static Target api(String path) {
      return new Target(path, true, List.of(PROGRAM_TITLE), true);
    }

    PortalSession.Page openedBy(PortalSession person) {
      return api ? person.api("GET", path, null) : person.get(path);
    }

    /** Whether the chart's own person sees it all: every mark, or the handout. */
    boolean shows(PortalSession.Page answer) {
      return marks.isEmpty()
          ? isPdf(answer)
          : answer.status() == 200 && marks.stream().allMatch(answer.body()::contains);
    }

    /**
     * What of the chart an answer shows, whatever its status: an error page that names the chart
     * leaks as much as a page does, and one mark is enough.
     */
    List<String> shown(PortalSession.Page answer) {
      if (marks.isEmpty()) {
        return isPdf(answer) ? List.of("the handout") : List.of();
      }
      return marks.stream().filter(answer.body()::contains).toList();
    }
  }

  @BeforeAll
  static void findTheChart() throws Exception {
    try (Connection db = PortalDatabase.connect()) {
      patient =
          one(
              db,
              "select p.id from patient p join clinic c on c.id = p.tenant_id"
                  + " where c.code = 'demo' and p.record_number = 'D-0001'",
              0);
      assessments = all(db, "select id from assessment where patient_id = ? order by id", patient);
      signedAssessments =
          all(
              db,
              "select id from assessment where patient_id = ? and status = 'SIGNED' order by id",
              patient);
      program =
          one(
              db,
              "select id from home_program where patient_id = ? and status = 'ACTIVE'",
              patient);
      questionnaire =
          one(
              db,
              "select id from questionnaire where patient_id = ? and sent_at is null"
                  + " order by id limit 1",
              patient);
    }
  }

  private static List<Target> pages() {
    List<Target> pages = new ArrayList<>();
    pages.add(staffPage("/therapist/patients/chart.xhtml?id=" + patient));
    pages.add(programPage("/therapist/patients/chart.xhtml?id=" + patient + "&tab=program"));
    pages.add(staffPage("/therapist/patients/edit.xhtml?id=" + patient));
    for (long assessment : assessments) {
      pages.add(staffPage("/therapist/assessments/view.xhtml?id=" + assessment));
      pages.add(staffPage("/therapist/assessments/edit.xhtml?id=" + assessment));
    }
    for (long signed : signedAssessments) {
      pages.add(Target.pdf("/therapist/assessments/pdf?id=" + signed, false));
    }
    pages.add(programPage("/therapist/programs/view.xhtml?id=" + program));
    pages.add(programPage("/therapist/programs/edit.xhtml?id=" + program));
    pages.add(programPage("/therapist/programs/review.xhtml?id=" + patient));
    pages.add(Target.pdf("/program-handout?id=" + program, false));
    pages.add(new Target("/therapist/patients/fhir-record?id=" + patient, false, CHART_MARKS));
    pages.add(patientPage("/patient/index.xhtml"));
    pages.add(new Target("/patient/journal.xhtml", true, List.of("Jordan")));
    pages.add(patientPage("/patient/progress.xhtml"));
    pages.add(new Target("/patient/reminders.xhtml", true, List.of("j***@example.org")));
    pages.add(new Target("/patient/language.xhtml", true, List.of("Jordan")));
    pages.add(
        new Target(
            "/patient/questionnaire.xhtml?id=" + questionnaire, true, List.of("questions:next")));
    pages.add(Target.pdf("/program-handout", true));
    pages.add(new Target("/patient/my-record", true, CHART_MARKS));
    pages.add(Target.api("/api/patient/today"));
    return pages;
  }

  @Test
  void noOneOutsideTheChartSeesItOnAnyPage() throws Exception {
    Map<String, PortalSession> intruders = new LinkedHashMap<>();
    intruders.put("admin of another clinic", PortalSession.signedIn("northside", "admin"));
    intruders.put("therapist of another clinic", PortalSession.signedIn("northside", "therapist"));
    intruders.put("patient of another clinic", PortalSession.signedIn("northside", "patient"));
    intruders.put("another patient of the clinic", PortalSession.signedIn("demo", "patient2"));
    intruders.put("no one signed in", PortalSession.anonymous());
    PortalSession therapist = PortalSession.signedIn("demo", "therapist");
    PortalSession jordan = PortalSession.signedIn("demo", "patient");

    List<String> leaks = new ArrayList<>();
    List<String> unreached = new ArrayList<>();
    int attempts = 0;
    for (Target target : pages()) {
      PortalSession.Page own = target.openedBy(target.forPatients() ? jordan : therapist);
      if (!target.shows(own)) {
        unreached.add(target.path());
      }
      for (Map.Entry<String, PortalSession> intruder : intruders.entrySet()) {
        attempts++;
        PortalSession.Page answer = target.openedBy(intruder.getValue());
        List<String> shown = target.shown(answer);
        if (!shown.isEmpty()) {
          leaks.add(
              intruder.getKey()
                  + " → "
                  + target.path()
                  + " ("
                  + answer.status()
                  + ", "
                  + shown
                  + ")");
        }
      }
    }
    int pages = pages().size();
    String summary =
        String.format(
            "Page access: %d pages, %d intruders, %d attempts: %d showed nothing of the chart, %d"
                + " leaks; the chart's own people saw it on %d of %d pages%n",
            pages,
            intruders.size(),
            attempts,
            attempts - leaks.size(),
            leaks.size(),
            pages - unreached.size(),
            pages);
    LOG.info(summary);
    Files.writeString(Path.of("target", "page-access.txt"), summary + String.join("\n", leaks));
    assertEquals(List.of(), leaks, "pages that showed another person's chart");
    assertEquals(List.of(), unreached, "pages the chart's own people could not open");
  }

  @Test
  void anIdThatIsNotANumberOrNoRecordGetsTheNotFoundAnswerAndNoTrace() {
    PortalSession therapist = PortalSession.signedIn("demo", "therapist");
    int tried = 0;
    for (String page :
        List.of(
            "/therapist/patients/chart.xhtml?id=",
            "/therapist/patients/edit.xhtml?id=",
            "/therapist/assessments/view.xhtml?id=",
            "/therapist/assessments/edit.xhtml?id=",
            "/therapist/assessments/pdf?id=",
            "/therapist/programs/view.xhtml?id=",
            "/therapist/programs/edit.xhtml?id=",
            "/therapist/programs/review.xhtml?id=",
            "/program-handout?id=",
            "/therapist/patients/fhir-record?id=",
            "/exercise-picture?id=")) {
      for (String id : BAD_IDS) {
        tried++;
        PortalSession.Page answer = therapist.get(page + id);
        String where = page + id + " → " + answer.status();
        assertTrue(answer.status() == 200 || answer.status() == 404, where);
        assertFalse(TRACE.matcher(answer.body()).find(), where + " shows a trace");
        assertFalse(answer.body().contains("D-0001"), where);
      }
    }
    PortalSession jordan = PortalSession.signedIn("demo", "patient");
    for (String id : BAD_IDS) {
      tried++;
      PortalSession.Page answer = jordan.get("/patient/questionnaire.xhtml?id=" + id);
      String where = "/patient/questionnaire.xhtml?id=" + id + " → " + answer.status();
      assertTrue(answer.status() == 200 || answer.status() == 404, where);
      assertFalse(TRACE.matcher(answer.body()).find(), where + " shows a trace");
      assertFalse(answer.body().contains("questions:next"), where);
    }
    int count = tried;
    LOG.info(
        () -> "Page access: " + count + " malformed or unknown ids, none answered with a trace");
  }

  @Test
  void theChartSendsOnlyTheTabItOpensAt() {
    PortalSession therapist = PortalSession.signedIn("demo", "therapist");
    String chart = "/therapist/patients/chart.xhtml?id=" + patient;

    PortalSession.Page details = therapist.get(chart);
    assertTrue(details.body().contains("D-0001"), details.body());
    assertFalse(details.body().contains(PROGRAM_TITLE), "the details carry the program tab");
    assertFalse(details.body().contains("chart:tabs:assessmentList"));

    PortalSession.Page program = therapist.get(chart + "&tab=program");
    assertTrue(program.body().contains(PROGRAM_TITLE), program.body());
    assertFalse(program.body().contains("D-0001"), "the program tab carries the details");

    for (String tab : List.of("", "nonsense", "PROGRAM", "2", "%00", "%3Cscript%3E")) {
      PortalSession.Page answer = therapist.get(chart + "&tab=" + tab);
      assertEquals(200, answer.status(), tab);
      assertFalse(TRACE.matcher(answer.body()).find(), tab + " shows a trace");
      assertTrue(answer.body().contains("D-0001"), tab + " does not open the details");
    }
  }

  private static Target staffPage(String path) {
    return new Target(path, false, CHART_MARKS);
  }

  private static Target programPage(String path) {
    return new Target(path, false, List.of(PROGRAM_TITLE, "Jordan"));
  }

  private static Target patientPage(String path) {
    return new Target(path, true, List.of(PROGRAM_TITLE));
  }

  private static boolean isPdf(PortalSession.Page answer) {
    return answer.status() == 200
        && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf");
  }

  private static long one(Connection db, String sql, long parameter) throws Exception {
    List<Long> found = all(db, sql, parameter);
    if (found.size() != 1) {
      throw new IllegalStateException(found.size() + " rows for " + sql);
    }
    return found.get(0);
  }

  private static List<Long> all(Connection db, String sql, long parameter) throws Exception {
    try (PreparedStatement query = db.prepareStatement(sql)) {
      if (sql.contains("?")) {
        query.setLong(1, parameter);
      }
      List<Long> ids = new ArrayList<>();
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
      return ids;
    }
  }
}
