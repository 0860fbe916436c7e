package uk.staffcareers.appraisal;

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
 * Launch Test Trust, the launch tests' own: no other test counts its cases. It has an HR adviser and no CEO, so each
 * headteacher's own case cannot start (nobody to appraise them), which is how a launch's failure is seen by name.
 */
public final class LaunchTestTrust {

    public static final String TRUST = "ltest";
    public static final String HR = "ines.calloway";

    private LaunchTestTrust() {
    }

    /** Creates the trust (once) and a school of it (once) with its headteacher and teaching assistants; signs them up. */
    public static void school(StaffDirectory directory, IdentitySync identities, String schoolId, String name, String headId,
            String head, List<String> assistants) {
        if (directory.trust(TRUST).isEmpty()) {
            directory.saveTrust(new Trust(TRUST, "Launch Test Trust"));
            directory.save(person("E3103", HR, "Ines", "Calloway", null, Role.HR_ADVISER, null));
        }
        if (directory.school(schoolId).isPresent()) {
            return;
        }
        directory.saveSchool(new School(schoolId, TRUST, name));
        String[] headName = head.split("\\.");
        List<StaffMember> staff = new ArrayList<>(List.of(person(headId, head, capitalised(headName[0]), capitalised(headName[1]),
                schoolId, Role.HEADTEACHER, null)));
        assistants.forEach(id -> staff.add(person(id, "ta." + id.toLowerCase(), "Assistant", id, schoolId, Role.TEACHING_ASSISTANT, headId)));
        staff.forEach(directory::save);
        identities.syncAll();
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static StaffMember person(String id, String username, String first, String last, String school, Role role, String manager) {
        boolean assistant = role == Role.TEACHING_ASSISTANT;
        return new StaffMember(id, username, first, last, username + "@ltest.example.org", TRUST, school, role,
                assistant ? CareerStage.CORE : null, assistant ? 1 : null, ContractType.PERMANENT, null, LocalDate.of(2020, 9, 1),
                manager, false, false, null);
    }
}
