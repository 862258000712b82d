package org.clinicportal.homecare;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.mail.MailKind;
import org.clinicportal.patient.Patients;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.security.LinkSigner;

/**
 * What the links in reminder and check-in mail do, for someone who is not signed in: the link
 * itself names the clinic and the patient under its signature, and only that clinic is bound to act
 * on it.
 */
@Stateless
public class MailLinks {

  private static final List<MailKind> STOPPABLE =
      List.of(MailKind.REMINDER, MailKind.NUDGE, MailKind.CHECK_IN);

  @Inject private LinkSigner links;
  @Inject private Clock clock;
  @Inject private Reminders reminders;
  @Inject private CheckIns checkIns;
  @Inject private Clinics clinics;
  @Inject private Tenancy tenancy;
  @Inject private Patients patients;

  /** What a stop link would stop, without stopping it (for the page that asks first). */
  public Optional<Outcome> readStop(String token) {
    for (MailKind kind : STOPPABLE) {
      Optional<LinkSigner.SignedLink> link = links.check(token, Reminders.stopPurpose(kind));
      if (link.isPresent()) {
        return clinicName(link.get().clinicId()).map(name -> new Outcome(name, kind));
      }
    }
    return Optional.empty();
  }

  /** Stops the kind of mail the link was sent with; empty for a link that is not whole or valid. */
  public Optional<Outcome> stop(String token) {
    for (MailKind kind : STOPPABLE) {
      Optional<LinkSigner.SignedLink> link = links.check(token, Reminders.stopPurpose(kind));
      if (link.isPresent()) {
        long clinicId = link.get().clinicId();
        long patientId = link.get().subjectId();
        boolean stopped = tenancy.callAsClinic(clinicId, () -> reminders.stop(patientId, kind));
        return stopped
            ? clinicName(clinicId).map(name -> new Outcome(name, kind))
            : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whose address a confirm link would confirm, without confirming it (for the page that asks). */
  public Optional<Outcome> readConfirm(String token) {
    return links
        .check(token, Reminders.CONFIRM_PURPOSE)
        .flatMap(link -> clinicName(link.clinicId()))
        .map(name -> new Outcome(name, MailKind.ADDRESS_CHECK));
  }

  /**
   * Confirms the address a check link was sent to; empty when the link is not the latest valid one.
   */
  public Optional<Outcome> confirm(String token) {
    Optional<LinkSigner.SignedLink> link = links.check(token, Reminders.CONFIRM_PURPOSE);
    if (link.isEmpty()) {
      return Optional.empty();
    }
    long clinicId = link.get().clinicId();
    boolean confirmed =
        tenancy.callAsClinic(
            clinicId, () -> reminders.confirmAddress(link.get().subjectId(), link.get().expires()));
    return confirmed
        ? clinicName(clinicId).map(name -> new Outcome(name, MailKind.ADDRESS_CHECK))
        : Optional.empty();
  }

  /** The check-in a link asks, as it stands, for the page that answers it; empty when not valid. */
  public Optional<CheckInQuestion> readCheckIn(String token) {
    Optional<LinkSigner.SignedLink> link = links.check(token, CheckIns.PURPOSE);
    if (link.isEmpty()) {
      return Optional.empty();
    }
    long clinicId = link.get().clinicId();
    return clinicName(clinicId)
        .flatMap(
            name ->
                tenancy.callAsClinic(
                    clinicId,
                    () ->
                        checkIns
                            .find(link.get().subjectId())
                            .map(checkIn -> question(name, checkIn))));
  }

  /**
   * Keeps the answer to the check-in a link asks.
   *
   * @throws RecordException {@code mail.link.invalid} for a link that is not whole or valid, or as
   *     the check-in refuses the answer
   */
  public CheckInQuestion answerCheckIn(String token, int days, CheckInBarrier barrier)
      throws RecordException {
    LinkSigner.SignedLink link =
        links
            .check(token, CheckIns.PURPOSE)
            .orElseThrow(() -> new RecordException("mail.link.invalid"));
    long clinicId = link.clinicId();
    String name = clinicName(clinicId).orElseThrow(() -> new RecordException("mail.link.invalid"));
    return tenancy.callAsClinic(
        clinicId, () -> question(name, checkIns.answer(link.subjectId(), days, barrier)));
  }

  /**
   * The language of the patient a link was sent to, for the page it opens signed out: the one their
   * mail was written in. Empty for a link that is not whole or valid.
   */
  public Optional<Language> readerLanguage(String token) {
    List<String> toPatients = new ArrayList<>();
    STOPPABLE.forEach(kind -> toPatients.add(Reminders.stopPurpose(kind)));
    toPatients.add(Reminders.CONFIRM_PURPOSE);
    for (String purpose : toPatients) {
      Optional<LinkSigner.SignedLink> link = links.check(token, purpose);
      if (link.isPresent()) {
        return languageOf(link.get().clinicId(), link.get().subjectId());
      }
    }
    return links
        .check(token, CheckIns.PURPOSE)
        .flatMap(
            link ->
                tenancy
                    .callAsClinic(link.clinicId(), () -> checkIns.find(link.subjectId()))
                    .flatMap(checkIn -> languageOf(link.clinicId(), checkIn.getPatient().getId())));
  }

  private Optional<Language> languageOf(long clinicId, long patientId) {
    Optional<Clinic> clinic = clinics.find(clinicId).filter(Clinic::isActive);
    if (clinic.isEmpty()) {
      return Optional.empty();
    }
    Language clinicLanguage = clinic.get().getLanguage();
    return Optional.of(
        tenancy.callAsClinic(
            clinicId,
            () ->
                patients
                    .find(patientId)
                    .map(patient -> patient.languageOr(clinicLanguage))
                    .orElse(clinicLanguage)));
  }

  private CheckInQuestion question(String clinicName, CheckIn checkIn) {
    return CheckInQuestion.of(clinicName, checkIn, checkIn.isOpen(clock.instant()));
  }

  private Optional<String> clinicName(long clinicId) {
    return clinics.find(clinicId).filter(Clinic::isActive).map(Clinic::getName);
  }

  /** What a link did, and for which clinic. */
  public record Outcome(String clinicName, MailKind kind) {}
}
