package org.clinicportal.web.exchange;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.HardcodedServerAddressStrategy;
import ca.uhn.fhir.rest.server.RestfulServer;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import java.util.List;
import org.clinicportal.exchange.BulkExports;
import org.clinicportal.exchange.FhirApi;
import org.clinicportal.exchange.RecordExports;
import org.clinicportal.platform.PortalAddress;

/**
 * The portal's FHIR R4 endpoint, on HAPI FHIR's REST server: {@code metadata} answers the
 * capability statement HAPI writes from the providers registered here, so it lists exactly what the
 * endpoint serves: the portal's own code systems, which anyone may read, and a clinic's records,
 * which only the bearer of an access token from {@link TokenEndpoint} reads, of its own clinic and
 * within its scopes. Every address it writes is below the portal's configured public address, never
 * a request's Host. Search results come a page at a time, by offset, at most {@value
 * org.clinicportal.exchange.ResourceSearch#MAX_COUNT} to a page.
 */
@WebServlet(urlPatterns = FhirServer.PATH + "/*", loadOnStartup = 1)
public class FhirServer extends RestfulServer {
  private static final long serialVersionUID = 1L;

  public static final String PATH = RecordExports.FHIR_PATH;

  @Inject private transient PortalAddress portal;
  @Inject private transient FhirApi api;
  @Inject private transient BulkExports exports;

  @Override
  protected void initialize() {
    String base = portal.of(PATH);
    setFhirContext(FhirContext.forR4Cached());
    setServerAddressStrategy(new HardcodedServerAddressStrategy(base));
    setDefaultResponseEncoding(EncodingEnum.JSON);
    setDefaultPrettyPrint(true);
    setImplementationDescription("Clinic portal");
    registerProvider(new CodeSystemProvider(base));
    registerProvider(new QuestionnaireProvider(base));
    registerProviders(
        List.of(
            new OrganizationProvider(api),
            new PractitionerProvider(api),
            new ActivityDefinitionProvider(api),
            new PatientProvider(api, exports, portal),
            new CarePlanProvider(api),
            new ServiceRequestProvider(api),
            new ObservationProvider(api),
            new QuestionnaireResponseProvider(api),
            new FlagProvider(api),
            new GroupProvider(exports, portal),
            new SystemExport(exports, portal)));
  }
}
