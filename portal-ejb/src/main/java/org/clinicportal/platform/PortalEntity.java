package org.clinicportal.platform;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

/** Identity and optimistic-lock version shared by every entity; ids come from one sequence. */
@MappedSuperclass
public abstract class PortalEntity {

  @Id
  @SequenceGenerator(name = "portal_id", sequenceName = "portal_id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_id")
  private Long id;

  @Version private long version;

  public Long getId() {
    return id;
  }

  public long getVersion() {
    return version;
  }
}
