package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * Each row of the development decision tables against the conditions of its source: the support-staff
 * guidance (route, qualification type) and the career progression framework.
 */
class DevelopmentRulesTest {

    private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    // --- development-route: "a qualification may be particularly appropriate where someone ..."

    @Test
    void aStatutoryRequirementCallsForAQualification() {
        assertThat(route(with("statutoryRequirement", true))).containsEntry("route", "QUALIFICATION")
                .hasEntrySatisfying("routeReason", r -> assertThat((String) r).contains("statutory requirement"));
    }

    @Test
    void eachOfTheGuidancesConditionsCallsForAQualification() {
        for (String condition : new String[] {"noRelevantQualification", "newRoleOrResponsibility", "specialistNeed",
                "aspiresToSeniorRole"}) {
            assertThat(route(with(condition, true))).as(condition).containsEntry("route", "QUALIFICATION");
        }
        assertThat(route(with("inHouseSupportAvailable", false))).containsEntry("route", "QUALIFICATION")
                .hasEntrySatisfying("routeReason", r -> assertThat((String) r).contains("cannot easily be met in school"));
    }

    @Test
    void otherwiseTheNeedIsMetInformallyInSchool() {
        assertThat(route(routeInputs())).containsEntry("route", "INFORMAL")
                .hasEntrySatisfying("routeReason", r -> assertThat((String) r).contains("coaching, mentoring or shadowing"));
    }

    // --- qualification-type: "... qualifications are suitable for those who ..."

    @Test
    void literacyAndNumeracyComeFirstWhenTheyAreNeeded() {
        assertThat(type(withType("basicSkillsFirst", true))).containsEntry("qualificationType", "GENERAL");
    }

    @Test
    void occupationalForThoseInTheRoleWithAMentorSeekingStandards() {
        Map<String, Object> in = typeInputs();
        in.putAll(Map.of("alreadyInRole", true, "wantsStandardsConfirmation", true, "mentorAvailable", true));
        assertThat(type(in)).containsEntry("qualificationType", "OCCUPATIONAL");
        in.put("mentorAvailable", false);
        assertThat(type(in)).as("no training mentor, no occupational qualification").containsEntry("qualificationType", "VOCATIONALLY_RELATED");
    }

    @Test
    void higherEducationForSeniorAspirationsWithSkillsAndTime() {
        Map<String, Object> in = typeInputs();
        in.putAll(Map.of("higherLevelSkills", true, "aspiresToSeniorRole", true, "canCommitStudyTime", true));
        assertThat(type(in)).containsEntry("qualificationType", "HIGHER_EDUCATION");
        in.put("canCommitStudyTime", false);
        assertThat(type(in)).containsEntry("qualificationType", "VOCATIONALLY_RELATED");
    }

    @Test
    void vocationallyRelatedNeedsEnoughLiteracyAndNumeracyForTheAssessment() {
        assertThat(type(typeInputs())).containsEntry("qualificationType", "VOCATIONALLY_RELATED");
        assertThat(type(withType("sufficientLiteracyNumeracy", false))).containsEntry("qualificationType", "GENERAL");
    }

    // --- career-progression: the framework's stages, essential and desirable qualifications

    @Test
    void aTeachingAssistantWithoutARelevantLevel2NeedsOneFirst() {
        assertThat(progression("TEACHING_ASSISTANT", -1, false, false, false))
                .containsEntry("missingEssential", "A relevant level 2 qualification")
                .containsEntry("missingDesirable", "Working towards level 3");
    }

    @Test
    void aTeachingAssistantMovesTowardsSeniorTeachingAssistantWithLevel3() {
        assertThat(progression("TEACHING_ASSISTANT", 2, false, false, false)).containsEntry("nextStage", "Senior teaching assistant")
                .containsEntry("missingEssential", "A relevant level 3 qualification");
        assertThat(progression("TEACHING_ASSISTANT", 3, true, false, false)).containsEntry("nextStage", "Senior teaching assistant")
                .containsEntry("missingEssential", "None");
    }

