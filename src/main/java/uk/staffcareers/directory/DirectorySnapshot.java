package uk.staffcareers.directory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.staffcareers.staff.EmploymentDetails;
import uk.staffcareers.staff.IdentitySync;
import uk.staffcareers.staff.Qualification;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.Trust;

/**
 * The whole directory as an import compares with it, read in a few queries (not one per person), and its
 * fingerprint: a preview is applied only while the directory still has the fingerprint it was compared with.
 */
record DirectorySnapshot(List<Trust> trusts, List<School> schools, Map<String, String> urns, Map<String, StaffMember> staff,
        Map<String, EmploymentDetails> details, Map<String, List<Qualification>> qualifications, Set<String> accounts) {

    static DirectorySnapshot load(StaffDirectory directory, IdentitySync identities) {
        return new DirectorySnapshot(directory.trusts(), directory.schools(), directory.schoolUrns(),
                directory.all().stream().collect(Collectors.toMap(StaffMember::id, Function.identity())),
                directory.employmentDetails(), directory.allQualifications(), identities.accountIds());
    }

    SchoolIndex schoolIndex() {
        SchoolIndex index = new SchoolIndex();
        schools.forEach(school -> index.add(school, urns.get(school.id())));
        return index;
    }

    /** SHA-256 of everything an import reads or writes (not the accounts, which follow the directory). */
    String fingerprint() {
        String content = String.join("\n", trusts.toString(), schools.toString(), new TreeMap<>(urns).toString(),
                new TreeMap<>(staff).toString(), new TreeMap<>(details).toString(), new TreeMap<>(qualifications).toString());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
