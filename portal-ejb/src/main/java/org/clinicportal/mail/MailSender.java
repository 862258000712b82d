package org.clinicportal.mail;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.platform.Pace;
import org.clinicportal.platform.Tenancy;

/**
 * One of the mail worker's connections: it takes the clinics in turn, claims a batch of each one's
 * due messages and hands them to the mail server over a connection of its own, and a clinic whose
 * batch was full comes round again after a rest as long as the batch took ({@link Pace}), until
 * none has more due, the server cannot be reached, or the round's time is up after the batch under
 * way (every clinic has its first batch whatever the time). Several run at once; each claims its
 * own messages, so none is sent twice.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {

  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

  @Inject private Outbox outbox;
  @Inject private Tenancy tenancy;

  /**
   * Sends the clinics' due messages in turn, in the order given, until none has more due or {@code
   * endsAtNanos} of {@link System#nanoTime()} has passed: the time is looked at once every clinic
   * has had its first batch, so that a round is never too short for any of them.
   *
   * @return how many messages the mail server accepted, and whether mail was left due when the time
   *     was up
   */
  public Turns sendInTurn(
      List<Clinic> clinics,
      int batch,
      long endsAtNanos,
      MailTransport transport,
      MailSettings settings) {
    Deque<Clinic> turns = new ArrayDeque<>(clinics);
    int sent = 0;
    Pace pace = Pace.start();
    int firstTurns = clinics.size();
    while (!turns.isEmpty()) {
      Clinic clinic = turns.poll();
      boolean comesRound = false;
      pace.batchStarts();
      try {
        Batch done = sendFor(clinic, batch, transport, settings);
        sent += done.accepted();
        comesRound = done.claimed() >= batch && done.reachedServer();
      } catch (RuntimeException failure) {
        LOG.log(Level.WARNING, "Mail of clinic " + clinic.getCode() + " not sent", failure);
      }
      if (comesRound) {
        turns.add(clinic);
      }
      firstTurns--;
      if (turns.isEmpty() || (firstTurns <= 0 && System.nanoTime() >= endsAtNanos)) {
        break;
      }
      if (comesRound && !pace.rest()) {
        return new Turns(sent, false);
      }
    }
    return new Turns(sent, !turns.isEmpty());
  }

  /**
   * What a connection's turns came to: the messages the mail server accepted, and whether a clinic
   * still had mail due when the time was up.
   */
  public record Turns(int accepted, boolean unfinished) {}

  /** What one batch came to: messages claimed, accepted, and whether the server answered. */
  private record Batch(int claimed, int accepted, boolean reachedServer) {}

  private Batch sendFor(Clinic clinic, int batch, MailTransport transport, MailSettings settings) {
    long id = clinic.getId();
    List<Outbox.Claimed> due = tenancy.callAsClinic(id, () -> outbox.claimDue(batch));
    if (due.isEmpty()) {
      return new Batch(0, 0, true);
    }
    List<Long> untried = new ArrayList<>(due.stream().map(Outbox.Claimed::id).toList());
    List<Long> accepted = new ArrayList<>();
    boolean reachedServer = true;
    try (MailTransport.Connection connection = transport.connect()) {
      for (Outbox.Claimed mail : due) {
        untried.remove(mail.id());
        try {
          connection.send(mail, clinic.mailSender(), clinic.getMailReplyTo());
          accepted.add(mail.id());
        } catch (AddressException | SendFailedException refused) {
          if (isPermanent(refused)) {
            tenancy.callAsClinic(id, () -> refused(mail, refused));
          } else {
            tenancy.callAsClinic(id, () -> deferred(mail, refused, settings));
          }
        } catch (MessagingException broken) {
          tenancy.callAsClinic(id, () -> deferred(mail, broken, settings));
          throw broken;
        }
      }
    } catch (MessagingException unreachable) {
      reachedServer = false;
      LOG.warning(
          () ->
              "Mail server "
                  + settings
                  + " failed for clinic "
                  + clinic.getCode()
                  + ": "
                  + unreachable.getMessage()
                  + "; "
                  + untried.size()
                  + " messages wait");
    } finally {
      if (!accepted.isEmpty()) {
        tenancy.callAsClinic(id, () -> outbox.delivered(accepted));
      }
      if (!untried.isEmpty()) {
        tenancy.callAsClinic(id, () -> outbox.release(untried));
      }
    }
    return new Batch(due.size(), accepted.size(), reachedServer);
  }

  private boolean isPermanent(MessagingException refused) {
    if (refused instanceof AddressException) {
      return true;
    }
    SendFailedException failed = (SendFailedException) refused;
    return failed.getInvalidAddresses() != null
        && failed.getInvalidAddresses().length > 0
        && (failed.getValidUnsentAddresses() == null
            || failed.getValidUnsentAddresses().length == 0);
  }

  private Void refused(Outbox.Claimed mail, MessagingException reason) {
    outbox.refused(mail.id(), reason.getMessage());
    return null;
  }

  private Void deferred(Outbox.Claimed mail, MessagingException reason, MailSettings settings) {
    outbox.deferred(
        mail.id(),
        reason.getMessage(),
        settings.pauseAfter(mail.attempts()),
        settings.maxAttempts());
    return null;
  }
}
