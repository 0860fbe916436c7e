package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.staffcareers.platform.ModelFixtures.bpmn;
import static uk.staffcareers.platform.ModelFixtures.form;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every model shipped in processes/ and forms/ follows the rules, and each rule refuses a model that
 * breaks it with the file and the element named. Runs against the application's real beans.
 */
@SpringBootTest
@ActiveProfiles("test")
class ModelConformanceTest {

    @Autowired
    ModelFiles modelFiles;
    @Autowired
    BeanCatalog beans;
    @Autowired
    ModelDeploymentReport report;

    @Test
    void theShippedModelsFollowEveryRuleAndWereDeployed() {
        List<ModelFile> files = modelFiles.load();
        assertThat(files).extracting(ModelFile::name).contains("processes/confirm-staff-details.bpmn",
                "forms/onboarding-confirm-details.form");
        assertThat(check(files)).isEmpty();
        assertThat(report.refused()).isEmpty();
    }

    @Test
    void aDiagramThatDoesNotParseIsRefused() {
        ModelFile broken = new ModelFile("processes/broken.bpmn", "<definitions".getBytes(StandardCharsets.UTF_8));
        assertThat(check(List.of(broken))).singleElement().satisfies(v -> {
            assertThat(v.file()).isEqualTo("processes/broken.bpmn");
            assertThat(v.message()).startsWith("does not parse");
        });
    }

    @Test
    void aDelegateExpressionMustNameABean() {
        assertRefused(bpmn("p", "f", x -> x.replace("<userTask", "<serviceTask id=\"Task_Send\" "
                + "camunda:delegateExpression=\"${noSuchDelegate}\"/><userTask")),
                "Task_Send", "bean 'noSuchDelegate'");
    }

    @Test
    void anExpressionMayCallMethodsOnlyOnBeans() {
        assertRefused(bpmn("p", "f", x -> x.replace("camunda:assignee=\"amy.hughes\"",
                "camunda:assignee=\"${people.appraiserOf(staffId)}\"")), "Task_Decide", "bean 'people'");
    }

    @Test
    void aFormRefMustHaveAForm() {
        assertRefused(bpmn("p", "missing-form", x -> x), "Task_Decide", "formRef 'missing-form' has no form");
    }

    @Test
    void aFormRefMustBindToTheDeployment() {
        assertRefused(bpmn("p", "f", x -> x.replace("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\"")),
                "Task_Decide", "formRefBinding must be 'deployment'");
    }

    @Test
    void aDecisionRefMustHaveADecisionTable() {
        assertRefused(bpmn("p", "f", x -> x.replace("<userTask", "<businessRuleTask id=\"Task_Decide_Route\" "
                + "camunda:decisionRef=\"no-such-table\" camunda:mapDecisionResult=\"singleEntry\" camunda:resultVariable=\"route\"/><userTask")),
                "Task_Decide_Route", "decisionRef 'no-such-table'");
    }

    @Test
    void aCalledElementMustBeAProcessOfOurs() {
        assertRefused(bpmn("p", "f", x -> x.replace("<userTask", "<callActivity id=\"Task_RunElsewhere\" "
                + "calledElement=\"no-such-process\"/><userTask")), "Task_RunElsewhere", "calledElement 'no-such-process'");
    }

    @Test
    void aUserTaskNeedsAFormAndSomeoneToDoIt() {
        List<ModelViolation> violations = check(List.of(form("f", "Note"), bpmn("p", "f", x -> x
                .replace("camunda:assignee=\"amy.hughes\"", "").replace("camunda:formRef=\"f\"", ""))));
        assertThat(violations).extracting(ModelViolation::toString).contains(
                "processes/p.bpmn [Task_Decide]: user task has no Camunda Form (camunda:formRef)",
                "processes/p.bpmn [Task_Decide]: user task has no assignee or candidate rule");
    }

