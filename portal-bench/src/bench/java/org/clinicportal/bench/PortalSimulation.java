package org.clinicportal.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.form;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load: therapists of the 100,000-patient clinic and of the 1,000-patient clinic, and patients
 * of the generated clinics, each walking the portal's pages as a browser does (Faces view state,
 * PrimeFaces ajax posts with the page's nonce), reading each page for two to six seconds; beside
 * them a few visitors ask for one static file, the floor every page is compared with. First a
 * therapist of each clinic and a patient walk every page once to warm the server up; then, before
 * anyone else signs in, one visitor asks for the same file on the idle server: the idle floor,
 * which the floor under load is held to. Everyone signs in during the ramp; the pages are walked
 * once all are in, for the hold.
 *
 * <p>System properties: {@code bench.baseUrl}, {@code bench.users} (100 portal users, half
 * therapists), {@code bench.rampSeconds} (30), {@code bench.holdSeconds} (180), {@code
 * bench.thinkMin} and {@code bench.thinkMax} (2 and 6 seconds between steps), {@code bench.out}
 * (where {@link BenchData} wrote the people and where the statement counts go), and {@code
 * bench.reminders} (0): when more, the {@link ReminderMinute} falls {@code bench.reminderDelay}
 * seconds (150) into the measured load, and {@code bench.smtpPort} (29025) is where the portal
 * hands its mail to the {@link SmtpSink}; with {@code bench.reminderBaseline} true, the minute's
 * reminders are off and the run keeps its pages as the baseline of the runs with them.
 */
public class PortalSimulation extends Simulation {

  static final String FLOOR = "floor: static file";

  /** Every counted page's response time, written in runs of the reminder minute. */
  static final String PAGE_TIMES_FILE = "page-times.csv";

  /** The same request as the floor, asked on the idle server before the load starts. */
  static final String IDLE_FLOOR = "idle floor: static file";

  /** The start of the names of requests that warm the server up and count towards no target. */
  static final String WARM_UP_PREFIX = "warm-up: ";

  /** Requests that warm the server's path to the static file before the idle floor counts. */
  static final String WARM_UP = WARM_UP_PREFIX + "static file";

  private static final String STYLE_SHEET = "/jakarta.faces.resource/css/portal.css.xhtml";
  private static final int WARM_UP_REQUESTS = 20;
  private static final int IDLE_REQUESTS = 60;
  private static final Duration IDLE_GAP = Duration.ofMillis(200);

  /** How long the idle floor takes before the load starts: its requests, their gaps and slack. */
  private static final Duration IDLE_PHASE =
      IDLE_GAP.multipliedBy(WARM_UP_REQUESTS + IDLE_REQUESTS).plusSeconds(5);

  /** The most the warm-up's three walks may take. */
  private static final Duration WARM_UP_PHASE = Duration.ofSeconds(120);

  private static final String PASSWORD = "Hamstring!Kettle-48";
  private static final Pattern STATEMENTS = Pattern.compile("sql;desc=\"(\\d+) statements\"");

  /** Statements per answer, by request name: the fewest and the most seen. */
  private static final Map<String, int[]> STATEMENT_RANGE = new ConcurrentHashMap<>();

  private final String baseUrl =
      System.getProperty("bench.baseUrl", "http://localhost:29080/portal");
  private final int users = Integer.getInteger("bench.users", 100);
  private final Duration ramp = Duration.ofSeconds(Integer.getInteger("bench.rampSeconds", 30));
  private final Duration hold = Duration.ofSeconds(Integer.getInteger("bench.holdSeconds", 180));
  private final Path out = Path.of(System.getProperty("bench.out", "target/bench"));
  private ProcessorSeconds processorSeconds;

  /** The response time of every page answered while the load is measured, for the windows. */
  private static final Queue<ReminderReport.PageTime> PAGE_TIMES = new ConcurrentLinkedQueue<>();

