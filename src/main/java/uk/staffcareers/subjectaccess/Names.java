package uk.staffcareers.subjectaccess;

import java.util.HashMap;
import java.util.Map;

import uk.staffcareers.platform.CaseHistories;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/** People by name for one export: the directory's, else the account's (the administrator, a provider), each looked up once. */
final class Names {

    private final StaffDirectory directory;
    private final CaseHistories histories;
    private final Map<String, String> known = new HashMap<>();

    Names(StaffDirectory directory, CaseHistories histories) {
        this.directory = directory;
        this.histories = histories;
    }

    String of(String username) {
        if (username == null || username.isBlank() || username.contains(" ") || username.contains("@")) {
            return username; // "the application", an e-mail address: already what a reader understands
        }
        return known.computeIfAbsent(username, u -> directory.findByUsername(u).map(StaffMember::fullName)
                .orElseGet(() -> histories.accountName(u)));
    }
}
