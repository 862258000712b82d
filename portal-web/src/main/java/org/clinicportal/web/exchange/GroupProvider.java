package org.clinicportal.web.exchange;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Operation;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinicportal.exchange.BulkExports;
import org.clinicportal.exchange.ExportLevel;
import org.clinicportal.platform.PortalAddress;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.IdType;

/**
 * {@code GET /fhir/Group/[id]/$export}: a therapist's caseload as Bulk Data, the group's id being
 * the therapist's Practitioner id; the patients whose therapist they are.
 */
class GroupProvider implements IResourceProvider {

  private final BulkExports exports;
  private final PortalAddress portal;

  GroupProvider(BulkExports exports, PortalAddress portal) {
    this.exports = exports;
    this.portal = portal;
  }

  @Override
  public Class<Group> getResourceType() {
    return Group.class;
  }

  @Operation(name = "$export", idempotent = true, manualResponse = true)
  public void export(@IdParam IdType id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!id.getIdPart().matches("\\d{1,18}")) {
      throw new ResourceNotFoundException(id.toUnqualifiedVersionless());
    }
    BulkKickOff.start(
        exports, portal, ExportLevel.GROUP, Long.valueOf(id.getIdPart()), request, response);
  }
}
