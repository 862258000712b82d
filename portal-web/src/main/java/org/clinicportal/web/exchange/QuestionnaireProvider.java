package org.clinicportal.web.exchange;

import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import org.clinicportal.exchange.PortalQuestionnaires;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;

/** Reads the portal's own questionnaires by id, for anyone; any other id is not found. */
public class QuestionnaireProvider implements IResourceProvider {

  private final String base;

  QuestionnaireProvider(String base) {
    this.base = base;
  }

  @Override
  public Class<Questionnaire> getResourceType() {
    return Questionnaire.class;
  }

  @Read
  public Questionnaire read(@IdParam IdType id) {
    return PortalQuestionnaires.of(id.getIdPart(), base)
        .orElseThrow(() -> new ResourceNotFoundException(id));
  }
}
