package org.clinicportal.web.exchange;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.clinicportal.exchange.AccessToken;
import org.clinicportal.exchange.BackendTokens;
import org.clinicportal.exchange.TokenRefusedException;

/**
 * The OAuth 2.0 token endpoint of SMART Backend Services: a client posts the {@code
 * client_credentials} grant with a signed JWT assertion and the scopes it wants, and is answered an
 * access token in JSON, or an OAuth error (RFC 6749, section 5.2) whose description says which rule
 * the request broke. Neither answer may be stored by a cache.
 */
@WebServlet(TokenEndpoint.PATH)
public class TokenEndpoint extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = BackendTokens.TOKEN_PATH;

  @Inject private transient BackendTokens tokens;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String type = request.getContentType();
    if (type == null
        || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
      answer(
          response,
          HttpServletResponse.SC_BAD_REQUEST,
          error("invalid_request", "Post the request as application/x-www-form-urlencoded"));
      return;
    }
    try {
      AccessToken token =
          tokens.issue(
              request.getParameter("grant_type"),
              request.getParameter("client_assertion_type"),
              request.getParameter("client_assertion"),
              request.getParameter("scope"));
      answer(
          response,
          HttpServletResponse.SC_OK,
          Json.createObjectBuilder()
              .add("access_token", token.token())
              .add("token_type", "bearer")
              .add("expires_in", token.expiresInSeconds())
              .add("scope", token.scope())
              .build());
    } catch (TokenRefusedException refused) {
      answer(
          response,
          refused.getError() == TokenRefusedException.Error.INVALID_CLIENT
              ? HttpServletResponse.SC_UNAUTHORIZED
              : HttpServletResponse.SC_BAD_REQUEST,
          error(refused.getError().code(), refused.getDescription()));
    }
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Allow", "POST");
    answer(
        response,
        HttpServletResponse.SC_METHOD_NOT_ALLOWED,
        error("invalid_request", "Tokens are asked for with POST"));
  }

  private static JsonObject error(String code, String description) {
    return Json.createObjectBuilder()
        .add("error", code)
        .add("error_description", description)
        .build();
  }

  private static void answer(HttpServletResponse response, int status, JsonObject body)
      throws IOException {
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(body.toString());
  }
}
