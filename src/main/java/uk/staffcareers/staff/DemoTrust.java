package uk.staffcareers.staff;

import static uk.staffcareers.staff.CareerStage.CORE;
import static uk.staffcareers.staff.CareerStage.EXPERIENCED;
import static uk.staffcareers.staff.CareerStage.PROFICIENT;
import static uk.staffcareers.staff.ContractType.FIXED_TERM;
import static uk.staffcareers.staff.ContractType.NOT_EMPLOYED;
import static uk.staffcareers.staff.ContractType.PERMANENT;
import static uk.staffcareers.staff.Role.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo trust of the default profile: two schools, each with a headteacher, teachers, teaching
 * assistants at Core, Proficient and Experienced levels, an HLTA candidate and a school business
 * manager; and the trust's CEO, chair of trustees, external adviser and HR adviser.
 * Loaded once: an existing directory is never overwritten.
 */
@Component
public class DemoTrust {

    public static final String TRUST = "lt2";
    public static final String OAKFIELD = "oakfield";
    public static final String RIVERSIDE = "riverside";

    private final StaffDirectory directory;
    private final boolean enabled;

    DemoTrust(StaffDirectory directory, @Value("${staffcareers.demo.enabled:false}") boolean enabled) {
        this.directory = directory;
        this.enabled = enabled;
    }

    public boolean enabled() {
        return enabled;
    }

    @Transactional
    public void loadIfEnabled() {
        if (!enabled || directory.trust(TRUST).isPresent()) {
            return;
        }
        directory.saveTrust(new Trust(TRUST, "Learning Today Leading Tomorrow Trust"));
        directory.saveSchool(new School(OAKFIELD, TRUST, "Oakfield Primary School"));
        directory.saveSchool(new School(RIVERSIDE, TRUST, "Riverside Academy"));
        staff().forEach(directory::save);
        directory.setInductionEnd("E1009", LocalDate.of(2027, 7, 31)); // an early career teacher in her induction year
        directory.setFte("E1004", new BigDecimal("0.60")); // a teaching assistant working three days a week
        qualifications();
    }

    private static List<StaffMember> staff() {
        return List.of(
                person("T0001", "sarah.whitfield", "Sarah", "Whitfield", null, CEO, null, null, PERMANENT, null, true),
                person("T0002", "john.ashworth", "John", "Ashworth", null, CHAIR_OF_TRUSTEES, null, null, NOT_EMPLOYED, null, false),
                person("T0003", "margaret.lowe", "Margaret", "Lowe", null, EXTERNAL_ADVISER, null, null, NOT_EMPLOYED, null, true),
                person("T0004", "kate.morgan", "Kate", "Morgan", null, HR_ADVISER, null, null, PERMANENT, "T0001", false),

                person("E1001", "helen.carter", "Helen", "Carter", OAKFIELD, HEADTEACHER, null, null, PERMANENT, "T0001", true),
                person("E1002", "tom.bennett", "Tom", "Bennett", OAKFIELD, TEACHER, null, null, PERMANENT, "E1001", true),
                person("E1003", "priya.shah", "Priya", "Shah", OAKFIELD, TEACHER, null, null, PERMANENT, "E1001", true),
                person("E1004", "amy.hughes", "Amy", "Hughes", OAKFIELD, TEACHING_ASSISTANT, CORE, 2, PERMANENT, "E1002", false),
                person("E1005", "ben.lewis", "Ben", "Lewis", OAKFIELD, TEACHING_ASSISTANT, PROFICIENT, 1, FIXED_TERM, "E1003", false),
                person("E1006", "sara.okafor", "Sara", "Okafor", OAKFIELD, TEACHING_ASSISTANT, EXPERIENCED, 1, PERMANENT, "E1001", false),
                person("E1007", "jo.pritchard", "Jo", "Pritchard", OAKFIELD, TEACHING_ASSISTANT, PROFICIENT, 3, PERMANENT, "E1002", false),
                person("E1008", "mark.ellis", "Mark", "Ellis", OAKFIELD, SCHOOL_BUSINESS_MANAGER, null, null, PERMANENT, "E1001", false),
                person("E1009", "emma.price", "Emma", "Price", OAKFIELD, TEACHER, null, null, PERMANENT, "E1001", true),

                person("E2001", "david.marsh", "David", "Marsh", RIVERSIDE, HEADTEACHER, null, null, PERMANENT, "T0001", true),
                person("E2002", "rachel.green", "Rachel", "Green", RIVERSIDE, TEACHER, null, null, PERMANENT, "E2001", true),
                person("E2003", "omar.farouk", "Omar", "Farouk", RIVERSIDE, TEACHER, null, null, PERMANENT, "E2001", true),
                person("E2004", "lucy.ward", "Lucy", "Ward", RIVERSIDE, TEACHING_ASSISTANT, CORE, 1, PERMANENT, "E2002", false),
                person("E2005", "grace.kim", "Grace", "Kim", RIVERSIDE, TEACHING_ASSISTANT, PROFICIENT, 2, PERMANENT, "E2003", false),
                person("E2006", "chris.dunn", "Chris", "Dunn", RIVERSIDE, TEACHING_ASSISTANT, EXPERIENCED, 2, PERMANENT, "E2001", false),
                person("E2007", "nadia.patel", "Nadia", "Patel", RIVERSIDE, TEACHING_ASSISTANT, PROFICIENT, 3, PERMANENT, "E2002", false),
                person("E2008", "paul.young", "Paul", "Young", RIVERSIDE, SCHOOL_BUSINESS_MANAGER, null, null, PERMANENT, "E2001", false));
    }

    private void qualifications() {
        LocalDate longAgo = LocalDate.of(2015, 7, 1);
        for (String ta : List.of("E1004", "E1005", "E1006", "E1007", "E2004", "E2005", "E2006", "E2007")) {
            directory.addQualification(ta, new Qualification("Certificate in Supporting Teaching and Learning",
                    QualificationType.OCCUPATIONAL, QualificationSubject.OTHER, 2, longAgo));
        }
        for (String candidate : List.of("E1006", "E1007", "E2006", "E2007")) {
            directory.addQualification(candidate, new Qualification("GCSE English Language", QualificationType.GENERAL,
                    QualificationSubject.ENGLISH_LITERACY, 2, longAgo));
            directory.addQualification(candidate, new Qualification("GCSE Mathematics", QualificationType.GENERAL,
                    QualificationSubject.MATHS_NUMERACY, 2, longAgo));
            directory.addQualification(candidate, new Qualification("Diploma in Specialist Support for Teaching and Learning",
                    QualificationType.OCCUPATIONAL, QualificationSubject.OTHER, 3, LocalDate.of(2019, 7, 1)));
        }
    }

    private static StaffMember person(String id, String username, String first, String last, String school, Role role,
            CareerStage stage, Integer level, ContractType contract, String lineManager, boolean qts) {
        LocalDate contractEnd = contract == FIXED_TERM ? LocalDate.of(2027, 3, 31) : null;
        return new StaffMember(id, username, first, last, username + "@lt2.example.org", TRUST, school, role, stage, level,
                contract, contractEnd, LocalDate.of(2021, 9, 1), lineManager, qts, false, null);
    }
}
