package org.clinicportal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import org.clinicportal.platform.SqlStatementCount;

/**
 * With {@code PORTAL_SQL_STATEMENT_HEADER=on}, every page and ajax answer tells in a {@code
 * Server-Timing} header how many SQL statements it sent ({@code sql;desc="12 statements"}), so a
 * load test or a browser's network panel can see a page whose statements grow with the data. Off by
 * default: the answer is then passed through untouched. While on, an answer is held in memory until
 * it is complete, because the header must precede the body.
 */
public class SqlStatementHeaderFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  static final String HEADER = "Server-Timing";

  private boolean enabled;

  @Override
  public void init(FilterConfig config) {
    enabled = "on".equalsIgnoreCase(System.getenv("PORTAL_SQL_STATEMENT_HEADER"));
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!enabled) {
      chain.doFilter(request, response);
      return;
    }
    HeldResponse held = new HeldResponse(response);
    SqlStatementCount.open();
    int statements;
    try {
      chain.doFilter(request, held);
    } finally {
      statements = SqlStatementCount.close();
    }
    if (!response.isCommitted()) {
      response.setHeader(HEADER, "sql;desc=\"" + statements + " statements\"");
    }
    held.release();
  }

  /** An answer kept in memory until the filter has set its header. */
  private static final class HeldResponse extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream body = new ByteArrayOutputStream(16_384);
    private ServletOutputStream stream;
    private PrintWriter writer;

    HeldResponse(HttpServletResponse response) {
      super(response);
    }

    @Override
    public ServletOutputStream getOutputStream() {
      if (stream == null) {
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) {
                body.write(b);
              }

              @Override
              public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
              }

              @Override
              public boolean isReady() {
                return true;
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                try {
                  listener.onWritePossible();
                } catch (IOException e) {
                  listener.onError(e);
                }
              }
            };
      }
      return stream;
    }

    @Override
    public PrintWriter getWriter() {
      if (writer == null) {
        writer =
            new PrintWriter(
                new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())));
      }
      return writer;
    }

    @Override
    public void flushBuffer() {
      if (writer != null) {
        writer.flush();
      }
    }

    @Override
    public void resetBuffer() {
      super.resetBuffer();
      body.reset();
    }

    @Override
    public void reset() {
      super.reset();
      body.reset();
    }

    void release() throws IOException {
      flushBuffer();
      if (body.size() == 0) {
        return;
      }
      if (!isCommitted()) {
        setContentLength(body.size());
      }
      body.writeTo(getResponse().getOutputStream());
    }
  }
}
