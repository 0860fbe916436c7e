package uk.staffcareers.overview;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.staffcareers.CaseStateException;
import uk.staffcareers.NotAllowedException;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * Whose figures the Staff careers overview shows, by the same rules as Cockpit: a headteacher their own school,
 * the trust's central team (CEO, HR) every school; anyone else is refused. Asking for a school one does not
 * oversee answers as a school that does not exist.
 */
@Component
class OverviewScope {

    static final String REFUSED = "The Staff careers overview is for headteachers (their school) and the trust's central team";

    /** Who asks, and the schools the answer covers. */
    record Viewer(StaffMember person, List<School> schools) {

        /**
         * Concerns and capability cases are confidential: of the school's staff, only its headteacher and the
         * central team may know of them (Security → Performance concerns), so only they get the counts.
         */
        boolean mayKnowConcerns(School school) {
            return person.role().centralTeam()
                    || person.role() == Role.HEADTEACHER && school.id().equals(person.schoolId());
        }

        List<String> schoolIds() {
            return schools.stream().map(School::id).toList();
        }
    }

    private final StaffDirectory directory;

    OverviewScope(StaffDirectory directory) {
        this.directory = directory;
    }

    Viewer of(String username, String school) {
        StaffMember person = directory.findByUsername(username).orElseThrow(() -> new NotAllowedException(REFUSED));
        List<School> overseen = overseenBy(person);
        if (school == null || school.isBlank()) {
            return new Viewer(person, overseen);
        }
        return overseen.stream().filter(s -> s.id().equals(school.strip())).findFirst()
                .map(s -> new Viewer(person, List.of(s)))
                .orElseThrow(() -> CaseStateException.unknown("No such school, or not one you oversee"));
    }

    private List<School> overseenBy(StaffMember person) {
        if (person.role().centralTeam()) {
            return directory.schools().stream().filter(s -> s.trustId().equals(person.trustId())).toList();
        }
        if (person.role() == Role.HEADTEACHER && person.schoolId() != null) {
            return directory.school(person.schoolId()).stream().toList();
        }
        throw new NotAllowedException(REFUSED);
    }
}
