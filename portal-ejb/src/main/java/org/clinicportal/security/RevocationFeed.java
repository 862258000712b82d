package org.clinicportal.security;

import jakarta.annotation.PostConstruct;
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
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.platform.PlainSql;

/**
 * Brings the session ends that other servers of the portal wrote into this server's memory: at
 * start-up every end recent enough to matter, then every five seconds the ends written since (with
 * a minute's margin for a transaction that committed late or a clock a little behind). A
 * deactivation on one server therefore signs the person out on every other within seconds.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrations")
public class RevocationFeed {

  private static final Logger LOG = Logger.getLogger(RevocationFeed.class.getName());

  /** Longer than the longest session ({@code PORTAL_SESSION_HOURS} is at most 168). */
  static final Duration KEPT = Duration.ofDays(8);

  private static final Duration MARGIN = Duration.ofMinutes(1);

  /** How often the ends other servers wrote are read. */
  static final Duration POLL = Duration.ofSeconds(5);

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private SessionRevocations revocations;
  @Resource private TimerService timers;

  /** The latest end read, from which the next poll reads on (less the margin). */
  private Instant latest;

  @PostConstruct
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  void start() {
    latest = Instant.now().minus(KEPT);
    PlainSql.of(em, "delete from session_revocation where ended_at < ?1")
        .setParameter(1, Timestamp.from(latest))
        .executeUpdate();
    readSince(latest);
    timers.createCalendarTimer(
        new ScheduleExpression().hour("*").minute("*").second("*/" + POLL.toSeconds()),
        new TimerConfig("session revocations", false));
  }

  @Timeout
  void poll() {
    try {
      readSince(latest.minus(MARGIN));
    } catch (RuntimeException failure) {
      LOG.log(Level.WARNING, "Session ends of other servers not read; trying again", failure);
    }
  }

  /** Reads every end written after {@code since} into this server's memory. */
  private void readSince(Instant since) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        PlainSql.of(
                em,
                "select operator, account_id, ended_at from session_revocation where ended_at > ?1")
            .setParameter(1, Timestamp.from(since))
            .getResultList();
    for (Object[] row : rows) {
      Instant at = instant(row[2]);
      revocations.learn(
          new SessionRevocations.Holder((Boolean) row[0], ((Number) row[1]).longValue()), at);
      if (at.isAfter(latest)) {
        latest = at;
      }
    }
  }

  private static Instant instant(Object timestamp) {
    return timestamp instanceof OffsetDateTime moment
        ? moment.toInstant()
        : ((Timestamp) timestamp).toInstant();
  }
}
