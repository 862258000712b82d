package org.clinicportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * Behind a trusted proxy (see {@link TrustedProxies}), answers each request as coming from the
 * client the proxy names and over the scheme it names: the filters and pages after it, the audit
 * trail, the sign-in throttle and the headers that depend on TLS all see the client, not the proxy.
 * It runs first, so that every other filter sees the same caller.
 */
public class ForwardedRequestFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  private transient TrustedProxies proxies;

  @Override
  public void init() {
    proxies = TrustedProxies.fromSettings();
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (proxies.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    TrustedProxies.Caller caller =
        proxies.caller(
            request.getRemoteAddr(),
            request.isSecure(),
            Collections.list(request.getHeaders("X-Forwarded-For")),
            request.getHeader("X-Forwarded-Proto"));
    chain.doFilter(new ForwardedRequest(request, caller), response);
  }

  private static final class ForwardedRequest extends HttpServletRequestWrapper {
    private final TrustedProxies.Caller caller;

    ForwardedRequest(HttpServletRequest request, TrustedProxies.Caller caller) {
      super(request);
      this.caller = caller;
    }

    @Override
    public String getRemoteAddr() {
      return caller.address();
    }

    @Override
    public String getRemoteHost() {
      return caller.address();
    }

    @Override
    public boolean isSecure() {
      return caller.secure();
    }

    @Override
    public String getScheme() {
      return caller.secure() ? "https" : "http";
    }
  }
}
