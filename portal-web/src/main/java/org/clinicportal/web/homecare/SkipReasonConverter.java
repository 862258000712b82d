package org.clinicportal.web.homecare;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import org.clinicportal.homecare.SkipReason;
import org.clinicportal.web.Messages;

/**
 * The skip reason chosen on today's plan. The menu's value is a map entry, whose type Faces cannot
 * infer, so the reason is converted by name here; a name that is not a reason is refused with the
 * page's own message instead of reaching the bean as text.
 */
@FacesConverter("portal.skipReason")
public class SkipReasonConverter implements Converter<SkipReason> {

  @Override
  public SkipReason getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return SkipReason.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new ConverterException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, Messages.text(context, "homecare.skipReason"), null),
          e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, SkipReason value) {
    return value == null ? "" : value.name();
  }
}
