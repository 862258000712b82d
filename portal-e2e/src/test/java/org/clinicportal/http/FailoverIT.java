package org.clinicportal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Fifty people, therapists and patients, work on the portal on two servers through HAProxy, and one
 * server is killed with SIGKILL while they do. No one has to sign in again; a request fails only if
 * it was under way on the lost server, and then it is answered with an error; every journal entry a
 * patient saw confirmed is in the database exactly once; an entry whose post was under way on the
 * lost server (half its body sent before the kill, the rest after) is saved once or answered with
 * an error, never saved twice; the alert watch ran once in every minute of the run, also after the
 * loss.
 *
 * <p>Runs in the {@code failover} profile alone, against the cluster {@code
 * cluster/portal-cluster.sh} starts (its address in {@code portal.e2e.baseUrl}, its database in
 * {@code portal.e2e.dbUrl}); the script also names the process of the server to kill. The simulated
 * people, the post across the kill and the tally are this test's alone and read in the order the
 * run takes, so they stay in this one file.
 */
class FailoverIT {

  private static final int PEOPLE = 50;

  /**
   * The run ends this long after the second whole minute from its start, so that the alert watch's
   * slot of each whole minute is in it; the second always falls after the kill.
   */
  private static final Duration AFTER_SECOND_MINUTE = Duration.ofSeconds(15);

  private static final Duration KILL_AFTER = Duration.ofSeconds(40);

  /** How long after the kill a request under way on the lost server may still come back failed. */
  private static final Duration IN_FLIGHT = Duration.ofSeconds(10);

  private static final Path REPORT = Path.of("target", "failover.txt");
  private static final List<String[]> THERAPISTS =
      List.of(
          new String[] {"demo", "therapist"},
          new String[] {"demo", "therapist2"},
          new String[] {"northside", "therapist"});
  private static final List<String[]> PATIENTS =
      List.of(
          new String[] {"demo", "patient"},
          new String[] {"demo", "patient2"},
          new String[] {"northside", "patient"});

  private enum Outcome {
    DONE,
    FAILED_AND_TOLD,
    SIGNED_OUT,
    SILENT
  }

  /** One answer as a person met it: when, from which server, and what it came to. */
  private record Answer(Instant at, String server, String step, Outcome outcome, String detail) {}

  /** What one person did in the run. */
  private record Work(
      int person, List<Answer> answers, List<String> tried, List<String> confirmed) {}

  /** A journal entry posted across the kill, and what it came to. */
  private record HeldPost(String note, CompletableFuture<PortalSession.Page> answer) {}

  /** What everyone's answers and journal entries came to. */
  private record Tally(
      List<Answer> answers, Map<Outcome, Long> counts, List<String> tried, List<String> confirmed) {

    static Tally of(List<Work> done) {
      List<Answer> answers = done.stream().flatMap(work -> work.answers().stream()).toList();
      return new Tally(
          answers,
          answers.stream()
              .collect(
                  Collectors.groupingBy(
                      Answer::outcome, () -> new EnumMap<>(Outcome.class), Collectors.counting())),
          done.stream().flatMap(work -> work.tried().stream()).toList(),
          done.stream().flatMap(work -> work.confirmed().stream()).toList());
    }

    long count(Outcome outcome) {
      return counts.getOrDefault(outcome, 0L);
    }

    List<Answer> failed() {
      return answers.stream().filter(answer -> answer.outcome() != Outcome.DONE).toList();
    }
  }

