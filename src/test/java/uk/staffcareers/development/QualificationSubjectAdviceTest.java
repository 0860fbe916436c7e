package uk.staffcareers.development;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import uk.staffcareers.hlta.Candidacies;
import uk.staffcareers.platform.Actor;
import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.QualificationSubject;
import uk.staffcareers.staff.QualificationType;
import uk.staffcareers.staff.StaffDirectory;

/**
 * A teaching assistant's level 2 literacy and numeracy, recorded with their subjects, change the HLTA
 * readiness table's answer and the career-progression advice, through the services that feed them.
 */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class QualificationSubjectAdviceTest {

    @Autowired
    Candidacies candidacies;
    @Autowired
    DevelopmentPlans plans;
    @Autowired
    StaffDirectory directory;
    @Autowired
    DecisionService decisions;
    @Autowired
    JdbcClient jdbc;

    private static final LocalDate AWARDED = LocalDate.of(2024, 7, 1);

    @Test
    void literacyAndNumeracyAtLevel2MeetStandard11InTheReadinessTable() {
        // Ben Lewis, a Proficient TA, holds only a level 2 occupational certificate.
        long candidacy = candidacies.open("E1005", Actor.user("kate.morgan")).id();
        assertThat(readiness(candidacy)).containsEntry("readiness", "NOT_YET")
                .hasEntrySatisfying("advice", a -> assertThat((String) a).startsWith("Standard 11"));

        gains("Adult Certificate in Literacy at Level 2", QualificationSubject.ENGLISH_LITERACY, 2);
        gains("Functional Skills Maths Level 2", QualificationSubject.MATHS_NUMERACY, 2);
        assertThat(readiness(candidacy)).containsEntry("readiness", "READY");
    }

    @Test
    void numeracyAndLiteracyAtLevel2ChangeTheProgressionAdvice() {
        directory.addQualification("E1005", new Qualification("Diploma in Specialist Support for Teaching and Learning",
                QualificationType.OCCUPATIONAL, QualificationSubject.OTHER, 3, AWARDED));
        assertThat(progression()).containsEntry("missingDesirable", "Level 2 English and maths, which HLTA standard 11 requires");

        gains("Adult Certificate in Literacy at Level 2", QualificationSubject.ENGLISH_LITERACY, 2);
        gains("Numeracy", QualificationSubject.MATHS_NUMERACY, 2);
        assertThat(progression()).containsEntry("missingDesirable", "A relevant specialist qualification");
        assertThat(directory.qualifications("E1005")).extracting(Qualification::subject)
                .contains(QualificationSubject.ENGLISH_LITERACY, QualificationSubject.MATHS_NUMERACY);
    }

    @Test
    void theDemoTrustsGcsesCarryTheirSubjects() {
        assertThat(jdbc.sql("select subject from qualification where staff_id = 'E1006' and title like 'GCSE%' order by title")
                .query(String.class).list()).containsExactly("ENGLISH_LITERACY", "MATHS_NUMERACY");
    }

    private Map<String, Object> readiness(long candidacy) {
        var facts = candidacies.selfReview(candidacy, new Candidacies.SelfReview(true, "Year 3 every Friday afternoon", null,
                IntStream.rangeClosed(1, 33).boxed().collect(java.util.stream.Collectors.toSet()), null));
        return decisions.evaluateDecisionTableByKey("hlta-readiness", Variables.createVariables()
                .putValue("wholeClassOpportunities", facts.wholeClassOpportunities())
                .putValue("level2EnglishAndMathsOnRecord", facts.level2EnglishAndMathsOnRecord())
                .putValue("standardsConfident", facts.standardsConfident())).getSingleResult().getEntryMap();
    }

    private Map<String, Object> progression() {
        long plan = plans.raise("E1005", Trigger.OWN_REQUEST, "Work towards HLTA", Actor.user("priya.shah"), null).planId();
        CareerProfile profile = plans.clarify(plan, new DevelopmentPlans.Clarification("NEW_ROLE", false, "HLTA standards",
                "Leads whole classes", "Better cover", "HLTA"), "priya.shah");
        return decisions.evaluateDecisionTableByKey("career-progression", Variables.createVariables()
                .putValue("stage", profile.stage()).putValue("highestLevel", profile.highestLevel())
                .putValue("hasL2EnglishAndMaths", profile.hasL2EnglishAndMaths()).putValue("hltaOrQts", profile.hltaOrQts())
                .putValue("hasSpecialistL4", profile.hasSpecialistL4())).getSingleResult().getEntryMap();
    }

    private void gains(String title, QualificationSubject subject, int level) {
        directory.addQualification("E1005", new Qualification(title, QualificationType.GENERAL, subject, level, AWARDED));
    }
}
