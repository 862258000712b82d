package org.clinicportal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Ten thousand visits to the sign-in page by visitors who never sign in, before the load, with the
 * live heap measured before and after: a page that kept something per visit (a session, a view)
 * would show it here, where a run of signed-in people hides it among their sessions.
 */
final class AnonymousVisits {

  static final int VISITS = 10_000;
  static final String FILE = "anonymous-visits.txt";

  /** How much the live heap may grow over the visits and still count as flat. */
  static final long FLAT_LIMIT_MIB = 8;

  private static final int VISITORS = 4;

  private AnonymousVisits() {}

  /** What the visits cost: answers with a session cookie, time, and the live heap around them. */
  record Result(int visits, int failed, int withSession, long millis, long before, long after) {

    long growthMiB() {
      return after - before;
    }

    boolean flat() {
      return failed == 0 && withSession == 0 && growthMiB() <= FLAT_LIMIT_MIB;
    }

    String sentence() {
      return String.format(
          Locale.ROOT,
          "Anonymous visits before the load: %,d to the sign-in page in %.1f s by %d visitors, %d"
              + " failed, %d answered with a session; live heap %d MiB before, %d MiB after (flat"
              + " within %d MiB).",
          visits,
          millis / 1000.0,
          VISITORS,
          failed,
          withSession,
          before,
          after,
          FLAT_LIMIT_MIB);
    }

    String line() {
      return visits + " " + failed + " " + withSession + " " + millis + " " + before + " " + after;
    }
  }

  static Optional<Result> read(Path file) {
    try {
      String[] cells = Files.readString(file).strip().split(" ");
      return Optional.of(
          new Result(
              Integer.parseInt(cells[0]),
              Integer.parseInt(cells[1]),
              Integer.parseInt(cells[2]),
              Long.parseLong(cells[3]),
              Long.parseLong(cells[4]),
              Long.parseLong(cells[5])));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  static Result run(URI portal, BenchServers servers) throws IOException {
    long before = BenchReport.liveHeapMiB(servers).orElseThrow(() -> noHeap(servers));
    HttpClient client =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    HttpRequest page =
        HttpRequest.newBuilder(URI.create(portal + "/signin.xhtml"))
            .timeout(Duration.ofSeconds(30))
            .build();
    long started = System.nanoTime();
    int failed = 0;
    int withSession = 0;
    ExecutorService visitors = Executors.newFixedThreadPool(VISITORS);
    try {
      List<Future<int[]>> shares = new ArrayList<>();
      for (int visitor = 0; visitor < VISITORS; visitor++) {
        shares.add(visitors.submit(visits(client, page, VISITS / VISITORS)));
      }
      for (Future<int[]> share : shares) {
        int[] counted = share.get();
        failed += counted[0];
        withSession += counted[1];
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted during the anonymous visits", e);
    } catch (ExecutionException e) {
      throw new IOException("An anonymous visit could not be made: " + e.getCause(), e);
    } finally {
      visitors.shutdownNow();
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    long after = BenchReport.liveHeapMiB(servers).orElseThrow(() -> noHeap(servers));
    return new Result(VISITS, failed, withSession, millis, before, after);
  }

  /** One visitor's share: failed answers and answers that set a session cookie. */
  private static Callable<int[]> visits(HttpClient client, HttpRequest page, int count) {
    return () -> {
      int failed = 0;
      int withSession = 0;
      for (int i = 0; i < count; i++) {
        HttpResponse<Void> answer = client.send(page, HttpResponse.BodyHandlers.discarding());
        if (answer.statusCode() != 200) {
          failed++;
        }
        if (answer.headers().allValues("Set-Cookie").stream()
            .anyMatch(cookie -> cookie.startsWith("JSESSIONID="))) {
          withSession++;
        }
      }
      return new int[] {failed, withSession};
    };
  }

  private static IOException noHeap(BenchServers servers) {
    return new IOException(
        "The live heap of the servers " + servers.roots() + " could not be read");
  }
}
