package org.clinicportal.web.operator;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.clinicportal.audit.PlatformAudit;
import org.clinicportal.audit.PlatformAuditEvent;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.ClinicOnboarding;
import org.clinicportal.clinic.Clinics;
import org.clinicportal.security.IssuedAccount;
import org.clinicportal.web.Messages;

/**
 * The platform administrator's home page: the clinics on the platform, opening a new one, and the
 * latest entries of the operators' own audit trail.
 */
@Named
@ViewScoped
public class PlatformHome implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Clinics clinics;
  @Inject private ClinicOnboarding onboarding;
  @Inject private Messages messages;
  @Inject private PlatformAudit platformAudit;

  static final int AUDIT_SHOWN = 50;

  private transient List<Clinic> all;
  private transient List<PlatformAuditEvent> audit;
  private String code;
  private String name;
  private String timeZone = "Europe/London";
  private String adminName;
  private String adminUsername;
  private IssuedAccount issued;
  private String issuedClinicCode;

  public void load() {
    all = clinics.all();
    audit = platformAudit.latest(AUDIT_SHOWN);
  }

  public void open() {
    issued = null;
    messages.attempt(
        () -> {
          issued = onboarding.open(code, name, timeZone, adminName, adminUsername);
          issuedClinicCode = Clinic.normaliseCode(code);
          messages.info(null, "platform.clinic.opened");
          code = null;
          name = null;
          adminName = null;
          adminUsername = null;
        });
    load();
  }

  public List<Clinic> getClinics() {
    if (all == null) {
      load();
    }
    return all;
  }

  public List<String> getTimeZones() {
    return java.time.ZoneId.getAvailableZoneIds().stream()
        .filter(
            zone -> zone.contains("/") && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/"))
        .sorted()
        .toList();
  }

  public List<PlatformAuditEvent> getAudit() {
    if (audit == null) {
      load();
    }
    return audit;
  }

  public IssuedAccount getIssued() {
    return issued;
  }

  public String getIssuedClinicCode() {
    return issuedClinicCode;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getAdminName() {
    return adminName;
  }

  public void setAdminName(String adminName) {
    this.adminName = adminName;
  }

  public String getAdminUsername() {
    return adminUsername;
  }

  public void setAdminUsername(String adminUsername) {
    this.adminUsername = adminUsername;
  }
}
