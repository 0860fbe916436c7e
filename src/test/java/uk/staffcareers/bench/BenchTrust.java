package uk.staffcareers.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.Trust;

/**
 * A generated trust of schools with 100 staff each (a headteacher, a business manager, 24 teachers,
 * 74 teaching assistants across the career stages) and a central team, in the directory and in Camunda.
 */
final class BenchTrust {

    static final int STAFF_PER_SCHOOL = 100;
    static final String TRUST = "bench";
    static final String HR = "t9004";
    private static final int TEACHERS = 24;
    private static final CareerStage[] STAGES = CareerStage.values();

    private BenchTrust() {
    }

    static List<StaffMember> create(RunningApp app, int schools) {
        StaffDirectory directory = app.bean(StaffDirectory.class);
        directory.saveTrust(new Trust(TRUST, "Benchmark Learning Trust"));
        List<StaffMember> staff = new ArrayList<>(central());
        for (int s = 1; s <= schools; s++) {
            String school = String.format("bench-%03d", s);
            directory.saveSchool(new School(school, TRUST, "Benchmark School " + s));
            staff.addAll(school(school, s));
        }
        staff.forEach(directory::save);
        IdentitySync identities = app.bean(IdentitySync.class);
        identities.syncAll();
        return staff;
    }

    private static List<StaffMember> central() {
        return List.of(person("T9001", null, Role.CEO, null, 0, ContractType.PERMANENT, null),
                person("T9002", null, Role.CHAIR_OF_TRUSTEES, null, 0, ContractType.NOT_EMPLOYED, null),
                person("T9003", null, Role.EXTERNAL_ADVISER, null, 0, ContractType.NOT_EMPLOYED, null),
                person("T9004", null, Role.HR_ADVISER, null, 0, ContractType.PERMANENT, "T9001"));
    }

    private static List<StaffMember> school(String school, int number) {
        List<StaffMember> staff = new ArrayList<>();
        String head = id(number, 0);
        staff.add(person(head, school, Role.HEADTEACHER, null, 0, ContractType.PERMANENT, "T9001"));
        staff.add(person(id(number, 1), school, Role.SCHOOL_BUSINESS_MANAGER, null, 0, ContractType.PERMANENT, head));
        for (int i = 2; i < 2 + TEACHERS; i++) {
            staff.add(person(id(number, i), school, Role.TEACHER, null, 0, ContractType.PERMANENT, head));
        }
        for (int i = 2 + TEACHERS; i < STAFF_PER_SCHOOL; i++) {
            String lineManager = id(number, 2 + i % TEACHERS);
            staff.add(person(id(number, i), school, Role.TEACHING_ASSISTANT, STAGES[i % STAGES.length], 1 + i % 3,
                    ContractType.PERMANENT, lineManager));
        }
        return staff;
    }

    /** B, the school's number and the place in it: B00100 is the headteacher of school 1. */
    private static String id(int school, int place) {
        return String.format("B%03d%02d", school, place);
    }

    private static StaffMember person(String id, String school, Role role, CareerStage stage, int level, ContractType contract,
            String lineManager) {
        String username = id.toLowerCase();
        return new StaffMember(id, username, "Staff", id, username + "@bench.example.org", TRUST, school, role, stage,
                stage == null ? null : level, contract, null, LocalDate.of(2020, 9, 1), lineManager,
                role == Role.TEACHER || role == Role.HEADTEACHER, false, null);
    }
}
