package uk.staffcareers.platform;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One JSON mapper for the platform's static helpers that delegates and the model check call outside any bean
 * (FormSchema, FormOptions, CaseVariables). They only read trees and write lists of texts, which no setting of Spring's
 * or Camunda's mapper changes; Spring's configured mapper serves the beans, Camunda's the REST providers (CamundaRestJson).
 */
final class PlainJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private PlainJson() {
    }
}
