package org.clinicportal.clinic;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.platform.ClinicIdentity;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.MailAddresses;
import org.clinicportal.platform.Picture;
import org.clinicportal.platform.PortalEntity;

/** A clinic: the unit of isolation. Nothing a clinic owns is ever visible to another clinic. */
@Entity
@Table(name = "clinic")
@NamedQuery(name = "Clinic.findByCode", query = "select c from Clinic c where c.code = :code")
@NamedQuery(name = "Clinic.findAll", query = "select c from Clinic c order by c.name")
@NamedQuery(name = "Clinic.count", query = "select count(c) from Clinic c")
public class Clinic extends PortalEntity {

  /** The longest sender name on the clinic's e-mail. */
  public static final int MAX_SENDER_NAME = 100;

  /** Lower-case letters, digits and inner hyphens: what people type on the sign-in page. */
  public static final String CODE_PATTERN = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";

  /** A colour as six lower-case hexadecimal digits after a hash. */
  public static final String COLOUR_PATTERN = "#[0-9a-f]{6}";

  public static final String DEFAULT_COLOUR = "#1f6f78";

  @NotBlank
  @Pattern(regexp = CODE_PATTERN)
  @Column(nullable = false, unique = true, length = 40)
  private String code;

  @NotBlank
  @Size(max = 200)
  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false)
  private boolean active = true;

  @NotBlank
  @Size(max = 60)
  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone = "UTC";

  @Column(name = "language", nullable = false, length = 2)
  private Language language = Language.ENGLISH;

  @Column(name = "mail_sender_name", length = MAX_SENDER_NAME)
  private String mailSenderName;

  @Column(name = "mail_reply_to", length = MailAddresses.MAX_LENGTH)
  private String mailReplyTo;

  @Column(name = "urgent_notice_email", length = MailAddresses.MAX_LENGTH)
  private String urgentNoticeEmail;

  @Size(max = 300)
  @Column(length = 300)
  private String address;

  @Size(max = 40)
  @Column(length = 40)
  private String phone;

  @NotBlank
  @Pattern(regexp = COLOUR_PATTERN)
  @Column(name = "primary_colour", nullable = false, length = 7)
  private String primaryColour = DEFAULT_COLOUR;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "logo")
  private byte[] logo;

  @Column(name = "logo_type", length = 20)
  private String logoType;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

  protected Clinic() {}

  public Clinic(String code, String name) {
    this(code, name, "UTC");
  }

  public Clinic(String code, String name, String timeZone) {
    this.code = normaliseCode(code);
    this.name = name == null ? null : name.trim();
    this.timeZone = timeZone;
  }

  /** Whether the text names a time zone the portal knows, such as Europe/London. */
  public static boolean isTimeZone(String zone) {
    try {
      java.time.ZoneId.of(zone);
      return true;
    } catch (java.time.DateTimeException | NullPointerException e) {
      return false;
    }
  }

  /** How a typed clinic code is compared: trimmed and lower-cased. */
  public static String normaliseCode(String code) {
    return code == null ? null : code.trim().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Changes what the clinic shows of itself; the code people sign in with stays.
   *
   * @return each field that changed, as it was and as it became
   */
  public List<FieldChange> describe(
      String name,
      String address,
      String phone,
      String primaryColour,
      String timeZone,
      Language language) {
    List<FieldChange> changes = new ArrayList<>();
    String newName = name == null ? null : name.trim();
    String newColour =
        primaryColour == null
            ? DEFAULT_COLOUR
            : primaryColour.trim().toLowerCase(java.util.Locale.ROOT);
    note(changes, "name", this.name, newName);
    note(changes, "address", this.address, blankToNull(address));
    note(changes, "phone", this.phone, blankToNull(phone));
    note(changes, "primaryColour", this.primaryColour, newColour);
    note(changes, "timeZone", this.timeZone, timeZone);
    note(changes, "language", this.language.tag(), language.tag());
    this.name = newName;
    this.address = blankToNull(address);
    this.phone = blankToNull(phone);
    this.primaryColour = newColour;
    this.timeZone = timeZone;
    this.language = language;
    return changes;
  }

  /**
   * Changes how the clinic's e-mail introduces itself, the sender's name (the clinic's name when
   * empty) and where replies go (nowhere when empty), and the clinic address that urgent notices go
   * to besides the patient's therapist (none when empty).
   *
   * @return each field that changed, as it was and as it became
   * @throws IllegalArgumentException for a name with control characters or too long, or an address
   *     that is not a plain address
   */
  public List<FieldChange> signMail(String senderName, String replyTo, String urgentTo) {
    String name = blankToNull(senderName == null ? null : senderName.strip());
    String reply = blankToNull(replyTo == null ? null : replyTo.strip());
    String urgent = blankToNull(urgentTo == null ? null : urgentTo.strip());
    if (name != null && (name.length() > MAX_SENDER_NAME || name.chars().anyMatch(c -> c < 0x20))) {
      throw new IllegalArgumentException("Not a sender's name");
    }
    if (reply != null && !MailAddresses.isPlausible(reply)) {
      throw new IllegalArgumentException("Not a reply address");
    }
    if (urgent != null && !MailAddresses.isPlausible(urgent)) {
      throw new IllegalArgumentException("Not an address for urgent notices");
    }
    List<FieldChange> changes = new ArrayList<>();
    note(changes, "mailSenderName", mailSenderName, name);
    note(changes, "mailReplyTo", mailReplyTo, reply);
    note(changes, "urgentNoticeEmail", masked(urgentNoticeEmail), masked(urgent));
    mailSenderName = name;
    mailReplyTo = reply;
    urgentNoticeEmail = urgent;
    return changes;
  }

  /** The clinic address urgent notices also go to, or null for the therapist alone. */
  public String getUrgentNoticeEmail() {
    return urgentNoticeEmail;
  }

  private static String masked(String address) {
    return address == null ? null : MailAddresses.masked(address);
  }

  /** The name the clinic's e-mail comes from. */
  public String mailSender() {
    return mailSenderName == null ? name : mailSenderName;
  }

  public String getMailSenderName() {
    return mailSenderName;
  }

  /** Where replies to the clinic's e-mail go, or null for nowhere. */
  public String getMailReplyTo() {
    return mailReplyTo;
  }

  private static void note(List<FieldChange> changes, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changes.add(new FieldChange(field, before, after));
    }
  }

  /** Shows a logo as {@link org.clinicportal.platform.Pictures} re-encoded it. */
  public void showLogo(Picture picture) {
    this.logo = picture.content().clone();
    this.logoType = picture.type();
  }

  public void removeLogo() {
    this.logo = null;
    this.logoType = null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public String getAddress() {
    return address;
  }

  public String getPhone() {
    return phone;
  }

  public String getPrimaryColour() {
    return primaryColour;
  }

  public boolean hasLogo() {
    return logoType != null;
  }

  public byte[] getLogo() {
    return logo == null ? null : logo.clone();
  }

  public String getLogoType() {
    return logoType;
  }

  /** What the people signed in to this clinic carry of it. */
  public ClinicIdentity identity() {
    return new ClinicIdentity(getId(), code, name, timeZone);
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public String getTimeZone() {
    return timeZone;
  }

  /** The language the clinic's pages and mails use, for everyone who has not chosen another. */
  public Language getLanguage() {
    return language;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