  @Test
  void peopleKeepWorkingWhenAServerIsKilled() throws Exception {
    String run = "failover-" + UUID.randomUUID().toString().substring(0, 8);
    List<PortalSession> people = signInEveryone();
    Instant start = Instant.now();
    Instant end =
        start.truncatedTo(ChronoUnit.MINUTES).plus(2, ChronoUnit.MINUTES).plus(AFTER_SECOND_MINUTE);
    Duration runLength = Duration.between(start, end);
    ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
    List<Future<Work>> working = new ArrayList<>();
    for (int person = 0; person < PEOPLE; person++) {
      int number = person;
      working.add(pool.submit(() -> work(number, people.get(number), run, end)));
    }

    TimeUnit.MILLISECONDS.sleep(KILL_AFTER.toMillis());
    String victim = people.get(0).cookie("SERVERID");
    assertNotNull(victim, "HAProxy names the server of each person in a cookie");
    long onVictim = people.stream().filter(p -> victim.equals(p.cookie("SERVERID"))).count();
    CompletableFuture<Void> afterKill = new CompletableFuture<>();
    HeldPost held = postAcross(victim, run + "-held", afterKill);
    TimeUnit.MILLISECONDS.sleep(500);
    Instant killedAt = kill(victim);
    afterKill.complete(null);
    Answer heldAnswer = answerOf(held, victim);

    List<Work> done = new ArrayList<>();
    for (Future<Work> person : working) {
      done.add(person.get(runLength.plusMinutes(2).toSeconds(), TimeUnit.SECONDS));
    }
    pool.shutdown();
    Tally tally = Tally.of(done);
    Map<String, Integer> found = entriesNoted(run);
    List<String> confirmedNotFoundOnce =
        tally.confirmed().stream().filter(note -> found.getOrDefault(note, 0) != 1).toList();
    List<String> savedTwice =
        found.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList();
    int heldSaved = found.getOrDefault(held.note(), 0);
    Map<Instant, String> watchRuns = watchRuns(start, end);
    List<Instant> minutes = wholeMinutes(start, end);
    Instant settled = killedAt.plus(IN_FLIGHT);
    long workedOn =
        done.stream()
            .filter(
                work ->
                    work.answers().stream()
                        .anyMatch(a -> a.outcome() == Outcome.DONE && a.at().isAfter(settled)))
            .count();

    String report =
        String.format(
            "Fail-over: %d people (%d on %s when it was killed with SIGKILL, %d s into %d s);"
                + " %d requests: %d done, %d failed and told, %d signed out, %d silent;"
                + " %d people worked on after the loss;"
                + " journal: %d entries tried, %d confirmed, %d found, %d confirmed but not found"
                + " once, %d saved twice; a post under way on the lost server: %s, saved %d"
                + " times; alert watch: %d whole minutes, runs %s%n",
            PEOPLE,
            onVictim,
            victim,
            KILL_AFTER.toSeconds(),
            runLength.toSeconds(),
            tally.answers().size(),
            tally.count(Outcome.DONE),
            tally.count(Outcome.FAILED_AND_TOLD),
            tally.count(Outcome.SIGNED_OUT),
            tally.count(Outcome.SILENT),
            workedOn,
            tally.tried().size(),
            tally.confirmed().size(),
            found.values().stream().mapToInt(Integer::intValue).sum(),
            confirmedNotFoundOnce.size(),
            savedTwice.size(),
            heldAnswer.outcome() + " " + heldAnswer.detail().lines().findFirst().orElse(""),
            heldSaved,
            minutes.size(),
            watchRuns);
    String failures = describe(tally.failed(), killedAt);
    System.out.print(report);
    Files.writeString(REPORT, report + failures + "\n");

    assertEquals(0, tally.count(Outcome.SIGNED_OUT), "no one signs in again");
    assertEquals(0, tally.count(Outcome.SILENT), "every failure is told; " + REPORT);
    assertTrue(tally.failed().size() <= onVictim, "one request at most per person lost: " + report);
    assertTrue(
        tally.failed().stream()
            .allMatch(
                failure ->
                    failure.server().equals(victim)
                        && !failure.at().isBefore(killedAt)
                        && failure.at().isBefore(settled)),
        "only requests under way on the lost server fail: " + failures);
    assertEquals(PEOPLE, workedOn, "everyone went on working: " + report);
    assertEquals(List.of(), confirmedNotFoundOnce, "every confirmed entry saved once");
    assertEquals(List.of(), savedTwice, "no entry saved twice");
    List<String> saved = found.keySet().stream().filter(n -> !n.equals(held.note())).toList();
    assertTrue(tally.tried().containsAll(saved), "nothing saved that was not tried");
    assertTrue(
        heldAnswer.outcome() == Outcome.DONE
            ? heldSaved == 1
            : heldAnswer.outcome() == Outcome.FAILED_AND_TOLD && heldSaved <= 1,
        "a post under way at the loss is saved once or answered with an error: " + report);
    assertTrue(minutes.size() >= 2, "the run spans two whole minutes");
    assertTrue(
        minutes.stream().anyMatch(minute -> minute.isAfter(killedAt)),
        "a whole minute of the run falls after the loss: " + minutes + ", killed at " + killedAt);
    assertEquals(minutes, List.copyOf(watchRuns.keySet()), "the watch ran in every minute");
    assertTrue(
        watchRuns.entrySet().stream()
            .filter(slot -> slot.getKey().isAfter(killedAt))
            .noneMatch(slot -> slot.getValue().startsWith(victim)),
        "the lost server ran no watch after its loss: " + watchRuns);
  }

