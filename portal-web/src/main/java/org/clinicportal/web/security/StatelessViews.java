package org.clinicportal.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.Set;

/**
 * The pages anyone may open without signing in (the sign-in page and the error pages) keep no state
 * on the server: their views are made transient as they are created, before anything renders, so
 * that neither the form's state nor the nonce of the content security policy asks for a session. An
 * anonymous visit, however many there are, then costs the server no session at all.
 *
 * <p>A post to such a page has no saved state to restore: its view is built afresh from the page,
 * transient again, and the posted values are applied to it.
 */
public class StatelessViews extends ViewHandlerWrapper {

  static final Set<String> VIEWS =
      Set.of(
          "/signin.xhtml",
          "/error.xhtml",
          "/expired.xhtml",
          "/forbidden.xhtml",
          "/not-found.xhtml",
          "/mail/stop.xhtml",
          "/mail/confirm.xhtml",
          "/mail/check-in.xhtml");

  public StatelessViews(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public UIViewRoot createView(FacesContext context, String viewId) {
    UIViewRoot view = super.createView(context, viewId);
    if (view != null && VIEWS.contains(view.getViewId())) {
      view.setTransient(true);
    }
    return view;
  }

  @Override
  public UIViewRoot restoreView(FacesContext context, String viewId) {
    if (!VIEWS.contains(viewId)) {
      return super.restoreView(context, viewId);
    }
    UIViewRoot view = createView(context, viewId);
    context.setViewRoot(view);
    context.setProcessingEvents(true);
    try {
      getViewDeclarationLanguage(context, viewId).buildView(context, view);
    } catch (IOException unreadable) {
      throw new FacesException(unreadable);
    }
    return view;
  }
}
