package org.clinicportal.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Phones coming back online at once: {@code bench.patients} patients (200) of the generated clinics
 * sign in during the ramp and read today's plan as the offline app does; at one instant each sends
 * the {@code bench.items} items (20) its app kept offline, one after the other as the app's outbox
 * does (rounds of the last three days, done or skipped, and journal entries, each with its own key
 * and day), and then the last of them once more, as a phone does whose answer was lost. Reported:
 * the response time per item, the time from that instant until every outbox is empty, and whether
 * the portal holds every item exactly once.
 */
public class ReconnectSimulation extends Simulation {

  static final String FILE = "reconnect.md";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String JOURNAL = "journal";
  private static final String ROUNDS = "rounds";

  private final String baseUrl =
      System.getProperty("bench.baseUrl", "http://localhost:29080/portal");
  private final int patients = Integer.getInteger("bench.patients", 200);
  private final int items = Integer.getInteger("bench.items", 20);
  private final Duration ramp = Duration.ofSeconds(Integer.getInteger("bench.rampSeconds", 60));
  private final Path out = Path.of(System.getProperty("bench.out", "target/bench"));

  /** When every phone sends: the ramp's end and some slack for the last sign-ins. */
  private volatile Instant burst = Instant.MAX;

  private final Queue<Long> itemMillis = new ConcurrentLinkedQueue<>();
  private final Queue<String> journalKeys = new ConcurrentLinkedQueue<>();
  private final AtomicInteger roundsSent = new AtomicInteger();
  private final AtomicInteger outboxesEmptied = new AtomicInteger();
  private final AtomicReference<Instant> lastEmptied = new AtomicReference<>(Instant.MIN);

  {
    setUp(
            scenario("phone back online")
                .feed(listFeeder(patientsToSignIn()))
                .exec(PortalSimulation.signIn("", "patient"))
                .exec(
                    api(http("today's plan").get("/api/patient/today"))
                        .check(bodyString().saveAs("today")))
                .exec(this::outbox)
                .pause(session -> untilTheBurst())
                .repeat(session -> session.getList("outbox").size(), "i")
                .on(send("item"))
                .exec(session -> session.set("i", session.getList("outbox").size() - 1))
                .exec(send("the last item again"))
                .exec(this::emptied)
                .injectOpen(rampUsers(patients).during(ramp)))
        .protocols(
            http.baseUrl(baseUrl)
                .acceptLanguageHeader("en")
                .userAgentHeader("portal-benchmark")
                .disableCaching())
        .maxDuration(ramp.plusMinutes(10));
  }

  private List<Map<String, Object>> patientsToSignIn() {
    List<Map<String, Object>> people =
        new ArrayList<>(csv(out.resolve("patients.csv").toString()).readRecords());
    Collections.shuffle(people, new Random(23));
    if (people.size() < patients) {
      throw new IllegalStateException("Only " + people.size() + " patients on a program");
    }
    return people.subList(0, patients);
  }

  private HttpRequestActionBuilder api(HttpRequestActionBuilder request) {
    return request
        .header("X-Portal-Api", "1")
        .header("Accept", "application/json")
        .header("Sec-Fetch-Site", "same-origin")
        .check(status().is(200));
  }

  private ChainBuilder send(String name) {
    return exec(api(http(name)
                .post(session -> "/api/patient/" + item(session)[0])
                .header("Content-Type", "application/json")
                .body(StringBody(session -> item(session)[1])))
            .check(responseTimeInMillis().saveAs("millis")))
        .exec(
            session -> {
              if (session.contains("millis") && !session.isFailed()) {
                itemMillis.add(session.getLong("millis"));
              }
              return session.remove("millis");
            });
  }

  private static String[] item(Session session) {
    return session.<String[]>getList("outbox").get(session.getInt("i"));
  }

