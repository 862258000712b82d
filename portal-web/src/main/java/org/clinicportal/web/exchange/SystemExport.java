package org.clinicportal.web.exchange;

import ca.uhn.fhir.rest.annotation.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinicportal.exchange.BulkExports;
import org.clinicportal.exchange.ExportLevel;
import org.clinicportal.platform.PortalAddress;

/** {@code GET /fhir/$export}: the whole clinic of the token, as Bulk Data. */
class SystemExport {

  private final BulkExports exports;
  private final PortalAddress portal;

  SystemExport(BulkExports exports, PortalAddress portal) {
    this.exports = exports;
    this.portal = portal;
  }

  @Operation(name = "$export", idempotent = true, manualResponse = true)
  public void export(HttpServletRequest request, HttpServletResponse response) throws IOException {
    BulkKickOff.start(exports, portal, ExportLevel.SYSTEM, null, request, response);
  }
}
