package uk.staffcareers.directory;

import static uk.staffcareers.directory.Columns.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import uk.staffcareers.staff.CareerStage;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.EmploymentDetails;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.Trust;

/**
 * The lines of the staff file, each checked on its own and against the others and the directory: one line per staff
 * number, known schools, line managers in the file or the directory, roles the trust has, dates that parse; a
 * headteacher's lines only for their own school. A column the file leaves out keeps the stored value of someone the
 * directory has. A new person's account name is their work email's name ("amy.hughes"), else their staff number.
 */
final class StaffRows {

    private static final String ACCOUNT_NAME = "[a-z0-9]+([._-][a-z0-9]+)*";

    private final DirectorySnapshot snapshot;
    private final Importer importer;
    private final SchoolIndex schools;
    private final Trust trust;
    private final List<ImportError> errors;
    private final Set<String> takenNames = new HashSet<>();
    private final Map<String, String> storedEmails = new HashMap<>();

    StaffRows(DirectorySnapshot snapshot, Importer importer, SchoolIndex schools, Trust trust, List<ImportError> errors) {
        this.snapshot = snapshot;
        this.importer = importer;
        this.schools = schools;
        this.trust = trust;
        this.errors = errors;
        snapshot.staff().values().forEach(s -> {
            takenNames.add(s.username());
            storedEmails.put(s.email().toLowerCase(Locale.ROOT), s.id());
        });
        takenNames.addAll(snapshot.accounts());
    }

    List<Incoming> read(List<Row> rows) {
        Set<String> inFile = rows.stream().map(r -> r.get(STAFF_NUMBER).toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, Integer> emails = new HashMap<>();
        List<Incoming> incoming = new ArrayList<>();
        for (Row row : rows) {
            StaffMember stored = snapshot.staff().get(row.get(STAFF_NUMBER).toUpperCase(Locale.ROOT));
            Row merged = stored == null ? row : withStoredValues(row, stored);
            Cells cells = new Cells(merged, errors);
            Incoming one = read(cells, stored, inFile);
            if (one != null && numbers.putIfAbsent(one.member().id(), row.line()) != null) {
                cells.error(STAFF_NUMBER, "Staff number " + one.member().id() + " is also on line " + numbers.get(one.member().id())
                        + ": each person has one line");
            }
            if (one != null && emails.putIfAbsent(one.member().email().toLowerCase(Locale.ROOT), row.line()) != null) {
                cells.error(WORK_EMAIL, one.member().email() + " is also on line " + emails.get(one.member().email().toLowerCase(Locale.ROOT)));
            }
            if (one != null && cells.ok()) {
                incoming.add(one);
            }
        }
        return incoming;
    }

    private Row withStoredValues(Row row, StaffMember stored) {
        Map<String, String> values = new HashMap<>(StaffValues.of(stored, snapshot.details().get(stored.id()), schools));
        values.putAll(row.values());
        return new Row(row.file(), row.line(), values);
    }

    private Incoming read(Cells c, StaffMember stored, Set<String> inFile) {
        String id = c.text(STAFF_NUMBER, 20, true);
        if (id != null && !id.matches("[A-Za-z0-9][A-Za-z0-9-]*")) {
            c.error(STAFF_NUMBER, "\"" + id + "\" is not a staff number: letters and digits only");
            id = null;
        }
        id = id == null ? null : id.toUpperCase(Locale.ROOT);
        String title = c.text(TITLE, 20, false);
        String forenames = c.text(FORENAMES, 100, true);
        String surname = c.text(SURNAME, 100, true);
        String email = email(c, id);
        Role role = c.word(ROLE, Role.values(), Vocabulary::role, "a role the trust has", true);
        School school = school(c, role, stored);
        ContractType contract = c.word(CONTRACT_TYPE, ContractType.values(), Vocabulary::contract, "a contract type", true);
        LocalDate contractEnd = c.date(CONTRACT_END, contract == ContractType.FIXED_TERM);
        BigDecimal fte = c.fte(FTE);
        LocalDate start = c.date(START_DATE, true);
        String lineManager = lineManager(c, id, inFile);
        boolean qts = c.yesNo(QTS);
        boolean hlta = c.yesNo(HLTA_STATUS);
        LocalDate hltaDate = c.date(HLTA_DATE, hlta);
        CareerStage stage = c.word(CAREER_STAGE, CareerStage.values(), Vocabulary::stage, "a career stage", false);
        Integer level = c.number(CAREER_LEVEL, 1, 3, stage != null);
        if (stage == null && level != null) {
            c.error(CAREER_LEVEL, "A career level goes with a career stage (Core, Proficient or Experienced): give both or neither");
        }
        LocalDate leaving = c.date(LEAVING_DATE, false);
        if (!c.ok()) {
            return null;
        }
        String username = stored != null ? stored.username() : newAccountName(email, id);
        if (username == null) {
            c.error(WORK_EMAIL, "No account name is free for " + id + ": neither the work email's name nor the staff number");
            return null;
        }
        String trustId = school != null ? school.trustId() : trust != null ? trust.id() : null;
        if (trustId == null) {
            c.error(SCHOOL, "The directory has no trust yet: upload the schools file, which names the trust, with this file");
            return null;
        }
        StaffMember member = new StaffMember(id, username, forenames, surname, email, trustId, school == null ? null : school.id(),
                role, stage, stage == null ? null : level, contract, contractEnd, start, lineManager, qts, hlta, hlta ? hltaDate : null);
        return new Incoming(c.row(), member, new EmploymentDetails(title, fte, leaving));
    }

    private String email(Cells c, String id) {
        String email = c.text(WORK_EMAIL, 200, true);
        if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            c.error(WORK_EMAIL, "\"" + email + "\" is not an email address");
            return null;
        }
        String owner = email == null ? null : storedEmails.get(email.toLowerCase(Locale.ROOT));
        if (owner != null && !owner.equals(id)) {
            c.error(WORK_EMAIL, email + " is already the work email of staff number " + owner);
        }
        return email;
    }

