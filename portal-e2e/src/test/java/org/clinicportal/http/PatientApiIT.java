package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/**
 * The patient's JSON API over plain HTTP against the deployed portal: Jordan reads today's plan,
 * logs a round and writes an entry; no one else reads or writes Jordan's, whoever they are signed
 * in as, and every refusal is a small JSON body with its message key, never a page, a redirect or a
 * trace. Each refusal is tried only after the same call went through for Jordan in the same state.
 */
class PatientApiIT {

  private static final String PROGRAM_TITLE = "Right QL release and core";

  private static final Pattern TRACE =
      Pattern.compile("\\w+Exception|Caused by|\\sat (org|java|jakarta|com)\\.|Payara|GlassFish");

  private static final Json JSON = new Json();

  private long jordanId;
  private String day;
  private final List<Long> logsMade = new ArrayList<>();

  @BeforeEach
  void findJordan() throws SQLException {
    jordanId = PortalDatabase.demoPatientId("D-0001");
  }

  /** The rounds this test marked are open again, as the patient's pages and other tests expect. */
  @AfterEach
  void reopenTheRoundsMarked() throws SQLException {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement delete = db.prepareStatement("delete from exercise_log where id = ?")) {
      for (long id : logsMade) {
        delete.setLong(1, id);
        delete.executeUpdate();
      }
    }
  }

  @Test
  void onlyTheSignedInPatientReadsTheirPlanAndEveryoneElseIsRefusedInJson() {
    PortalSession jordan = PortalSession.signedIn("demo", "patient");
    PortalSession.Page today = jordan.api("GET", "/api/patient/today", null);
    assertEquals(200, today.status(), today.body());
    assertTrue(today.headers().firstValue("Content-Type").orElse("").contains("json"));
    assertEquals("no-store", today.headers().firstValue("Cache-Control").orElse(""));
    Map<String, Object> plan = read(today);
    assertEquals(PROGRAM_TITLE, ((Map<?, ?>) plan.get("program")).get("title"));
    List<?> exercises = (List<?>) plan.get("exercises");
    assertFalse(exercises.isEmpty(), today.body());
    String picture = (String) ((Map<?, ?>) exercises.get(0)).get("picture");
    assertTrue(picture.startsWith("/portal/"), picture);
    assertEquals(200, jordan.download(picture.substring("/portal".length())).statusCode());

    assertRefused(
        PortalSession.anonymous().api("GET", "/api/patient/today", null), 401, "api.signIn");
    assertRefused(
        PortalSession.signedIn("demo", "therapist").api("GET", "/api/patient/today", null),
        403,
        "access.refused");
    assertRefused(
        jordan.api("GET", "/api/patient/today", null, "X-Portal-Api", null), 400, "api.header");
    assertRefused(jordan.api("GET", "/api/patient/nothing", null), 404, "api.http.404");
    for (String other : List.of("demo/patient2", "northside/patient")) {
      String[] who = other.split("/");
      PortalSession.Page theirs =
          PortalSession.signedIn(who[0], who[1]).api("GET", "/api/patient/today", null);
      assertEquals(200, theirs.status(), other);
      assertFalse(theirs.body().contains(PROGRAM_TITLE), other + " read Jordan's plan");
    }
  }

  @Test
  void aRoundSentTwiceIsLoggedOnceAndNoOneElseCanLogOnJordansExercise() throws SQLException {
    PortalSession jordan = PortalSession.signedIn("demo", "patient");
    Map<String, Object> today = read(jordan.api("GET", "/api/patient/today", null));
    day = (String) today.get("day");
    List<?> exercises = (List<?>) today.get("exercises");
    Map<?, ?> exercise = (Map<?, ?>) exercises.get(exercises.size() - 1);
    long item = ((Number) exercise.get("item")).longValue();
    int round = firstOpenRound(exercise);
    String done = "{\"item\":" + item + ",\"round\":" + round + ",\"outcome\":\"DONE\"}";

    PortalSession.Page logged = jordan.api("POST", "/api/patient/rounds", done);
    assertEquals(200, logged.status(), logged.body());
    logsMade.addAll(logsOf(item, round));
    assertEquals("DONE", read(logged).get("outcome"));
    assertEquals(200, jordan.api("POST", "/api/patient/rounds", done).status());
    assertEquals(1, logsOf(item, round).size(), "the same round sent twice is one log");

    assertRefused(
        PortalSession.signedIn("demo", "patient2").api("POST", "/api/patient/rounds", done),
        404,
        "homecare.exercise.notFound");
    assertRefused(
        PortalSession.signedIn("northside", "patient").api("POST", "/api/patient/rounds", done),
        404,
        "homecare.exercise.notFound");
    assertRefused(
        PortalSession.signedIn("demo", "therapist").api("POST", "/api/patient/rounds", done),
        403,
        "access.refused");
    assertRefused(
        PortalSession.anonymous().api("POST", "/api/patient/rounds", done), 401, "api.signIn");

    assertRefused(
        jordan.api("POST", "/api/patient/rounds", done, "Origin", "https://elsewhere.example"),
        403,
        "api.crossSite");
    assertRefused(
        jordan.api("POST", "/api/patient/rounds", done, "Sec-Fetch-Site", "cross-site"),
        403,
        "api.crossSite");
    assertRefused(
        jordan.api("POST", "/api/patient/rounds", done, "X-Portal-Api", null), 400, "api.header");
    assertRefused(
        jordan.api("POST", "/api/patient/rounds", done, "Content-Type", "text/plain"),
        415,
        "api.http.415");
    assertRefused(jordan.api("POST", "/api/patient/rounds", "{\"item\":"), 400, "api.json");
    assertRefused(jordan.api("POST", "/api/patient/rounds", "[1,2]"), 400, "api.json");
    assertRefused(
        jordan.api(
            "POST",
            "/api/patient/rounds",
            "{\"item\":" + item + ",\"round\":99,\"outcome\":\"DONE\"}"),
        400,
        "homecare.round");
    assertRefused(
        jordan.api(
            "POST",
            "/api/patient/rounds",
            "{\"item\":" + item + ",\"round\":1,\"outcome\":\"MAYBE\"}"),
        400,
        "api.outcome");
    assertRefused(
        jordan.api(
            "POST",
            "/api/patient/rounds",
            "{\"item\":" + item + ",\"round\":1,\"outcome\":\"SKIPPED\"}"),
        400,
        "homecare.skipReason");
    LocalDate planDay = LocalDate.parse(day);
    for (String[] dated :
        List.of(
            new String[] {planDay.plusDays(1).toString(), "homecare.day.future"},
            new String[] {planDay.minusDays(8).toString(), "homecare.day.tooLongAgo"},
            new String[] {"yesterday", "api.day"})) {
      assertRefused(
          jordan.api(
              "POST", "/api/patient/rounds", done.replace("{", "{\"day\":\"" + dated[0] + "\",")),
          400,
          dated[1]);
    }
    assertEquals(
        List.of(round),
        logsOfItem(item).stream().map(log -> (int) log[1]).toList(),
        "no refused call logged anything");
  }

  @Test
  void anEntrySentTwiceIsKeptOnceAndOutOfRangeAnswersKeepNothing() throws SQLException {
    PortalSession jordan = PortalSession.signedIn("demo", "patient");
    String key = UUID.randomUUID().toString();
    String entry =
        "{\"key\":\""
            + key
            + "\",\"painBefore\":4,\"painAfter\":3,\"effort\":5,\"note\":\"\",\"saddleNumbness\":false,"
            + "\"bladderOrBowel\":false,\"legWeakness\":false,\"fever\":false}";

    PortalSession.Page written = jordan.api("POST", "/api/patient/journal", entry);
    assertEquals(200, written.status(), written.body());
    assertEquals(Boolean.FALSE, read(written).get("safetyConcern"));
    PortalSession.Page again = jordan.api("POST", "/api/patient/journal", entry);
    assertEquals(read(written).get("id"), read(again).get("id"), "the same key is the same entry");
    assertEquals(1, entriesWithKey(key));

    String other = UUID.randomUUID().toString();
    assertRefused(
        jordan.api(
            "POST",
            "/api/patient/journal",
            entry.replace(key, other).replace("\"painBefore\":4", "\"painBefore\":11")),
        400,
        "journal.pain");
    assertRefused(
        jordan.api(
            "POST",
            "/api/patient/journal",
            entry.replace(key, other).replace(",\"fever\":false", "")),
        400,
        "journal.safety");
    assertRefused(
        jordan.api("POST", "/api/patient/journal", entry.replace(key, "not-a-key")),
        400,
        "api.key");
    assertRefused(
        jordan.api(
            "POST",
            "/api/patient/journal",
            entry.replace(key, other).replace("\"effort\":5", "\"effort\":\"lots\"")),
        400,
        "api.json");
    assertRefused(
        PortalSession.signedIn("demo", "therapist")
            .api("POST", "/api/patient/journal", entry.replace(key, other)),
        403,
        "access.refused");
    String tomorrow = LocalDate.parse(dayOfPlan(jordan)).plusDays(1).toString();
    assertRefused(
        jordan.api(
            "POST",
            "/api/patient/journal",
            entry.replace(key, other).replace("{", "{\"day\":\"" + tomorrow + "\",")),
        400,
        "homecare.day.future");
    assertEquals(0, entriesWithKey(other), "no refused entry was kept");

    String yesterday = LocalDate.parse(dayOfPlan(jordan)).minusDays(1).toString();
    PortalSession.Page late =
        jordan.api(
            "POST",
            "/api/patient/journal",
            entry.replace(key, other).replace("{", "{\"day\":\"" + yesterday + "\","));
    assertEquals(200, late.status(), late.body());
    assertEquals(yesterday, read(late).get("day"), "an entry sent late keeps its own day");

    PortalSession.Page progress = jordan.api("GET", "/api/patient/progress", null);
    assertEquals(200, progress.status(), progress.body());
    assertFalse(((List<?>) read(progress).get("pain")).isEmpty());
  }

  @Test
  void theOfflineAppIsServedToThePatientAloneUnderAStrictPolicy() {
    PortalSession jordan = PortalSession.signedIn("demo", "patient");
    PortalSession.Page app = jordan.get("/patient/app/");
    assertEquals(200, app.status(), app.path());
    String policy = app.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(policy.contains("script-src 'self';"), policy);
    assertFalse(policy.contains("unsafe"), policy);
    assertTrue(app.body().contains("app.js"), app.body());
    assertEquals(200, jordan.get("/patient/sw.js").status());
    PortalSession.Page manifest = jordan.get("/patient/app.webmanifest");
    assertEquals(200, manifest.status());
    Map<String, Object> read = read(manifest);
    assertEquals("Demo Physio & Chiro exercises", read.get("name"));
    assertEquals("/portal/patient/app/", read.get("start_url"));
    assertEquals("/portal/patient/", read.get("scope"));

    for (String path : List.of("/patient/app/", "/patient/sw.js", "/patient/app.webmanifest")) {
      PortalSession.Page anonymous = PortalSession.anonymous().get(path);
      assertTrue(anonymous.path().startsWith("/signin.xhtml"), path + " → " + anonymous.path());
      PortalSession.Page therapist = PortalSession.signedIn("demo", "therapist").get(path);
      assertEquals(403, therapist.status(), path);
      assertFalse(therapist.body().contains("Demo Physio & Chiro exercises"), path);
    }
  }

  private static void assertRefused(PortalSession.Page answer, int status, String key) {
    assertEquals(status, answer.status(), answer.body());
    assertTrue(answer.headers().firstValue("Location").isEmpty(), "no redirect");
    assertTrue(
        answer.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
        answer.headers().toString());
    Map<String, Object> problem = read(answer);
    assertEquals(key, problem.get("error"), answer.body());
    assertNotNull(problem.get("message"));
    assertFalse(((String) problem.get("message")).equals(key), "the key has words: " + key);
    assertFalse(TRACE.matcher(answer.body()).find(), answer.body());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> read(PortalSession.Page page) {
    return JSON.toType(page.body(), Map.class);
  }

  private static String dayOfPlan(PortalSession patient) {
    return (String) read(patient.api("GET", "/api/patient/today", null)).get("day");
  }

  private static int firstOpenRound(Map<?, ?> exercise) {
    return ((List<?>) exercise.get("rounds"))
        .stream()
            .map(round -> (Map<?, ?>) round)
            .filter(round -> round.get("outcome") == null)
            .map(round -> ((Number) round.get("round")).intValue())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no open round today: " + exercise));
  }

  private List<Long> logsOf(long item, int round) throws SQLException {
    return logsOfItem(item).stream().filter(log -> log[1] == round).map(log -> log[0]).toList();
  }

  /** The logs of a program item on the plan's day: their ids and rounds. */
  private List<long[]> logsOfItem(long item) throws SQLException {
    List<long[]> logs = new ArrayList<>();
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select id, round from exercise_log where program_item_id = ? and patient_id = ?"
                    + " and performed_on = cast(? as date) order by id")) {
      query.setLong(1, item);
      query.setLong(2, jordanId);
      query.setString(3, day);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          logs.add(new long[] {rows.getLong(1), rows.getInt(2)});
        }
      }
    }
    return logs;
  }

  private static int entriesWithKey(String key) throws SQLException {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query =
            db.prepareStatement("select count(*) from journal_entry where submission_key = ?")) {
      query.setString(1, key);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
