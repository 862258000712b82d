package org.clinicportal.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.clinicportal.platform.PortalEntity;

/** A clinic: the unit of isolation. Nothing a clinic owns is ever visible to another clinic. */
@Entity
@Table(name = "clinic")
@NamedQuery(name = "Clinic.findByCode", query = "select c from Clinic c where c.code = :code")
@NamedQuery(name = "Clinic.findAll", query = "select c from Clinic c order by c.name")
@NamedQuery(name = "Clinic.count", query = "select count(c) from Clinic c")
public class Clinic extends PortalEntity {

  /** Lower-case letters, digits and inner hyphens: what people type on the sign-in page. */
  public static final String CODE_PATTERN = "[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?";

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

  /** How a typed clinic code is compared: trimmed and lower-cased. */
  public static String normaliseCode(String code) {
    return code == null ? null : code.trim().toLowerCase(java.util.Locale.ROOT);
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

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
