package org.clinicportal.clinic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.clinicportal.audit.AuditAction;
import org.clinicportal.audit.AuditTrail;
import org.clinicportal.audit.FieldChange;
import org.clinicportal.platform.Language;
import org.clinicportal.platform.MailAddresses;
import org.clinicportal.platform.Picture;
import org.clinicportal.platform.Pictures;
import org.clinicportal.platform.RecordException;
import org.clinicportal.platform.Role;
import org.clinicportal.platform.Tenancy;
import org.clinicportal.platform.TenantBound;

/**
 * The signed-in person's own clinic as it presents itself: name, address, phone, colour, time zone
 * and logo. Which clinic is always the bound one; nothing in a request can name another. The clinic
 * is bound before the row is read, so that its changes are written under the clinic's own guard.
 */
@Stateless
@TenantBound
public class ClinicProfile {

  /** The largest logo accepted, in bytes. */
  public static final int MAX_LOGO_BYTES = Pictures.MAX_BYTES;

  /**
   * The longest side of a stored logo, in pixels. The handout prints it in a box of 144 x 48 points
   * (2 inches wide: 600 pixels at 300 dpi) and the page header shows it 40 pixels high, so 600
   * pixels is sharp on paper and on dense screens; a larger logo only costs memory when a handout
   * is made.
   */
  public static final int LOGO_LONGEST_SIDE = 600;

  @PersistenceContext(unitName = "portal")
  private EntityManager em;

  @Inject private Tenancy tenancy;
  @Inject private AuditTrail audit;

  /** The bound clinic; read by every signed-in page for its header. */
  public Clinic current() {
    return em.find(Clinic.class, tenancy.currentClinicId());
  }

  @RolesAllowed("CLINIC_ADMIN")
  public Clinic describe(
      String name, String address, String phone, String colour, String timeZone, Language language)
      throws RecordException {
    if (name == null || name.isBlank() || name.trim().length() > 200) {
      throw new RecordException("clinic.name.required");
    }
    if (address != null && address.length() > 300) {
      throw new RecordException("clinic.address.size");
    }
    if (phone != null && !phone.isBlank() && !phone.trim().matches("[+0-9 ()./-]{5,40}")) {
      throw new RecordException("patient.phone.invalid");
    }
    if (colour == null
        || !colour.trim().toLowerCase(java.util.Locale.ROOT).matches(Clinic.COLOUR_PATTERN)) {
      throw new RecordException("clinic.colour.invalid");
    }
    if (!Clinic.isTimeZone(timeZone)) {
      throw new RecordException("clinic.timeZone.invalid");
    }
    if (language == null) {
      throw new RecordException("clinic.language.required");
    }
    Clinic clinic = current();
    List<FieldChange> changes = clinic.describe(name, address, phone, colour, timeZone, language);
    if (!changes.isEmpty()) {
      audit.record(AuditAction.CLINIC_PROFILE_CHANGED, null, changes);
    }
    return clinic;
  }

  /**
   * Changes how the clinic's e-mail introduces itself, and where urgent notices go besides the
   * patient's therapist.
   *
   * @throws RecordException {@code clinic.mailSender.invalid}, {@code clinic.replyTo.invalid} or
   *     {@code clinic.urgentTo.invalid}
   */
  public Clinic signMail(String senderName, String replyTo, String urgentTo)
      throws RecordException {
    tenancy.requireRole(Role.CLINIC_ADMIN);
    if (senderName != null
        && (senderName.strip().length() > Clinic.MAX_SENDER_NAME
            || senderName.chars().anyMatch(c -> c < 0x20))) {
      throw new RecordException("clinic.mailSender.invalid");
    }
    if (replyTo != null && !replyTo.isBlank() && !MailAddresses.isPlausible(replyTo.strip())) {
      throw new RecordException("clinic.replyTo.invalid");
    }
    if (urgentTo != null && !urgentTo.isBlank() && !MailAddresses.isPlausible(urgentTo.strip())) {
      throw new RecordException("clinic.urgentTo.invalid");
    }
    Clinic clinic = current();
    List<FieldChange> changes = clinic.signMail(senderName, replyTo, urgentTo);
    if (!changes.isEmpty()) {
      audit.record(AuditAction.CLINIC_PROFILE_CHANGED, null, changes);
    }
    return clinic;
  }

  /**
   * Accepts a PNG or JPEG of at most 512 KiB that decodes, and keeps it re-encoded and scaled down
   * to {@value #LOGO_LONGEST_SIDE} pixels on its longest side (see {@link Pictures#accept}).
   */
  @RolesAllowed("CLINIC_ADMIN")
  public Picture showLogo(byte[] image) throws RecordException {
    Picture logo = Pictures.accept(image, LOGO_LONGEST_SIDE, "clinic.logo");
    current().showLogo(logo);
    audit.recordNote(
        AuditAction.CLINIC_LOGO_CHANGED,
        null,
        logo.type() + ", " + logo.content().length + " bytes");
    return logo;
  }

  @RolesAllowed("CLINIC_ADMIN")
  public void removeLogo() {
    Clinic clinic = current();
    if (clinic.hasLogo()) {
      clinic.removeLogo();
      audit.record(AuditAction.CLINIC_LOGO_REMOVED, null);
    }
  }
}