  private final int reminders = Integer.getInteger("bench.reminders", 0);
  private final Duration reminderDelay =
      Duration.ofSeconds(Integer.getInteger("bench.reminderDelay", 150));
  private final boolean reminderBaseline = Boolean.getBoolean("bench.reminderBaseline");
  private SmtpSink mailSink;
  private AutovacuumStandIn autovacuum;

  /** How long after their time the reminders are waited for at most. */
  private static final Duration MAIL_WAIT = Duration.ofMinutes(10);

  private volatile CompletableFuture<ReminderMinute.Due> reminderMinute;

  /** When everyone is in and the pages are counted: the ramp's end, once the idle floor ends. */
  private volatile Instant measuredFrom = Instant.MAX;

  private final Duration thinkMin = Duration.ofSeconds(Integer.getInteger("bench.thinkMin", 2));
  private final Duration thinkMax = Duration.ofSeconds(Integer.getInteger("bench.thinkMax", 6));

  {
    int therapists = users / 2;
    int largeTherapists = Math.max(1, therapists * 4 / 5);
    int smallTherapists = Math.max(1, therapists - largeTherapists);
    int patients = Math.max(1, users - therapists);
    int floorUsers = Math.max(1, users / 10);
    Duration loop = hold;
    HttpProtocolBuilder protocol =
        http.baseUrl(baseUrl)
            .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
            .acceptLanguageHeader("en")
            .userAgentHeader("portal-benchmark")
            .disableCaching();
    List<PopulationBuilder> populations = new ArrayList<>();
    populations.add(
        therapistScenario("therapist · 100k", "100k", therapistsOf(BenchData.LARGE), loop)
            .injectClosed(open(largeTherapists)));
    populations.add(
        therapistScenario("therapist · 1k", "1k", therapistsOf(BenchData.SMALL), loop)
            .injectClosed(open(smallTherapists)));
    populations.add(patientScenario(loop).injectClosed(open(patients)));
    populations.add(floorScenario(loop).injectClosed(open(floorUsers)));
    setUp(warmUp(idleFloorScenario().injectOpen(atOnceUsers(1)).andThen(populations)))
        .protocols(protocol)
        .maxDuration(IDLE_PHASE.plus(ramp).plus(hold).plusSeconds(90).plus(WARM_UP_PHASE));
  }

  private io.gatling.javaapi.core.ClosedInjectionStep[] open(int count) {
    return new io.gatling.javaapi.core.ClosedInjectionStep[] {
      rampConcurrentUsers(0).to(count).during(ramp), constantConcurrentUsers(count).during(hold)
    };
  }

  private List<Map<String, Object>> therapistsOf(String clinic) {
    List<Map<String, Object>> rows =
        new ArrayList<>(
            csv(out.resolve("therapists.csv").toString()).readRecords().stream()
                .filter(row -> clinic.equals(row.get("clinic")))
                .toList());
    if (rows.isEmpty()) {
      throw new IllegalStateException("No generated patients on a program in " + clinic);
    }
    Collections.shuffle(rows, new Random(7));
    return rows;
  }

  private ScenarioBuilder therapistScenario(
      String name, String size, List<Map<String, Object>> people, Duration loop) {
    return scenario(name)
        .feed(listFeeder(people).circular())
        .exec(session -> session.set("size", size))
        .exec(signIn("", "therapist"))
        .pause(session -> untilEveryoneIsIn())
        .pause(thinkMin, thinkMax)
        .during(loop)
        .on(therapistSteps("", size, thinkMin, thinkMax));
  }

