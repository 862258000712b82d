package org.clinicportal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewParameter;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * Every text a person types passes here on its way to a bean: control characters other than tab,
 * line feed and carriage return (a NUL byte above all, which PostgreSQL refuses to store) are
 * refused on the field with the page's own message, so they never reach a query or a record. In a
 * page's address (a view parameter) such a value is taken as no value, as an unknown one is.
 */
@FacesConverter(forClass = String.class)
public class PlainTextConverter implements Converter<String> {

  @Override
  public String getAsObject(FacesContext context, UIComponent component, String value) {
    if (value != null && hasControlCharacter(value)) {
      if (component instanceof UIViewParameter) {
        return null;
      }
      throw new ConverterException(
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, Messages.text(context, "input.controlCharacter"), null));
    }
    return value;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, String value) {
    return value == null ? "" : value;
  }

  static boolean hasControlCharacter(String value) {
    return value
        .chars()
        .anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f);
  }
}
