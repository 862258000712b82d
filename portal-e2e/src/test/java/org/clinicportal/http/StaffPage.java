package org.clinicportal.http;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The clinic's staff page as its administrator uses it over HTTP. */
final class StaffPage {

  static final String PATH = "/admin/staff.xhtml";

  private StaffPage() {}

  /**
   * Presses the button of this label in the staff table's row of an account, as PrimeFaces' ajax
   * does, with the form's required new-member fields filled as the page sends them.
   */
  static PortalSession.Page pressInRow(PortalSession admin, String username, String label) {
    PortalSession.Page staff = admin.get(PATH);
    Form form =
        staff
            .form("staff")
            .set("staff:displayName", "Not Added")
            .set("staff:username", "not-added");
    return admin.ajax(form, buttonInRow(staff.body(), username, label), "staff");
  }

  private static String buttonInRow(String body, String username, String label) {
    Pattern button =
        Pattern.compile(
            "<button id=\"([^\"]+)\"(?:(?!</button>).)*?" + Pattern.quote(label), Pattern.DOTALL);
    for (String row : body.split("<tr")) {
      if (row.contains(">" + username + "<")) {
        Matcher found = button.matcher(row);
        if (found.find()) {
          return found.group(1);
        }
      }
    }
    throw new AssertionError("no button " + label + " in the row of " + username);
  }
}
