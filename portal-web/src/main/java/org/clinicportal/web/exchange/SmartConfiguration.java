package org.clinicportal.web.exchange;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.clinicportal.exchange.BackendTokens;
import org.clinicportal.exchange.FhirScope;
import org.clinicportal.platform.PortalAddress;

/**
 * What a SMART client reads before it asks for a token: where the token endpoint is, that it takes
 * the {@code client_credentials} grant with a private-key JWT signed by RSA or elliptic curve keys,
 * and which scopes exist. Public, like the capability statement.
 */
@WebServlet(SmartConfiguration.PATH)
public class SmartConfiguration extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = FhirServer.PATH + "/.well-known/smart-configuration";

  @Inject private transient PortalAddress portal;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonArrayBuilder scopes = Json.createArrayBuilder();
    Arrays.stream(FhirScope.values()).map(FhirScope::scope).forEach(scopes::add);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response
        .getWriter()
        .write(
            Json.createObjectBuilder()
                .add("token_endpoint", portal.of(BackendTokens.TOKEN_PATH))
                .add("grant_types_supported", Json.createArrayBuilder().add("client_credentials"))
                .add(
                    "token_endpoint_auth_methods_supported",
                    Json.createArrayBuilder().add("private_key_jwt"))
                .add(
                    "token_endpoint_auth_signing_alg_values_supported",
                    Json.createArrayBuilder()
                        .add("RS256")
                        .add("RS384")
                        .add("RS512")
                        .add("ES256")
                        .add("ES384")
                        .add("ES512"))
                .add("scopes_supported", scopes)
                .add(
                    "capabilities", Json.createArrayBuilder().add("client-confidential-asymmetric"))
                .build()
                .toString());
  }
}