  /**
   * A patient on the given server posts a journal entry with half its body, and the rest once
   * {@code rest} completes: a post under way on the server when it is lost.
   */
  private static HeldPost postAcross(String server, String note, CompletableFuture<?> rest) {
    PortalSession patient = patientOn(server);
    return new HeldPost(
        note,
        JournalEntries.saveHeldBack(patient, patient.get("/patient/journal.xhtml"), note, rest));
  }

  /** What the post across the kill came to; a connection closed without an answer is told. */
  private static Answer answerOf(HeldPost held, String server) throws Exception {
    try {
      return answer(
          server, "held entry", held.answer().get(90, TimeUnit.SECONDS), JournalEntries.SAVED);
    } catch (ExecutionException lost) {
      return new Answer(
          Instant.now(), server, "held entry", Outcome.FAILED_AND_TOLD, lost.toString());
    }
  }

  /** Each failed answer: how long after the kill, on which server, at which step, and what. */
  private static String describe(List<Answer> failed, Instant killedAt) {
    return failed.stream()
        .map(
            a ->
                String.format(
                    "%+d ms on %s, %s: %s %s",
                    Duration.between(killedAt, a.at()).toMillis(),
                    a.server(),
                    a.step(),
                    a.outcome(),
                    a.detail()))
        .collect(Collectors.joining("\n"));
  }

