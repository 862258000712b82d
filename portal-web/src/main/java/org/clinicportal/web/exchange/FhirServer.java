package org.clinicportal.web.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import org.clinicportal.exchange.RecordExports;
import org.clinicportal.platform.PortalAddress;

/**
 * The portal's FHIR R4 endpoint, on HAPI FHIR's REST server: {@code metadata} answers the
 * capability statement HAPI writes from the providers registered here, so it lists exactly what the
 * endpoint serves. Today that is the portal's own code systems, which anyone may read; every
 * address it writes is below the portal's configured public address, never a request's Host.
 */
@WebServlet(urlPatterns = FhirServer.PATH + "/*", loadOnStartup = 1)
public class FhirServer extends RestfulServer {
  private static final long serialVersionUID = 1L;

  public static final String PATH = RecordExports.FHIR_PATH;

  @Inject private transient PortalAddress portal;

  @Override
  protected void initialize() {
    String base = portal.of(PATH);
    setFhirContext(FhirContext.forR4Cached());
    setServerAddressStrategy(new HardcodedServerAddressStrategy(base));
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setDefaultPrettyPrint(true);
    setImplementationDescription("Clinic portal");
    registerProvider(new CodeSystemProvider(base));
  }
}
