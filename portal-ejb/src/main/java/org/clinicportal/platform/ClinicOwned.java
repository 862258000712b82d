package org.clinicportal.platform;

import jakarta.persistence.DiscriminatorType;
import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Base of every row that belongs to one clinic. EclipseLink adds {@code tenant_id = ?} to every
 * query and fills the column on insert from the clinic bound by {@link TenantBindingInterceptor};
 * the entity never sees it.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = ClinicOwned.TENANT_PROPERTY,
    discriminatorType = DiscriminatorType.INTEGER)
public abstract class ClinicOwned extends PortalEntity {

  /** The persistence-unit property that carries the bound clinic's id. */
  public static final String TENANT_PROPERTY = "eclipselink.tenant-id";
}
