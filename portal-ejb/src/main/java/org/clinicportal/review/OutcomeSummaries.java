package org.clinicportal.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.clinicportal.patient.PatientChanged;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Tenancy;

/**
 * The clinic's outcome summaries as they were worked out last, for {@link #KEPT_FOR} at most: a
 * clinic of 100,000 patients closes thousands of episodes a quarter, and reading them all for every
 * therapist who opens the page would load the server with the same sums. A summary holds the
 * figures per therapist and for the clinic, never the episodes. Each clinic's summaries are its
 * own; a discharge or a questionnaire sent in the clinic (a {@link PatientChanged}) forgets them,
 * so a change made on this server shows at once, and at worst after {@link #KEPT_FOR} on another.
 * People asking for the same summary at once wait for one reading of it.
 */
@ApplicationScoped
public class OutcomeSummaries {

  /** How long a summary is shown before it is worked out again. */
  static final Duration KEPT_FOR = Duration.ofMinutes(5);

  /** The most summaries kept over all clinics; the oldest go first. */
  static final int MAX_KEPT = 500;

  private record Key(long clinicId, LocalDate from, LocalDate to) {}

  private record Kept(Instant at, CompletableFuture<OutcomeReport> summary) {}

  private final Map<Key, Kept> kept = new ConcurrentHashMap<>();

  @Inject private Tenancy tenancy;
  @Inject private Clock clock;

  /** The work that reads a summary afresh, refused as the report refuses. */
  @FunctionalInterface
  interface Reading {
    OutcomeReport read() throws RecordException;
  }

  /** The bound clinic's summary of the period, as kept or read now. */
  OutcomeReport of(LocalDate from, LocalDate to, Reading reading) throws RecordException {
    Key key = new Key(tenancy.currentClinicId(), from, to);
    Instant now = clock.instant();
    CompletableFuture<OutcomeReport> mine = new CompletableFuture<>();
    Kept found =
        kept.compute(
            key,
            (k, old) ->
                old == null || old.at().plus(KEPT_FOR).isBefore(now) ? new Kept(now, mine) : old);
    if (found.summary() == mine) {
      try {
        OutcomeReport read = reading.read();
        mine.complete(
            new OutcomeReport(
                read.from(), read.to(), read.perTherapist(), read.clinic(), List.of()));
        trim();
      } catch (RecordException | RuntimeException failed) {
        kept.remove(key, found);
        mine.completeExceptionally(failed);
        throw failed;
      }
    }
    try {
      return found.summary().get();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the outcomes were read", interrupted);
    } catch (CancellationException | ExecutionException failed) {
      if (failed.getCause() instanceof RecordException refused) {
        throw refused;
      }
      throw new IllegalStateException("The outcomes could not be read", failed);
    }
  }

  /** Something changed in the bound clinic's records: its summaries are read afresh. */
  void forget(@Observes PatientChanged changed) {
    long clinicId = tenancy.currentClinicId();
    kept.keySet().removeIf(key -> key.clinicId() == clinicId);
  }

  private void trim() {
    while (kept.size() > MAX_KEPT) {
      kept.entrySet().stream()
          .min((a, b) -> a.getValue().at().compareTo(b.getValue().at()))
          .ifPresent(oldest -> kept.remove(oldest.getKey(), oldest.getValue()));
    }
  }
}