    @Test
    void aProcessNeedsHistoryTimeToLiveAndVersionTag() {
        List<ModelViolation> violations = check(List.of(form("f", "Note"), bpmn("p", "f", x -> x
                .replace("camunda:historyTimeToLive=\"30\"", "").replace("camunda:versionTag=\"1\"", ""))));
        assertThat(violations).extracting(ModelViolation::toString).contains(
                "processes/p.bpmn [p]: process has no historyTimeToLive", "processes/p.bpmn [p]: process has no versionTag");
    }

    @Test
    void generatedIdsAreRefused() {
        for (String generated : List.of("Activity_0x9f3kd", "UserTask_1", "Gateway_1abc2de")) {
            assertRefused(bpmn("p", "f", x -> x.replace("Task_Decide", generated)), generated, "generated id");
        }
        assertRefused(bpmn("p", "f", x -> x.replace("Flow_Agreed", "Flow_0k2j4h5")), "Flow_0k2j4h5", "generated id");
    }

    @Test
    void aGatewayMayReadOnlyVariablesThatSomethingSets() {
        assertRefused(bpmn("p", "f", x -> x.replace("${agreed}", "${approved}")), "Flow_Agreed",
                "condition reads 'approved', which no form field, delegate or declared message of this process sets");
    }

    @Test
    void aVariableDeclaredByADelegateSatisfiesTheGateway() {
        ModelFile p = bpmn("p", "f", x -> x.replace("${agreed}", "${staffUsername == 'x'}").replace("<userTask",
                "<serviceTask id=\"Task_LookUp\" camunda:delegateExpression=\"${lookUpStaffRecordDelegate}\"/><userTask"));
        assertThat(check(List.of(form("f", "Note"), p))).isEmpty();
    }

    @Test
    void scriptsAndJavaClassNamesAreRefused() {
        assertRefused(bpmn("p", "f", x -> x.replace("<userTask", "<scriptTask id=\"Task_Calculate\" "
                + "scriptFormat=\"groovy\"><script>1+1</script></scriptTask><userTask")),
                "Task_Calculate", "script tasks are not allowed");
        assertRefused(bpmn("p", "f", x -> x.replace("<userTask", "<serviceTask id=\"Task_Send\" "
                + "camunda:class=\"com.example.Send\"/><userTask")), "Task_Send", "camunda:class");
    }

    @Test
    void aFormWithAComponentTasklistCannotRenderIsRefused() {
        List<ModelViolation> violations = check(List.of(form("f", "filepicker", "Evidence"), bpmn("p", "f", x -> x)));
        assertThat(violations).extracting(ModelViolation::toString).containsExactly(
                "forms/f.form [f]: component Field_Note has type 'filepicker', which Tasklist 7.24 (form-js 1.8.7) cannot render");
    }

    @Test
    void aFormMustBeNamedAfterItsId() {
        ModelFile misnamed = new ModelFile("forms/other-name.form", form("f", "Note").content());
        assertThat(check(List.of(misnamed))).extracting(ModelViolation::toString)
                .containsExactly("forms/other-name.form [f]: form id must be the file name 'other-name', so formRef finds it");
    }

