package org.clinicportal.clinic;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.clinicportal.platform.Role;

/** What a clinic administrator enters to add a therapist or another administrator. */
public class NewStaffMember implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank(message = "{staff.displayName.required}")
  @Size(max = 200, message = "{staff.displayName.size}")
  private String displayName;

  @NotBlank(message = "{staff.username.required}")
  @Size(max = 80, message = "{staff.username.size}")
  private String username;

  @NotNull(message = "{staff.role.required}")
  private Role role = Role.THERAPIST;

  private Profession profession;

  @Size(max = 60, message = "{staff.licenseNumber.size}")
  private String licenseNumber;

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Profession getProfession() {
    return profession;
  }

  public void setProfession(Profession profession) {
    this.profession = profession;
  }

  public String getLicenseNumber() {
    return licenseNumber;
  }

  public void setLicenseNumber(String licenseNumber) {
    this.licenseNumber = licenseNumber;
  }
}