  /**
   * A therapist's walk: the patient list, a search, a chart, an assessment, the program tab, the
   * next version of the program in the editor, assigning it, and the clinic's outcomes of the last
   * 90 days; {@code prefix} names the requests of the warm-up apart.
   */
  private static ChainBuilder therapistSteps(
      String prefix, String size, Duration thinkMin, Duration thinkMax) {
    return step(
            prefix + "patient list · " + size,
            http(prefix + "patient list · " + size)
                .get("/therapist/patients/index.xhtml")
                .check(viewState(), nonce()))
        .pause(thinkMin, thinkMax)
        .exec(
            step(
                prefix + "search · " + size,
                ajax(prefix + "search · " + size, "/therapist/patients/index.xhtml", "patients")
                    .formParam("jakarta.faces.source", "patients:q")
                    .formParam("jakarta.faces.partial.execute", "patients:q")
                    .formParam("jakarta.faces.partial.render", "patients:table")
                    .formParam("jakarta.faces.behavior.event", "keyup")
                    .formParam("jakarta.faces.partial.event", "keyup")
                    .formParam("patients:q", session -> searchTerm(session))
                    .check(substring("portal-patient-link"))))
        .pause(thinkMin, thinkMax)
        .exec(session -> session.remove("draftId"))
        .exec(
            step(
                prefix + "chart · " + size,
                http(prefix + "chart · " + size)
                    .get("/therapist/patients/chart.xhtml?id=#{patientId}")
                    .check(substring("#{lastName}"), viewState(), nonce())))
        .pause(thinkMin, thinkMax)
        .exec(
            step(
                prefix + "assessment · " + size,
                http(prefix + "assessment · " + size)
                    .get("/therapist/assessments/view.xhtml?id=#{assessmentId}")
                    .check(substring("#{lastName}"))))
        .pause(thinkMin, thinkMax)
        .exec(
            step(
                prefix + "program tab · " + size,
                ajax(
                        prefix + "program tab · " + size,
                        "/therapist/patients/chart.xhtml?id=#{patientId}",
                        "chart")
                    .formParam("jakarta.faces.source", "chart:tabs")
                    .formParam("jakarta.faces.partial.execute", "chart:tabs")
                    .formParam("jakarta.faces.partial.render", "chart:tabs")
                    .formParam("chart:tabs_contentLoad", "true")
                    .formParam("chart:tabs_currentTab", "chart:tabs:program")
                    .formParam("chart:tabs_tabindex", "2")
                    .formParam("chart:tabs_activeIndex", "2")
                    .check(
                        substring("chart:tabs:programVersions"),
                        regex("programs/edit\\.xhtml\\?id=(\\d+)").optional().saveAs("draftId"))))
        .pause(thinkMin, thinkMax)
        .doIf(session -> !session.contains("draftId"))
        .then(
            step(
                prefix + "change program · " + size,
                ajax(
                        prefix + "change program · " + size,
                        "/therapist/patients/chart.xhtml?id=#{patientId}",
                        "chart")
                    .formParam("jakarta.faces.source", "chart:tabs:changeProgram")
                    .formParam("jakarta.faces.partial.execute", "chart:tabs:changeProgram")
                    .formParam("jakarta.faces.partial.render", "chart")
                    .formParam("chart:tabs:changeProgram", "chart:tabs:changeProgram")
                    .check(
                        regex("<redirect url=\"[^\"]*edit\\.xhtml\\?id=(\\d+)").saveAs("draftId"))))
        .exec(
            step(
                prefix + "program editor · " + size,
                http(prefix + "program editor · " + size)
                    .get("/therapist/programs/edit.xhtml?id=#{draftId}")
                    .check(viewState(), nonce(), form("#program").saveAs("programForm"))))
        .pause(thinkMin, thinkMax)
        .exec(
            step(
                prefix + "assign program · " + size,
                http(prefix + "assign program · " + size)
                    .post("/therapist/programs/edit.xhtml?id=#{draftId}")
                    .header("Faces-Request", "partial/ajax")
                    .formParamMap(
                        session ->
                            formWith(
                                session,
                                "programForm",
                                Map.of(
                                    "jakarta.faces.partial.ajax", "true",
                                    "jakarta.faces.source", "program:assign",
                                    "jakarta.faces.partial.execute", "program",
                                    "jakarta.faces.partial.render", "program",
                                    "program:assign", "program:assign",
                                    "program:startsOn", LocalDate.now().toString(),
                                    "program:reviewOn", LocalDate.now().plusDays(42).toString())))
                    .check(regex("<redirect url=\"[^\"]*programs/view\\.xhtml"))))
        .pause(thinkMin, thinkMax)
        .exec(
            step(
                prefix + "outcomes · " + size,
                http(prefix + "outcomes · " + size)
                    .get("/outcomes/index.xhtml")
                    .check(substring("outcomes:summaries"), substring("clinicTotals"))))
        .pause(thinkMin, thinkMax);
  }

