package org.clinicportal.launcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DevelopmentMailTest {

  @Test
  void thePageShowsMessagesNewestFirstWithTheirLinksAndEscapesTheRest() {
    String page =
        DevelopmentMail.page(
            List.of(
                new DevelopmentMail.Shown(
                    "jordan.lee@example.org",
                    "Please confirm <b>now</b>",
                    "Confirm: http://localhost:8080/portal/mail/confirm?t=a.b&x=1\n<script>x</script>")));
    assertTrue(page.contains("Please confirm &lt;b&gt;now&lt;/b&gt;"), page);
    assertTrue(
        page.contains("<a href=\"http://localhost:8080/portal/mail/confirm?t=a.b&amp;x=1\">"),
        page);
    assertTrue(page.contains("&lt;script&gt;x&lt;/script&gt;"), page);
    assertFalse(page.contains("<script>"), page);
  }

  @Test
  void anEmptyServerSaysSo() {
    assertTrue(DevelopmentMail.page(List.of()).contains("Nothing yet"));
  }
}
