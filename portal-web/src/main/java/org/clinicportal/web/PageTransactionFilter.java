package org.clinicportal.web;

import jakarta.annotation.Resource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.HeuristicRollbackException;
import jakarta.transaction.NotSupportedException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.io.IOException;

/**
 * A page opened with GET is read in one transaction: the services its parts call join it, so the
 * clinic is bound once, one connection serves the page and a record shown by several parts is read
 * once. Posts are left alone: each action keeps the transactions of the services it calls, so that
 * a refused step changes nothing and the next one still runs. Nothing a page read writes depends on
 * this transaction: the record of who opened a chart is committed on its own before the page is
 * sent.
 */
public class PageTransactionFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Resource private transient UserTransaction transaction;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!"GET".equals(request.getMethod()) || SecurityHeadersFilter.isStaticResource(request)) {
      chain.doFilter(request, response);
      return;
    }
    begin();
    boolean rendered = false;
    try {
      chain.doFilter(request, response);
      rendered = true;
    } finally {
      end(rendered);
    }
  }

  private void begin() throws ServletException {
    try {
      transaction.begin();
    } catch (NotSupportedException | SystemException e) {
      throw new ServletException("The page's transaction did not start", e);
    }
  }

  private void end(boolean rendered) throws ServletException {
    try {
      int status = transaction.getStatus();
      if (rendered && status == Status.STATUS_ACTIVE) {
        transaction.commit();
      } else if (status != Status.STATUS_NO_TRANSACTION) {
        transaction.rollback();
      }
    } catch (SystemException
        | RollbackException
        | HeuristicMixedException
        | HeuristicRollbackException e) {
      throw new ServletException("The page's transaction did not end cleanly", e);
    }
  }
}
