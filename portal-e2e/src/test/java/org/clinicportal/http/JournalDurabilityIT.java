package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL restarts while patients keep logging journal entries through the deployed portal. The
 * portal must come back without a redeploy, every entry a patient saw confirmed must be in the
 * database, and every entry that was not saved must have told the patient so. The readiness
 * endpoint says the server is not ready while the database is away, and ready again once it is
 * back.
 */
class JournalDurabilityIT {

  private static final Logger LOG = Logger.getLogger(JournalDurabilityIT.class.getName());

  private static final String FAILED = "Something went wrong";
  private static final Duration WRITING = Duration.ofSeconds(25);
  private static final Duration RESTART_AFTER = Duration.ofSeconds(5);
  private static final int WRITERS = 2;
  private static final Path REPORT = Path.of("target", "journal-durability.txt");

  /** The first answers that neither confirmed nor told, for the failure message. */
  private static final List<String> SILENT_ANSWERS = new CopyOnWriteArrayList<>();

  private enum Outcome {
    CONFIRMED,
    TOLD_IT_FAILED,
    SILENT
  }

  @Test
  void entriesSurviveARestartOfTheDatabaseAndFailuresAreTold() throws Exception {
    String run = "restart-" + UUID.randomUUID().toString().substring(0, 8);
    Instant end = Instant.now().plus(WRITING);
    List<CompletableFuture<List<Outcome>>> writers = new ArrayList<>();
    for (int writer = 0; writer < WRITERS; writer++) {
      String note = run + "-" + writer;
      writers.add(CompletableFuture.supplyAsync(() -> write(note, end)));
    }
    CompletableFuture<List<Integer>> readiness =
        CompletableFuture.supplyAsync(() -> readinessUntil(end));
    TimeUnit.MILLISECONDS.sleep(RESTART_AFTER.toMillis());
    Process restart =
        new ProcessBuilder(
                "pg_ctlcluster", "--skip-systemctl-redirect", clusterVersion(), "main", "restart")
            .redirectErrorStream(true)
            .start();
    String restartOutput = new String(restart.getInputStream().readAllBytes());
    assertEquals(0, restart.waitFor(), "PostgreSQL restarted: " + restartOutput);

    List<Outcome> outcomes = new ArrayList<>();
    List<Outcome> lastOfEach = new ArrayList<>();
    for (CompletableFuture<List<Outcome>> writer : writers) {
      List<Outcome> written = writer.get(2, TimeUnit.MINUTES);
      outcomes.addAll(written);
      lastOfEach.addAll(written.subList(Math.max(0, written.size() - 3), written.size()));
    }
    long confirmed = outcomes.stream().filter(o -> o == Outcome.CONFIRMED).count();
    long told = outcomes.stream().filter(o -> o == Outcome.TOLD_IT_FAILED).count();
    long silent = outcomes.stream().filter(o -> o == Outcome.SILENT).count();
    long found = entriesNoted(run);
    String summary =
        String.format(
            "Journal across a PostgreSQL restart: %d writes tried, %d confirmed, %d told they"
                + " failed, %d silent; %d found in the database%n",
            outcomes.size(), confirmed, told, silent, found);
    LOG.info(summary);
    Files.writeString(REPORT, summary + String.join("\n\n", SILENT_ANSWERS));

    assertEquals(0, silent, "every write was confirmed or told it failed; see " + REPORT);
    assertTrue(found >= confirmed, "every confirmed entry is in the database: " + summary);
    assertTrue(found <= outcomes.size(), summary);
    assertTrue(told > 0, "the restart came while patients were writing: " + summary);
    assertTrue(
        lastOfEach.stream().allMatch(o -> o == Outcome.CONFIRMED),
        "the portal writes again after the restart, without a redeploy: " + summary);

    List<Integer> answers = readiness.get(1, TimeUnit.MINUTES);
    assertEquals(200, answers.get(0), "ready before the restart: " + answers);
    assertTrue(answers.stream().anyMatch(status -> status != 200), "not ready in it: " + answers);
    assertEquals(200, answers.get(answers.size() - 1), "ready again after it: " + answers);
  }

  /**
   * What the readiness endpoint answers, asked every 100 ms until the time is up; a question it did
   * not answer within 5 s counts as 0.
   */
  private static List<Integer> readinessUntil(Instant end) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    URI ready = URI.create(PortalSession.BASE_URL).resolve("/health/ready");
    List<Integer> answers = new ArrayList<>();
    while (Instant.now().isBefore(end.plusSeconds(5))) {
      try {
        answers.add(
            http.send(
                    HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(5)).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode());
        TimeUnit.MILLISECONDS.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return answers;
      } catch (java.io.IOException unanswered) {
        answers.add(0);
      }
    }
    return answers;
  }

  /**
   * One of the patient's devices: sign in, open the journal, log an entry, until the time is up. A
   * connection the portal dropped counts as told: the browser shows that it failed.
   */
  private static List<Outcome> write(String note, Instant end) {
    List<Outcome> outcomes = new ArrayList<>();
    PortalSession jordan = null;
    while (Instant.now().isBefore(end)) {
      try {
        if (jordan == null) {
          PortalSession signingIn = PortalSession.anonymous();
          PortalSession.Page home = signingIn.signIn("demo", "patient", PortalSession.PASSWORD);
          if (!home.path().startsWith("/patient/")) {
            outcomes.add(told("signing in", home));
            continue;
          }
          jordan = signingIn;
        }
        PortalSession.Page journal = jordan.get("/patient/journal.xhtml");
        if (journal.status() != 200 || !journal.body().contains("journal:save")) {
          outcomes.add(told("opening the journal", journal));
          continue;
        }
        PortalSession.Page answer = JournalEntries.save(jordan, journal, note);
        if (answer.body().contains(JournalEntries.SAVED)) {
          outcomes.add(Outcome.CONFIRMED);
        } else {
          outcomes.add(told("saving", answer));
          if (answer.body().contains("signin.xhtml")) {
            jordan = null;
          }
        }
      } catch (RuntimeException connectionLost) {
        outcomes.add(Outcome.TOLD_IT_FAILED);
        jordan = null;
      }
    }
    return outcomes;
  }

  /** An answer that is not a confirmation must say the entry was not saved. */
  private static Outcome told(String step, PortalSession.Page answer) {
    String body = answer.body();
    if (body.contains(FAILED)
        || body.contains("error.xhtml")
        || body.contains("ui-messages-error")) {
      return Outcome.TOLD_IT_FAILED;
    }
    if (SILENT_ANSWERS.size() < 3) {
      SILENT_ANSWERS.add(step + " → " + answer.status() + " " + answer.uri() + "\n" + body);
    }
    return Outcome.SILENT;
  }

  private static long entriesNoted(String run) throws Exception {
    try (Connection db = PortalDatabase.connect();
        PreparedStatement count =
            db.prepareStatement("select count(*) from journal_entry where note like ?")) {
      count.setString(1, run + "-%");
      try (ResultSet row = count.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static String clusterVersion() {
    String[] versions = new File("/etc/postgresql").list();
    if (versions == null || versions.length == 0) {
      throw new IllegalStateException("no PostgreSQL cluster under /etc/postgresql");
    }
    return versions[0];
  }
}