  /**
   * What the phone kept offline: a round of each exercise on each of the last three days, done or
   * now and then skipped, until the items are made but four, and journal entries for the rest.
   */
  private Session outbox(Session session) {
    if (session.isFailed()) {
      return session.set("outbox", List.of());
    }
    JsonNode plan;
    try {
      plan = JSON.readTree(session.getString("today"));
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
    LocalDate today = LocalDate.parse(plan.get("day").asText());
    JsonNode exercises = plan.get("exercises");
    List<String[]> outbox = new ArrayList<>();
    int wanted = items - Math.min(4, items);
    for (int back = 2; back >= 0 && outbox.size() < wanted; back--) {
      for (int e = 0; e < exercises.size() && outbox.size() < wanted; e++) {
        int roundsOfDay = exercises.get(e).get("rounds").size();
        for (int round = 1; round <= roundsOfDay && outbox.size() < wanted; round++) {
          boolean skipped = outbox.size() % 5 == 4;
          outbox.add(
              new String[] {
                ROUNDS,
                String.format(
                    "{\"item\":%s,\"day\":\"%s\",\"round\":%d,\"outcome\":\"%s\",\"reason\":%s}",
                    exercises.get(e).get("item").asLong(),
                    today.minusDays(back),
                    round,
                    skipped ? "SKIPPED" : "DONE",
                    skipped ? "\"NO_TIME\"" : "null")
              });
        }
      }
    }
    roundsSent.addAndGet(outbox.size());
    for (int n = 0; outbox.size() < items; n++) {
      String key = UUID.randomUUID().toString();
      journalKeys.add(key);
      outbox.add(
          new String[] {
            JOURNAL,
            String.format(
                "{\"key\":\"%s\",\"day\":\"%s\",\"painBefore\":%d,\"painAfter\":%d,\"effort\":4,"
                    + "\"note\":\"Offline session\",\"saddleNumbness\":false,"
                    + "\"bladderOrBowel\":false,\"legWeakness\":false,\"fever\":false}",
                key, today.minusDays(n % 3), 5 - n % 2, 4 - n % 2)
          });
    }
    return session.set("outbox", outbox);
  }

  private Session emptied(Session session) {
    if (!session.isFailed()) {
      outboxesEmptied.incrementAndGet();
      lastEmptied.accumulateAndGet(Instant.now(), (a, b) -> a.isAfter(b) ? a : b);
    }
    return session;
  }

  private synchronized Duration untilTheBurst() {
    if (burst.equals(Instant.MAX)) {
      burst = Instant.now().plus(ramp).plusSeconds(20);
    }
    Duration left = Duration.between(Instant.now(), burst);
    return left.isNegative() ? Duration.ZERO : left;
  }

  @Override
  public void after() {
    List<Long> times = new ArrayList<>(itemMillis);
    Collections.sort(times);
    String report;
    try {
      report = report(times);
    } catch (SQLException e) {
      report = "The portal's records could not be counted: " + e.getMessage();
    }
    System.out.println(report);
    try {
      Files.createDirectories(out);
      Files.writeString(out.resolve(FILE), report);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String report(List<Long> times) throws SQLException {
    int journals = journalKeys.size();
    int rounds = roundsSent.get();
    long storedEntries;
    long touchedRounds;
    try (Connection db =
        DriverManager.getConnection(
            System.getProperty("bench.db.url", "jdbc:postgresql://127.0.0.1:5432/portal_bench"),
            "postgres",
            "")) {
      try (PreparedStatement query =
          db.prepareStatement("select count(*) from journal_entry where submission_key = any(?)")) {
        query.setArray(1, db.createArrayOf("varchar", journalKeys.toArray()));
        storedEntries = single(query);
      }
      try (PreparedStatement query =
          db.prepareStatement("select count(*) from exercise_log where recorded_at >= ?")) {
        query.setTimestamp(1, Timestamp.from(burst));
        touchedRounds = single(query);
      }
    }
    Duration emptied =
        lastEmptied.get().equals(Instant.MIN) ? null : Duration.between(burst, lastEmptied.get());
    return String.join(
        "\n",
        "| phones back online at once | " + patients + " patients, " + items + " items each |",
        "|---|---:|",
        "| outboxes emptied | " + outboxesEmptied.get() + " of " + patients + " |",
        "| items answered (each phone's last one twice) | "
            + times.size()
            + " of "
            + patients * (items + 1)
            + " |",
        "| response per item: p50 / p95 / p99 / max | "
            + percentile(times, 50)
            + " / "
            + percentile(times, 95)
            + " / "
            + percentile(times, 99)
            + " / "
            + (times.isEmpty() ? "-" : times.get(times.size() - 1))
            + " ms |",
        "| from the instant they all send until every outbox is empty | "
            + (emptied == null ? "-" : String.format("%.1f s", emptied.toMillis() / 1000.0))
            + " |",
        "| journal entries held / sent | " + storedEntries + " / " + journals + " |",
        "| rounds recorded since the instant / rounds sent | "
            + touchedRounds
            + " / "
            + rounds
            + " |",
        "");
  }

  private static long single(PreparedStatement query) throws SQLException {
    try (ResultSet row = query.executeQuery()) {
      row.next();
      return row.getLong(1);
    }
  }

  private static String percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return "-";
    }
    int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
    return Long.toString(sorted.get(Math.max(0, index)));
  }
}