  private ScenarioBuilder patientScenario(Duration loop) {
    return scenario("patient")
        .feed(listFeeder(patientsToSignIn()).circular())
        .exec(signIn("", "patient"))
        .pause(session -> untilEveryoneIsIn())
        .pause(thinkMin, thinkMax)
        .during(loop)
        .on(patientSteps("", thinkMin, thinkMax));
  }

  private List<Map<String, Object>> patientsToSignIn() {
    List<Map<String, Object>> people =
        new ArrayList<>(csv(out.resolve("patients.csv").toString()).readRecords());
    Collections.shuffle(people, new Random(11));
    return people;
  }

  /** A patient's walk: today's plan, the journal, and an entry saved. */
  private static ChainBuilder patientSteps(String prefix, Duration thinkMin, Duration thinkMax) {
    return step(
            prefix + "today's plan",
            http(prefix + "today's plan").get("/patient/index.xhtml").check(substring("today")))
        .pause(thinkMin, thinkMax)
        .exec(
            step(
                prefix + "journal",
                http(prefix + "journal")
                    .get("/patient/journal.xhtml")
                    .check(viewState(), nonce(), form("#journal").saveAs("journalForm"))))
        .pause(thinkMin, thinkMax)
        .exec(
            step(
                prefix + "journal entry",
                http(prefix + "journal entry")
                    .post("/patient/journal.xhtml")
                    .header("Faces-Request", "partial/ajax")
                    .formParamMap(
                        session ->
                            formWith(
                                session,
                                "journalForm",
                                Map.ofEntries(
                                    Map.entry("jakarta.faces.partial.ajax", "true"),
                                    Map.entry("jakarta.faces.source", "journal:save"),
                                    Map.entry("jakarta.faces.partial.execute", "journal"),
                                    Map.entry(
                                        "jakarta.faces.partial.render",
                                        "journal:entryPanel journal:messages" + " journal:entries"),
                                    Map.entry("journal:save", "journal:save"),
                                    Map.entry("journal:painBefore", "4"),
                                    Map.entry("journal:painAfter", "3"),
                                    Map.entry("journal:effort", "5"),
                                    Map.entry("journal:note", "Did the release and the stretches"),
                                    Map.entry("journal:saddle", "false"),
                                    Map.entry("journal:bladder", "false"),
                                    Map.entry("journal:weakness", "false"),
                                    Map.entry("journal:fever", "false"))))
                    .check(substring("Your entry is saved."))))
        .pause(thinkMin, thinkMax);
  }

  /**
   * One therapist of each clinic and one patient walk every page once, one after the other, before
   * anything is counted: the server has then compiled each page and run each query, as a server
   * does in its first minutes of use. Their requests are named {@value #WARM_UP_PREFIX}... and
   * count towards no target.
   */
  private PopulationBuilder warmUp(PopulationBuilder then) {
    Duration quick = Duration.ofMillis(200);
    ScenarioBuilder large =
        scenario("warm-up · therapist · 100k")
            .feed(listFeeder(therapistsOf(BenchData.LARGE)))
            .exec(signIn(WARM_UP_PREFIX, "therapist"))
            .exec(therapistSteps(WARM_UP_PREFIX, "100k", quick, quick));
    ScenarioBuilder small =
        scenario("warm-up · therapist · 1k")
            .feed(listFeeder(therapistsOf(BenchData.SMALL)))
            .exec(signIn(WARM_UP_PREFIX, "therapist"))
            .exec(therapistSteps(WARM_UP_PREFIX, "1k", quick, quick));
    ScenarioBuilder patient =
        scenario("warm-up · patient")
            .feed(listFeeder(patientsToSignIn()))
            .exec(signIn(WARM_UP_PREFIX, "patient"))
            .exec(patientSteps(WARM_UP_PREFIX, quick, quick));
    return large
        .injectOpen(atOnceUsers(1))
        .andThen(
            small
                .injectOpen(atOnceUsers(1))
                .andThen(patient.injectOpen(atOnceUsers(1)).andThen(then)));
  }

