package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import uk.staffcareers.IntegrationTest;

/**
 * An Object variable may hold only the application's own types and basic Java values: proved over the REST API. A decision's
 * whole result, handed on to output mappings, is never written out.
 */
class ObjectVariablesIT extends IntegrationTest {

    @Autowired
    private ProcessEngine engine;

    private String oakfieldCase;
    private String task;

    @BeforeEach
    void aCaseWithATaskForBen() {
        oakfieldCase = startConfirmation("E1005");   // Ben Lewis confirms his details
        task = taskOf(oakfieldCase);
    }

    @Test
    void aMemberOfStaffCannotSubmitAFileObjectWithTheirForm() {
        ResponseEntity<String> refused = post("ben.lewis", "/engine-rest/task/" + task + "/submit-form",
                Map.of("variables", Map.of("detailsCheck", Map.of("value", "correct"), "correctionsNeeded", object("java.io.File"))));

        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        assertThat(refused.getBody()).contains("may not hold a 'java.io.File'").doesNotContain("\tat ");
        assertThat(list("ben.lewis", "/engine-rest/task?processInstanceId=" + oakfieldCase)).extracting(t -> t.get("id"))
                .containsExactly(task);
        assertThat(get("ben.lewis", "/engine-rest/task/" + task + "/form-variables").getStatusCode().value()).isEqualTo(200);
        assertThat(list("admin", "/engine-rest/history/variable-instance?processInstanceId=" + oakfieldCase))
                .extracting(v -> v.get("name")).doesNotContain("correctionsNeeded", "detailsCheck");
    }

    @Test
    void theAdministratorCannotSetOneEitherNorHideItInAList() {
        for (String type : new String[] {"java.io.File", "java.util.ArrayList<java.io.File>"}) {
            ResponseEntity<String> refused = put("admin", "/engine-rest/process-instance/" + oakfieldCase + "/variables/evidence",
                    object(type));
            assertThat(refused.getStatusCode().value()).as(type + ": " + refused.getBody()).isEqualTo(400);
            assertThat(refused.getBody()).contains("java.io.File");
            assertThat(get("admin", "/engine-rest/process-instance/" + oakfieldCase + "/variables/evidence")
                    .getStatusCode().value()).isEqualTo(404);
        }
        // The case's variables can still be read, by Tasklist's form too.
        assertThat(get("admin", "/engine-rest/process-instance/" + oakfieldCase + "/variables").getStatusCode().value()).isEqualTo(200);
        assertThat(get("ben.lewis", "/engine-rest/task/" + task + "/form-variables").getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void basicJavaValuesAndMapsAreStillAllowed() {
        Map<String, Object> map = Map.of("type", "Object", "value", "{\"route\":\"NVQ\"}", "valueInfo",
                Map.of("objectTypeName", "java.util.HashMap<java.lang.String,java.lang.Object>",
                        "serializationDataFormat", "application/json"));
        assertThat(put("admin", "/engine-rest/process-instance/" + oakfieldCase + "/variables/routeResult", map)
                .getStatusCode().value()).isEqualTo(204);
        assertThat(get("admin", "/engine-rest/process-instance/" + oakfieldCase + "/variables/routeResult").getBody())
                .contains("\"route\":\"NVQ\"");
    }

    @Test
    void aDecisionsWholeResultIsHandedOnAsItIsAndNeverWrittenOut() {
        DmnDecisionResult result = AsApplication.run(engine.getIdentityService(), () -> engine.getDecisionService()
                .evaluateDecisionByKey("appraisal-expectations").variables(Map.of("role", "TEACHER", "careerStage", "CORE")).evaluate());
        var config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        config.getCommandExecutorTxRequired().execute(context -> {
            // As the engine hands a business rule task's result to its output mappings.
            VariableInstanceEntity handedOn = VariableInstanceEntity.create("decisionResult", Variables.untypedValue(result, true), true);
            assertThat(handedOn.getSerializerName()).isEqualTo("staff-careers-transient-decision-result");
            assertThat(handedOn.getTypedValue(true).getValue()).isSameAs(result);
            assertThat(handedOn.getByteArrayValue()).as("nothing written out").isNull();

            VariableInstanceEntity kept = VariableInstanceEntity.create("decisionResult", Variables.untypedValue(result, false), true);
            assertThat(kept.getSerializerName()).as("a result kept as a variable is stored by Camunda as before")
                    .isEqualTo("spin://application/json");
            assertThat(new String(kept.getByteArrayValue(), StandardCharsets.UTF_8)).contains("TEACHING");
            return null;
        });
        assertThat(result.getSingleResult().getEntry("objectiveFocus").toString()).isEqualTo("TEACHING");
    }

    /** A serialized Object variable of the type, whose JSON Jackson would turn into a File (or a list of them). */
    private static Map<String, Object> object(String typeName) {
        String json = typeName.contains("<") ? "[\"/etc/passwd\"]" : "\"/etc/passwd\"";
        return Map.of("type", "Object", "value", json, "valueInfo",
                Map.of("objectTypeName", typeName, "serializationDataFormat", "application/json"));
    }

    private ResponseEntity<String> put(String user, String path, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return as(user).exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), String.class);
    }
}
