package org.clinicportal.web.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import org.clinicportal.web.ApiProblem;
import org.clinicportal.web.security.SameOrigin;

/**
 * Keeps the API to the portal's own pages. Every request names itself with {@value #HEADER}: a page
 * of another site cannot send a custom header without the browser first asking the portal, which
 * never allows it. A request that changes something must besides come from the portal's own origin
 * as the browser reports it ({@link SameOrigin}), and the session cookie is {@code SameSite}. No
 * answer is kept by a cache: the phone's own copy of the plan is the offline app's, not the browser
 * cache's.
 */
@Provider
@PreMatching
public class ApiGuard implements ContainerRequestFilter, ContainerResponseFilter {

  /** The header every API request carries, with the value {@code 1}. */
  public static final String HEADER = "X-Portal-Api";

  private static final Set<String> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD);

  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext call) {
    if (!"1".equals(call.getHeaderString(HEADER))) {
      call.abortWith(ApiProblem.answer(400, "api.header", request.getLocale()));
    } else if (!SAFE.contains(call.getMethod()) && !SameOrigin.posted(request)) {
      call.abortWith(ApiProblem.answer(403, "api.crossSite", request.getLocale()));
    }
  }

  @Override
  public void filter(ContainerRequestContext call, ContainerResponseContext answer) {
    answer.getHeaders().putSingle("Cache-Control", "no-store");
    answer.getHeaders().putSingle("Vary", "Cookie");
  }
}
