package org.clinicportal.homecare;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.clinicportal.patient.Patient;
import org.clinicportal.platform.ClinicOwned;
import org.clinicportal.reminder.ReminderChoices;

/**
 * A patient's reminders: their choices (or their program's defaults), the address they confirmed,
 * and when something is next due. Reminders go only to a confirmed address that is still the one on
 * the patient's record; a reminder kind the patient stopped stays stopped, whatever becomes of
 * their program.
 */
@Entity
@Table(name = "reminder_plan")
@NamedQuery(
    name = "ReminderPlan.ofPatient",
    query = "select r from ReminderPlan r join fetch r.patient where r.patient.id = :patientId")
@NamedQuery(
    name = "ReminderPlan.due",
    query =
        "select r from ReminderPlan r join fetch r.patient where r.nextDueAt <= :ahead"
            + " and (r.nextDueAt <= :now or r.nextDueAhead = true) order by r.nextDueAt, r.id")
@NamedQuery(
    name = "ReminderPlan.byCalendarKey",
    query = "select r from ReminderPlan r join fetch r.patient where r.calendarKeyHash = :hash")
public class ReminderPlan extends ClinicOwned {

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "patient_id", nullable = false, updatable = false)
  private Patient patient;

  @Column(name = "times", nullable = false)
  private String times;

  @Column(name = "days", nullable = false)
  private String days;

  @Column(name = "quiet_start")
  private LocalTime quietStart;

  @Column(name = "quiet_end")
  private LocalTime quietEnd;

  @Column(name = "nudge_at", nullable = false)
  private LocalTime nudgeAt;

  @Column(name = "reminders_on", nullable = false)
  private boolean remindersOn;

  @Column(name = "nudge_on", nullable = false)
  private boolean nudgeOn;

  @Column(name = "check_in_on", nullable = false)
  private boolean checkInOn;

  @Column(name = "own_choice", nullable = false)
  private boolean ownChoice;

  @Column(name = "address")
  private String address;

  @Column(name = "address_confirmed_at")
  private OffsetDateTime addressConfirmedAt;

  @Column(name = "address_check_expires")
  private OffsetDateTime addressCheckExpires;

  @Column(name = "next_due_at")
  private OffsetDateTime nextDueAt;

  @Column(name = "next_due_ahead", nullable = false)
  private boolean nextDueAhead;

  @Column(name = "calendar_key_hash")
  private byte[] calendarKeyHash;

  protected ReminderPlan() {}

  public ReminderPlan(Patient patient, ReminderChoices choices) {
    this.patient = Objects.requireNonNull(patient);
    choose(choices);
  }

  /** The patient's choices as they stand. */
  public ReminderChoices choices() {
    return ReminderChoices.of(
        Arrays.stream(times.split(",")).map(LocalTime::parse).toList(),
        Arrays.stream(days.split(","))
            .map(DayOfWeek::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))),
        quietStart,
        quietEnd,
        nudgeAt,
        remindersOn,
        nudgeOn,
        checkInOn,
        ownChoice);
  }

  /** Keeps new choices; their times, days and switches replace the old ones. */
  public void choose(ReminderChoices choices) {
    List<LocalTime> chosen = choices.getTimes();
    times = chosen.stream().map(LocalTime::toString).collect(Collectors.joining(","));
    Set<DayOfWeek> weekdays = choices.getDays();
    days = weekdays.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    quietStart = choices.getQuietStart();
    quietEnd = choices.getQuietEnd();
    nudgeAt = choices.getNudgeAt();
    remindersOn = choices.isRemindersOn();
    nudgeOn = choices.isNudgeOn();
    checkInOn = choices.isCheckInOn();
    ownChoice = choices.isOwn();
  }

  /**
   * Starts confirming the patient's current address: a check mail valid until {@code expires} is
   * about to go out, and only its link confirms.
   */
  public void checkAddress(String current, Instant expires) {
    address = Objects.requireNonNull(current).strip().toLowerCase(Locale.ROOT);
    addressConfirmedAt = null;
    addressCheckExpires = OffsetDateTime.ofInstant(expires, ZoneOffset.UTC);
  }

  /**
   * Confirms the address a check link was sent to, if that link is the latest one and the address
   * is still the patient's.
   *
   * @return whether the address is now confirmed
   */
  public boolean confirmAddress(Instant linkExpires, Instant at) {
    if (addressCheckExpires == null
        || !addressCheckExpires.toInstant().equals(linkExpires)
        || !isCurrent(patient.getEmail())) {
      return false;
    }
    if (addressConfirmedAt == null) {
      addressConfirmedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }
    return true;
  }

  /** Whether mail may go to the patient: their current address is the one they confirmed. */
  public boolean mayMail() {
    return addressConfirmedAt != null && isCurrent(patient.getEmail());
  }

  /** Whether a check of the patient's current address is under way and still valid. */
  public boolean isCheckingAddress(Instant now) {
    return addressConfirmedAt == null
        && addressCheckExpires != null
        && addressCheckExpires.toInstant().isAfter(now)
        && isCurrent(patient.getEmail());
  }

  private boolean isCurrent(String email) {
    return address != null
        && email != null
        && address.equals(email.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * Sets when something is next due, null when nothing is, and whether that moment reminds and
   * nothing else, so that its mail may be queued ahead of it.
   */
  public void dueNext(Instant next, boolean remindsOnly) {
    nextDueAt = next == null ? null : OffsetDateTime.ofInstant(next, ZoneOffset.UTC);
    nextDueAhead = next != null && remindsOnly;
  }

  /**
   * Keeps the hash of a new secret for the patient's calendar feed; the link with the secret it
   * replaces stops working.
   */
  public void keyCalendar(byte[] secretHash) {
    if (secretHash == null || secretHash.length != 32) {
      throw new IllegalArgumentException("A calendar key is kept as a SHA-256 hash");
    }
    calendarKeyHash = secretHash.clone();
  }

  /** Whether the patient has a link to their calendar feed. */
  public boolean hasCalendarKey() {
    return calendarKeyHash != null;
  }

  public Patient getPatient() {
    return patient;
  }

  public String getAddress() {
    return address;
  }

  public OffsetDateTime getAddressConfirmedAt() {
    return addressConfirmedAt;
  }

  public OffsetDateTime getNextDueAt() {
    return nextDueAt;
  }
}
