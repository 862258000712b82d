package org.clinicportal.web.homecare;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.clinicportal.clinic.Clinic;
import org.clinicportal.clinic.ClinicProfile;
import org.clinicportal.web.Messages;
import org.clinicportal.web.PortalLanguage;

/**
 * The web app manifest of the patient's offline app, in the signed-in patient's clinic's name and
 * colour and the patient's language: the browser offers to install the app from it, starting at
 * today's plan, with the patient's pages as its scope. Only a signed-in patient reaches it ({@code
 * /patient/*}).
 */
@WebServlet(urlPatterns = "/patient/app.webmanifest")
public class AppManifestServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private static final Jsonb JSON = JsonbBuilder.create();

  @Inject private ClinicProfile profile;
  @Inject private PortalLanguage language;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Clinic clinic = profile.current();
    String base = request.getContextPath() + "/patient/";
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("id", base + "app/");
    Locale locale = language.getLocale();
    manifest.put("name", Messages.text(locale, "app.manifest.name", clinic.getName()));
    manifest.put("short_name", Messages.text(locale, "app.manifest.shortName"));
    manifest.put("description", Messages.text(locale, "app.manifest.description"));
    manifest.put("lang", language.getTag());
    manifest.put("start_url", base + "app/");
    manifest.put("scope", base);
    manifest.put("display", "standalone");
    manifest.put("background_color", "#f3f4f6");
    manifest.put("theme_color", clinic.getPrimaryColour());
    manifest.put(
        "icons",
        List.of(icon(base, 192, "any"), icon(base, 512, "any"), icon(base, 512, "maskable")));
    byte[] body = JSON.toJson(manifest).getBytes(StandardCharsets.UTF_8);
    response.setHeader("Cache-Control", "no-cache");
    response.setContentType("application/manifest+json; charset=utf-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  private static Map<String, String> icon(String base, int size, String purpose) {
    return Map.of(
        "src",
        base + "app/icon-" + size + ".png",
        "sizes",
        size + "x" + size,
        "type",
        "image/png",
        "purpose",
        purpose);
  }
}