  /** One visitor asking for the style sheet on the idle server, first to warm up, then counted. */
  private ScenarioBuilder idleFloorScenario() {
    return scenario("idle floor")
        .repeat(WARM_UP_REQUESTS)
        .on(exec(http(WARM_UP).get(STYLE_SHEET).check(status().is(200))).pause(IDLE_GAP))
        .repeat(IDLE_REQUESTS)
        .on(exec(http(IDLE_FLOOR).get(STYLE_SHEET).check(status().is(200))).pause(IDLE_GAP))
        .exec(
            session -> {
              measuredFrom = Instant.now().plus(ramp).plusSeconds(15);
              if (reminders > 0) {
                Instant notBefore = measuredFrom.plus(reminderDelay);
                reminderMinute =
                    CompletableFuture.supplyAsync(
                        () -> ReminderMinute.schedule(notBefore, !reminderBaseline));
              }
              return session;
            });
  }

  private ScenarioBuilder floorScenario(Duration loop) {
    return scenario("floor")
        .pause(session -> untilEveryoneIsIn())
        .pause(thinkMin, thinkMax)
        .during(loop)
        .on(exec(http(FLOOR).get(STYLE_SHEET).check(status().is(200))).pause(thinkMin, thinkMax));
  }

  static ChainBuilder signIn(String prefix, String role) {
    return exec(http(prefix + "sign-in page")
            .get("/signin.xhtml")
            .check(viewState(), form("#signin").saveAs("signinForm")))
        .pause(1, 2)
        .exec(
            http(prefix + "sign in")
                .post("/signin.xhtml")
                .formParamMap(
                    session ->
                        formWith(
                            session,
                            "signinForm",
                            Map.of(
                                "signin:clinic",
                                session.getString("clinic"),
                                "signin:username",
                                session.getString("username"),
                                "signin:password",
                                PASSWORD,
                                "signin:submit",
                                "")))
                .check(currentLocation().transform(url -> url.contains("/" + role + "/")).is(true)))
        .pause(1, 2);
  }

  /**
   * The fields of a form as the page gave them, with some changed as a person fills them in, and
   * the nonce PrimeFaces checks on every ajax post.
   */
  private static Map<String, Object> formWith(
      Session session, String form, Map<String, Object> changed) {
    Map<String, Object> fields = new java.util.LinkedHashMap<>(session.getMap(form));
    fields.putAll(changed);
    if (session.contains("nonce")) {
      fields.put("primefaces.nonce", session.getString("nonce"));
    }
    return fields;
  }

  /** A PrimeFaces ajax post of a form, with the page's view state and nonce. */
  private static HttpRequestActionBuilder ajax(String name, String path, String form) {
    return http(name)
        .post(path)
        .header("Faces-Request", "partial/ajax")
        .formParam("jakarta.faces.partial.ajax", "true")
        .formParam(form, form)
        .formParam("jakarta.faces.ViewState", "#{viewState}")
        .formParam("primefaces.nonce", "#{nonce}");
  }

  /** A request whose answer's statement count and response time are recorded under its name. */
  private static ChainBuilder step(String name, HttpRequestActionBuilder request) {
    return exec(request.check(
            header("Server-Timing").optional().saveAs("sql"),
            responseTimeInMillis().saveAs("millis")))
        .exec(
            session -> {
              record(name, session.getString("sql"));
              if (!name.startsWith(WARM_UP_PREFIX) && session.contains("millis")) {
                PAGE_TIMES.add(
                    new ReminderReport.PageTime(
                        name, System.currentTimeMillis(), session.getInt("millis")));
              }
              return session.remove("sql").remove("millis");
            });
  }