    @Test
    void aSeniorTeachingAssistantNeedsLevel3ThenEnglishAndMathsForHlta() {
        assertThat(progression("SENIOR_TEACHING_ASSISTANT", 2, true, false, false))
                .containsEntry("missingEssential", "A relevant level 3 qualification");
        assertThat(progression("SENIOR_TEACHING_ASSISTANT", 3, false, false, false))
                .containsEntry("nextStage", "Higher level teaching assistant")
                .hasEntrySatisfying("missingDesirable", d -> assertThat((String) d).contains("standard 11"));
        assertThat(progression("SENIOR_TEACHING_ASSISTANT", 3, true, false, false))
                .containsEntry("missingEssential", "HLTA status or QTS")
                .hasEntrySatisfying("options", o -> assertThat((String) o).contains("HLTA preparation for assessment"));
    }

    @Test
    void anHltaMovesTowardsManagementResponsibilities() {
        assertThat(progression("HLTA", 3, true, false, false)).containsEntry("missingEssential", "HLTA status or QTS");
        assertThat(progression("HLTA", 3, true, true, false)).containsEntry("nextStage", "HLTA with management responsibilities")
                .hasEntrySatisfying("missingDesirable", d -> assertThat((String) d).contains("level 4 or above"));
        assertThat(progression("HLTA", 4, true, true, true)).containsEntry("nextStage", "HLTA with management responsibilities")
                .hasEntrySatisfying("options", o -> assertThat((String) o).contains("leadership and management"));
    }

    @Test
    void teachersAreOutsideTheSupportStaffFramework() {
        assertThat(progression("NOT_SUPPORT_STAFF", 6, true, true, true)).containsEntry("nextStage", "None in this framework");
    }

    private static Map<String, Object> route(Map<String, Object> in) {
        return evaluate("development-route.dmn", "development-route", in);
    }

    private static Map<String, Object> type(Map<String, Object> in) {
        return evaluate("development-route.dmn", "qualification-type", in);
    }

    private static Map<String, Object> progression(String stage, int level, boolean englishMaths, boolean hltaOrQts, boolean l4) {
        return evaluate("career-progression.dmn", "career-progression", Map.of("stage", stage, "highestLevel", level,
                "hasL2EnglishAndMaths", englishMaths, "hltaOrQts", hltaOrQts, "hasSpecialistL4", l4));
    }

    private static Map<String, Object> routeInputs() {
        return new HashMap<>(Map.of("statutoryRequirement", false, "noRelevantQualification", false,
                "newRoleOrResponsibility", false, "specialistNeed", false, "aspiresToSeniorRole", false,
                "inHouseSupportAvailable", true));
    }

    private static Map<String, Object> with(String name, boolean value) {
        Map<String, Object> in = routeInputs();
        in.put(name, value);
        return in;
    }

    private static Map<String, Object> typeInputs() {
        Map<String, Object> in = new HashMap<>(Map.of("basicSkillsFirst", false, "alreadyInRole", false,
                "wantsStandardsConfirmation", false, "mentorAvailable", false, "higherLevelSkills", false,
                "aspiresToSeniorRole", false, "canCommitStudyTime", false));
        in.put("sufficientLiteracyNumeracy", true);
        return in;
    }

    private static Map<String, Object> withType(String name, boolean value) {
        Map<String, Object> in = typeInputs();
        in.put(name, value);
        return in;
    }

    private static Map<String, Object> evaluate(String file, String decisionKey, Map<String, Object> variables) {
        try (InputStream in = new FileInputStream("processes/" + file)) {
            DmnDecision decision = DMN.parseDecision(decisionKey, in);
            DmnDecisionRuleResult result = DMN.evaluateDecisionTable(decision, variables).getSingleResult();
            assertThat(result).as("a rule of %s matches %s", decisionKey, variables).isNotNull();
            return result.getEntryMap();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
