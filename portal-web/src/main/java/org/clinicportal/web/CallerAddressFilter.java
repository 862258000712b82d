package org.clinicportal.web;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.clinicportal.audit.CallerAddress;

/** Tells the audit trail which address each request came from. */
public class CallerAddressFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Inject private CallerAddress callerAddress;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    callerAddress.set(request.getRemoteAddr());
    chain.doFilter(request, response);
  }
}