  private static void record(String name, String serverTiming) {
    if (serverTiming == null) {
      return;
    }
    Matcher matcher = STATEMENTS.matcher(serverTiming);
    if (!matcher.find()) {
      return;
    }
    int statements = Integer.parseInt(matcher.group(1));
    STATEMENT_RANGE.merge(
        name,
        new int[] {statements, statements},
        (seen, now) -> new int[] {Math.min(seen[0], now[0]), Math.max(seen[1], now[1])});
  }

  /**
   * The wait of a user who has signed in until the ramp is over: pages are measured while all the
   * users are in, the sign-ins of the ramp before.
   */
  private Duration untilEveryoneIsIn() {
    Duration left = Duration.between(Instant.now(), measuredFrom);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** The first letters of the patient's last name, as a receptionist types them. */
  private static String searchTerm(Session session) {
    String lastName = session.getString("lastName");
    return lastName.substring(0, Math.min(4, lastName.length())).toLowerCase();
  }

  private static CheckBuilder viewState() {
    return css("input[name='jakarta.faces.ViewState']", "value").saveAs("viewState");
  }

  private static CheckBuilder nonce() {
    return regex("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").saveAs("nonce");
  }

  @Override
  public void before() {
    autovacuum = AutovacuumStandIn.startIfOff();
    processorSeconds = ProcessorSeconds.start();
    if (reminders > 0) {
      try {
        mailSink =
            SmtpSink.start(Integer.getInteger("bench.smtpPort", 29025), ReminderMinute.DOMAIN);
      } catch (IOException e) {
        throw new UncheckedIOException("The benchmark's mail server could not start", e);
      }
    }
  }

  /**
   * Waits, after the load, for the reminders still on their way, up to {@link #MAIL_WAIT} from
   * their time: a slow hand-over is then measured to its end rather than cut off with the load.
   */
  private void awaitMail(ReminderMinute.Due due) {
    Instant limit = due.at().plus(MAIL_WAIT);
    while (mailSink.tally().messages() < due.patients() && Instant.now().isBefore(limit)) {
      try {
        Thread.sleep(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Every counted page's name, when it was answered counted from {@code fromMillis}, and time. */
  private static List<String> pageTimes(long fromMillis) {
    List<String> times = new ArrayList<>(List.of("request,atMillis,millis"));
    PAGE_TIMES.forEach(
        t -> times.add(t.name() + "," + (t.atMillis() - fromMillis) + "," + t.millis()));
    return times;
  }

  @Override
  public void after() {
    List<String> lines = new ArrayList<>(List.of("request,fewest,most"));
    STATEMENT_RANGE.forEach((name, range) -> lines.add(name + "," + range[0] + "," + range[1]));
    try {
      Files.createDirectories(out);
      Files.write(out.resolve("statements.csv"), lines);
      processorSeconds.stopAndWrite(out.resolve(ProcessorSeconds.FILE));
      Files.deleteIfExists(out.resolve(ReminderMinute.FILE));
      if (mailSink != null) {
        ReminderMinute.Due due = reminderMinute == null ? null : reminderMinute.join();
        if (due != null) {
          if (due.sent()) {
            awaitMail(due);
          }
          ReminderMinute.write(out, due, mailSink.tally(), measuredFrom);
        }
        mailSink.close();
        Files.write(out.resolve(PAGE_TIMES_FILE), pageTimes(0));
        if (due != null && !due.sent()) {
          Files.write(
              out.resolve(ReminderMinute.BASELINE_FILE), pageTimes(due.at().toEpochMilli()));
        }
      }
      Files.deleteIfExists(out.resolve(AutovacuumStandIn.FILE));
      if (autovacuum != null) {
        autovacuum.stopAndWrite(out.resolve(AutovacuumStandIn.FILE));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
