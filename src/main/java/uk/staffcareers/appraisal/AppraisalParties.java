package uk.staffcareers.appraisal;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.staffcareers.documents.CaseParties;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

/**
 * An appraisal's appraiser and pay decider take part in it, and so does the panel that appraises a
 * headteacher (the CEO, the chair of trustees, the external adviser) or the CEO (the chair, with the
 * adviser where the trust says so): they read its report and pay letter. In a pay appeal, so do anyone
 * present at the decider's review and the hearing's panel, who need them to hear it; and all of these
 * read the appeal's letters.
 */
@Component
class AppraisalParties implements CaseParties {

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Appraisals appraisals;

    AppraisalParties(JdbcClient jdbc, StaffDirectory directory, Appraisals appraisals) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.appraisals = appraisals;
    }

    @Override
    public Set<String> of(String caseRef) {
        var key = AppraisalPeriod.ofBusinessKey(caseRef);
        if (key.isEmpty()) {
            return Set.of();
        }
        List<Party> rows = jdbc.sql("select staff_id, appraiser, pay_decided_by, id from appraisal where period_label = ? and staff_id = ?")
                .params(key.get().periodLabel(), key.get().staffId()).query(Party.class).list();
        Set<String> people = new HashSet<>();
        for (Party row : rows) {
            people.add(row.appraiser());
            people.add(row.payDecidedBy());
            people.addAll(jdbc.sql("select username from appraisal_appeal_person where appraisal_id = ?").param(row.id())
                    .query(String.class).list());
            directory.find(row.staffId()).ifPresent(staff -> appraisals.panel(staff).stream().map(StaffMember::username).forEach(people::add));
        }
        people.removeIf(Objects::isNull);
        return people;
    }

    private record Party(String staffId, String appraiser, String payDecidedBy, long id) {
    }
}