    private School school(Cells c, Role role, StaffMember stored) {
        String written = c.row().get(SCHOOL);
        if (role != null && !role.schoolBased()) {
            if (!written.isEmpty()) {
                c.error(SCHOOL, "A " + role.title() + " works for the trust, not one school: leave School empty");
            } else if (!importer.wholeTrust()) {
                c.error(ROLE, "Only the trust's central team brings in trust-wide staff (" + role.title() + ")");
            }
            return null;
        }
        if (written.isEmpty()) {
            if (role != null) {
                c.error(SCHOOL, "A " + role.title() + " works at a school: give its URN or name");
            }
            return null;
        }
        School school = schools.find(written).orElse(null);
        if (school == null) {
            c.error(SCHOOL, "No school \"" + written + "\" in the directory or the schools file: give its six-digit URN or its name");
        } else if (!importer.wholeTrust() && !school.id().equals(importer.schoolId())) {
            c.error(SCHOOL, "You bring in staff of " + schools.nameOf(importer.schoolId()) + " only: this line is for " + school.name());
        } else if (!importer.wholeTrust() && stored != null && !importer.schoolId().equals(stored.schoolId())) {
            c.error(SCHOOL, "Staff number " + stored.id() + " works at another school: only the trust's central team moves staff between schools");
        }
        return school;
    }

    private String lineManager(Cells c, String id, Set<String> inFile) {
        String manager = c.text(LINE_MANAGER, 20, false);
        if (manager == null) {
            return null;
        }
        manager = manager.toUpperCase(Locale.ROOT);
        if (manager.equals(id)) {
            c.error(LINE_MANAGER, "Someone cannot be their own line manager");
        } else if (!inFile.contains(manager) && !snapshot.staff().containsKey(manager)) {
            c.error(LINE_MANAGER, "No staff number " + manager + " in this file or the directory: the line manager must be one of the trust's staff");
        }
        return manager;
    }

    private String newAccountName(String email, String id) {
        String fromEmail = email.substring(0, email.indexOf('@')).toLowerCase(Locale.ROOT);
        for (String candidate : List.of(fromEmail, id.toLowerCase(Locale.ROOT))) {
            if (candidate.matches(ACCOUNT_NAME) && candidate.length() <= 64 && takenNames.add(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