    @Test
    void aDateFieldMustSayInWhichOrderToTypeTheDate() {
        ModelFile silent = new ModelFile("forms/f.form", """
                {"id": "f", "type": "default", "schemaVersion": 16, "components": [
                  {"id": "Field_Agreed", "type": "checkbox", "key": "agreed", "label": "Agreed"},
                  {"id": "Field_Held", "type": "datetime", "subtype": "date", "key": "heldOn", "dateLabel": "Held on"}]}"""
                .getBytes(StandardCharsets.UTF_8));
        assertThat(check(List.of(silent, bpmn("p", "f", x -> x)))).anySatisfy(v -> {
            assertThat(v.file()).isEqualTo("forms/f.form");
            assertThat(v.message()).contains("date field Field_Held does not say in which order to type the date");
        });
        ModelFile saying = new ModelFile("forms/f.form", new String(silent.content(), StandardCharsets.UTF_8)
                .replace("\"dateLabel\": \"Held on\"", "\"dateLabel\": \"Held on*\", \"description\": \"dd/mm/yyyy in English (UK)\"")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(check(List.of(saying, bpmn("p", "f", x -> x)))).isEmpty();
    }

    /** Objective 2's criteria were asked for on Complete but never marked: every field says whether it must be filled in. */
    @Test
    void aFieldMustSayWhetherItMustBeFilledIn() {
        String unmarked = new String(form("f", "Note").content(), StandardCharsets.UTF_8).replace("Note (optional)", "Success criteria");
        assertThat(check(List.of(new ModelFile("forms/f.form", unmarked.getBytes(StandardCharsets.UTF_8)), bpmn("p", "f", x -> x))))
                .extracting(ModelViolation::toString).containsExactly("forms/f.form [f]: field Field_Note does not say whether it must be "
                        + "filled in: mark it required, end the label with '*' where it is required whenever it shows, put '(optional)' in "
                        + "the label, or say when it is 'Required' in the description");
        for (String marking : List.of("\"label\": \"Success criteria*\"", "\"label\": \"Success criteria\", \"validate\": {\"required\": true}",
                "\"label\": \"Success criteria\", \"description\": \"Required when the objective is set\"")) {
            String marked = unmarked.replace("\"label\": \"Success criteria\"", marking);
            assertThat(check(List.of(new ModelFile("forms/f.form", marked.getBytes(StandardCharsets.UTF_8)), bpmn("p", "f", x -> x))))
                    .as(marking).isEmpty();
        }
    }

    @Test
    void aDecisionTableEntryThatIsNotFeelIsRefusedWithDecisionRuleAndColumn() {
        ModelFile typo = shipped("processes/hlta-readiness.dmn", "<text>&lt; 30</text>", "<text>=&lt; 28</text>");
        assertThat(check(List.of(typo))).extracting(ModelViolation::toString).containsExactly(
                "processes/hlta-readiness.dmn [hlta-readiness]: rule 3 (Rule_FewStandards), input 'Standards the candidate is"
                        + " confident of meeting (of 33)': not valid FEEL, failed to parse expression '=< 28': Expected"
                        + " (start-of-input | negation | positiveUnaryTests | anyInput):1:1, found \"=< 28\"");
    }

    @Test
    void anOutputEntryAndAColumnsExpressionAreParsedToo() {
        ModelFile broken = replace(shipped("processes/pay-recommendation.dmn", "<text>\"PROGRESSION\"</text>", "<text>\"PROGRESSION</text>"),
                "<text>underCapability</text>", "<text>underCapability ==</text>");
        assertThat(check(List.of(broken))).extracting(ModelViolation::message).satisfiesExactlyInAnyOrder(
                m -> assertThat(m).startsWith("input column 'Performance managed under the Capability Procedure?', its expression:"
                        + " not valid FEEL, failed to parse expression 'underCapability =='"),
                m -> assertThat(m).startsWith("rule 2 (Rule_AllMet), output 'Suggested recommendation': not valid FEEL,"
                        + " failed to parse expression '\"PROGRESSION'"));
    }

    private ModelFile shipped(String name, String text, String replacement) {
        return replace(modelFiles.load().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow(), text, replacement);
    }

    private static ModelFile replace(ModelFile file, String text, String replacement) {
        assertThat(file.text()).contains(text);
        return new ModelFile(file.name(), file.text().replace(text, replacement).getBytes(StandardCharsets.UTF_8));
    }

    private void assertRefused(ModelFile process, String elementId, String message) {
        List<ModelViolation> violations = check(List.of(form("f", "Note"), process));
        assertThat(violations).as("violations of %s", process.name())
                .anySatisfy(v -> {
                    assertThat(v.file()).isEqualTo(process.name());
                    assertThat(v.elementId()).isEqualTo(elementId);
                    assertThat(v.message()).contains(message);
                });
    }

    private List<ModelViolation> check(List<ModelFile> files) {
        return new ModelConformance(beans).check(files);
    }
}
