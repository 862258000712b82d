package org.clinicportal.homecare;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.platform.BackgroundThreads;
import org.clinicportal.platform.Pace;
import org.clinicportal.platform.ScheduledRuns;
import org.clinicportal.platform.Tenancy;

/**
 * Every minute, queues the mail of each active clinic's reminders whose time has come, and of the
 * reminders due within {@link Reminders#AHEAD} held until their time, so that the mail worker sends
 * a busy minute's reminders from its first second on; a batch of patients per clinic in a
 * transaction of its own, the clinics taking turns until none has more due or the run has used its
 * time; the mail worker sends them. After each full batch it rests three times as long as the batch
 * took ({@link Pace}, a quarter of the time): a minute in which a large clinic's patients all have
 * a reminder due is prepared over the runs of the minutes before it rather than taking the
 * processors from the pages. Each run works on a thread of the job's own at the lowest priority
 * ({@link BackgroundThreads}), as the mail connections do. However many servers run the portal,
 * each minute is run by the first to claim it ({@link ScheduledRuns}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderJob {

  private static final Logger LOG = Logger.getLogger(ReminderJob.class.getName());

  /** Patients whose reminders one transaction moves on. */
  static final int BATCH = 500;

  /**
   * How long one run may go on taking batches; what is left waits for the next minute's run, which
   * the timer holds back until this one ends.
   */
  static final Duration RUN_TIME = Duration.ofSeconds(50);

  /**
   * The job takes one part in this many of the time it runs in: the {@link Reminders#AHEAD} lead
   * gives it several runs for a busy minute, so it goes more slowly than work that has one.
   */
  static final int SHARE = 4;

  static final String JOB = "reminders";

  @Inject private Clinics clinics;
  @Inject private ScheduledRuns runs;
  @Inject private Reminders reminders;
  @Inject private Tenancy tenancy;
  @Resource private TimerService timers;
  @Resource private ManagedThreadFactory managedThreads;

  private ExecutorService behindThePages;

  @PostConstruct
  void schedule() {
    behindThePages =
        Executors.newSingleThreadExecutor(new BackgroundThreads(managedThreads, "reminders"));
    timers.createCalendarTimer(
        new ScheduleExpression().hour("*").minute("*"), new TimerConfig("reminders", false));
  }

  @PreDestroy
  void stop() {
    behindThePages.shutdownNow();
  }

  @Timeout
  void onSchedule() {
    Instant slot = ScheduledRuns.slotOf(Instant.now());
    try {
      behindThePages.submit(() -> runIfFirst(slot)).get();
    } catch (ExecutionException failure) {
      LOG.log(Level.WARNING, "The reminder run of " + slot + " failed", failure.getCause());
    } catch (RejectedExecutionException stopping) {
      LOG.fine(() -> "The reminder job is stopping; the run of " + slot + " is left");
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Queues what is due unless another server of the portal already took this minute.
   *
   * @return whether this server queued
   */
  public boolean runIfFirst(Instant slot) {
    if (!runs.claim(JOB, slot)) {
      return false;
    }
    queueDue();
    return true;
  }

  /**
   * Queues what is due in every active clinic; one clinic's failure does not stop the others.
   *
   * @return how many messages were queued
   */
  public int queueDue() {
    return queueDue(BATCH);
  }

  /**
   * Queues what is due in batches of {@code batch} patients: each active clinic takes a batch in
   * turn, and a clinic whose batch was full comes round again after a rest three times as long as
   * the batch took, until none has more due or the run has used its time.
   *
   * @return how many messages were queued
   */
  public int queueDue(int batch) {
    long ends = System.nanoTime() + RUN_TIME.toNanos();
    Deque<Clinic> turns =
        clinics.all().stream()
            .filter(Clinic::isActive)
            .collect(Collectors.toCollection(ArrayDeque::new));
    int queued = 0;
    Pace pace = Pace.oneIn(SHARE);
    while (!turns.isEmpty() && System.nanoTime() < ends) {
      Clinic clinic = turns.poll();
      try {
        pace.batchStarts();
        Reminders.DueRun run =
            tenancy.callAsClinic(clinic.getId(), () -> reminders.queueDue(batch));
        queued += run.messages();
        if (run.patients() >= batch) {
          turns.add(clinic);
          if (!pace.rest()) {
            break;
          }
        }
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "Reminders of clinic " + clinic.getCode() + " not queued", failure);
      }
    }
    if (!turns.isEmpty()) {
      LOG.warning(() -> "Reminders of " + turns.size() + " clinics left for the next run");
    }
    return queued;
  }
}
