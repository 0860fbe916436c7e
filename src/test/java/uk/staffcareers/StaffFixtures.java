package uk.staffcareers;

import java.time.LocalDate;

import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffMember;

/** People of the demo trust (lt2) as unit tests need them, without a directory behind them. */
public final class StaffFixtures {

    /** Oakfield's teaching assistant (Core), teacher and headteacher; the trust's CEO; a teacher of Riverside. */
    public static final StaffMember AMY = person("E1004", "amy.hughes", "Amy Hughes", "oakfield", Role.TEACHING_ASSISTANT, CareerStage.CORE);
    public static final StaffMember TOM = person("E1002", "tom.bennett", "Tom Bennett", "oakfield", Role.TEACHER);
    public static final StaffMember HELEN = person("E1001", "helen.carter", "Helen Carter", "oakfield", Role.HEADTEACHER);
    public static final StaffMember SARAH = person("T0001", "sarah.whitfield", "Sarah Whitfield", null, Role.CEO);
    public static final StaffMember ROB_AT_RIVERSIDE = person("E2001", "rob.price", "Rob Price", "riverside", Role.TEACHER);

    private StaffFixtures() {
    }

    /** A permanent member of staff of a school (null: the central team), named "First Last". */
    public static StaffMember person(String id, String username, String name, String schoolId, Role role) {
        return person(id, username, name, schoolId, role, null);
    }

    public static StaffMember person(String id, String username, String name, String schoolId, Role role, CareerStage stage) {
        String[] names = name.split(" ", 2);
        return new StaffMember(id, username, names[0], names[1], username + "@lt2.example", "lt2", schoolId, role, stage,
                stage == null ? null : 2, ContractType.PERMANENT, null, LocalDate.of(2020, 9, 1), null, role == Role.TEACHER
                        || role == Role.HEADTEACHER, false, null);
    }
}