  /** Signs everyone in through HAProxy, two at a time, each to its role's home page. */
  private static List<PortalSession> signInEveryone() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<PortalSession>> signingIn = new ArrayList<>();
    for (int person = 0; person < PEOPLE; person++) {
      String[] account = account(person);
      signingIn.add(pool.submit(() -> PortalSession.signedIn(account[0], account[1])));
    }
    List<PortalSession> people = new ArrayList<>();
    for (Future<PortalSession> person : signingIn) {
      people.add(person.get(2, TimeUnit.MINUTES));
    }
    pool.shutdown();
    return people;
  }

  /** Even people are therapists, odd ones patients, each of one of the demo accounts. */
  private static String[] account(int person) {
    List<String[]> accounts = person % 2 == 0 ? THERAPISTS : PATIENTS;
    return accounts.get((person / 2) % accounts.size());
  }

  /**
   * A person's work until the time is up, a few seconds apart: a therapist opens the home page and
   * the patient list in turn; a patient opens the journal and logs an entry with a note of its own.
   * A person whose session was lost signs in again, which counts against the portal.
   */
  private static Work work(int person, PortalSession session, String run, Instant end) {
    boolean therapist = person % 2 == 0;
    List<Answer> answers = new ArrayList<>();
    List<String> tried = new ArrayList<>();
    List<String> confirmed = new ArrayList<>();
    int step = 0;
    PortalSession current = session;
    while (Instant.now().isBefore(end)) {
      step++;
      String server = current.cookie("SERVERID");
      try {
        if (therapist) {
          String path =
              step % 2 == 0 ? "/therapist/index.xhtml" : "/therapist/patients/index.xhtml";
          String marker = step % 2 == 0 ? "id=\"greeting\"" : "id=\"patients\"";
          answers.add(answer(server, path, current.get(path), marker));
        } else {
          PortalSession.Page journal = current.get("/patient/journal.xhtml");
          Answer opened = answer(server, "journal", journal, "journal:save");
          answers.add(opened);
          if (opened.outcome() == Outcome.DONE) {
            String note = run + "-" + person + "-" + step;
            tried.add(note);
            server = current.cookie("SERVERID");
            Answer saved =
                answer(
                    server,
                    "entry",
                    JournalEntries.save(current, journal, note),
                    JournalEntries.SAVED);
            answers.add(saved);
            if (saved.outcome() == Outcome.DONE) {
              confirmed.add(note);
            }
          }
        }
      } catch (RuntimeException lost) {
        answers.add(
            new Answer(Instant.now(), server, "request", Outcome.FAILED_AND_TOLD, lost.toString()));
      }
      if (answers.get(answers.size() - 1).outcome() == Outcome.SIGNED_OUT) {
        String[] account = account(person);
        current = PortalSession.signedIn(account[0], account[1]);
      }
      rest();
    }
    return new Work(person, answers, tried, confirmed);
  }

  /** A patient's session that HAProxy keeps on the given server. */
  private static PortalSession patientOn(String server) {
    for (int attempt = 0; attempt < 6; attempt++) {
      PortalSession session = PortalSession.signedIn("demo", "patient");
      if (server.equals(session.cookie("SERVERID"))) {
        return session;
      }
    }
    throw new IllegalStateException("HAProxy sent no new session to " + server);
  }

  /**
   * What an answer came to: done when it holds what the step shows, signed out when it is the
   * sign-in page or a redirect to it, failed and told when it is an error the person sees
   * (HAProxy's or the portal's error page, an expired page, an error message), and silent
   * otherwise.
   */
  private static Answer answer(String server, String step, PortalSession.Page page, String marker) {
    Instant at = Instant.now();
    String body = page.body();
    Outcome outcome;
    if (page.status() == 200 && body.contains(marker)) {
      outcome = Outcome.DONE;
    } else if (page.path().startsWith("/signin.xhtml")
        || (body.contains("<redirect url=") && body.contains("signin.xhtml"))) {
      outcome = Outcome.SIGNED_OUT;
    } else if (page.status() >= 500
        || body.contains("Something went wrong")
        || body.contains("error.xhtml")
        || body.contains("ui-messages-error")) {
      outcome = Outcome.FAILED_AND_TOLD;
    } else {
      outcome = Outcome.SILENT;
    }
    String detail =
        outcome == Outcome.DONE
            ? ""
            : page.status()
                + " "
                + page.path()
                + " "
                + body.substring(0, Math.min(300, body.length()));
    return new Answer(at, server, step, outcome, detail);
  }

  private static void rest() {
    try {
      TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(2_000, 4_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Kills the named server's process with SIGKILL, as a crash would end it. */
  private static Instant kill(String instance) throws Exception {
    Process lookUp =
        new ProcessBuilder(
                "bash", System.getProperty("portal.cluster.script"), "instance_pid", instance)
            .redirectErrorStream(true)
            .start();
    String pid = new String(lookUp.getInputStream().readAllBytes()).strip();
    assertEquals(0, lookUp.waitFor(), "the process of " + instance + ": " + pid);
    ProcessHandle server =
        ProcessHandle.of(Long.parseLong(pid))
            .orElseThrow(() -> new IllegalStateException("no process " + pid));
    Instant at = Instant.now();
    assertTrue(server.destroyForcibly(), "SIGKILL sent to " + instance);
    server.onExit().get(30, TimeUnit.SECONDS);
    return at;
  }

  /** The journal entries of this run by note, with how often each was saved. */
  private static Map<String, Integer> entriesNoted(String run) throws Exception {
    Map<String, Integer> found = new LinkedHashMap<>();
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select note, count(*) from journal_entry where note like ? group by note")) {
      query.setString(1, run + "-%");
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.put(rows.getString(1), rows.getInt(2));
        }
      }
    }
    return found;
  }

  /** Which server claimed the alert watch's slot of each minute within the run. */
  private static Map<Instant, String> watchRuns(Instant start, Instant end) throws Exception {
    Map<Instant, String> runs = new TreeMap<>();
    try (Connection db = PortalDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select slot, server from scheduled_run where job = 'alert-watch'"
                    + " and slot > ? and slot < ? order by slot")) {
      query.setTimestamp(1, Timestamp.from(start));
      query.setTimestamp(2, Timestamp.from(end));
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          runs.put(rows.getTimestamp(1).toInstant(), rows.getString(2));
        }
      }
    }
    return runs;
  }

  /** The whole minutes after the start and before the end: the watch's slots in the run. */
  private static List<Instant> wholeMinutes(Instant start, Instant end) {
    List<Instant> minutes = new ArrayList<>();
    for (Instant minute = start.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        minute.isBefore(end);
        minute = minute.plus(1, ChronoUnit.MINUTES)) {
      minutes.add(minute);
    }
    return minutes;
  }
}
