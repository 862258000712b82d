package org.clinicportal.web.exchange;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.clinicportal.exchange.PortalCodeSystems;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.IdType;

/** Reads the portal's own code systems by id; any other id is not found. */
public class CodeSystemProvider implements IResourceProvider {

  private final String base;

  CodeSystemProvider(String base) {
    this.base = base;
  }

  @Override
  public Class<CodeSystem> getResourceType() {
    return CodeSystem.class;
  }

  @Read
  public CodeSystem read(@IdParam IdType id) {
    return PortalCodeSystems.of(id.getIdPart(), base)
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }
}
