package uk.staffcareers.capability;

import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.staffcareers.documents.CaseParties;

/**
 * A concern's raiser and reviewer take part in it, and in the capability case it led to: they read
 * its meeting record, the capability notice and the capability letters; so does whoever took over its review when the
 * employee moved school.
 */
@Component
class ConcernParties implements CaseParties {

    private final JdbcClient jdbc;

    ConcernParties(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> of(String caseRef) {
        OptionalLong concern = PerformanceConcernProcess.concernOf(caseRef);
        if (concern.isPresent()) {
            return raiserAndReviewer("select raised_by, reviewed_by, reviewer from performance_concern where id = ?", concern.getAsLong());
        }
        OptionalLong capability = PerformanceConcernProcess.capabilityCaseOf(caseRef);
        if (capability.isPresent()) {
            return raiserAndReviewer("""
                    select c.raised_by, c.reviewed_by, c.reviewer from performance_concern c join capability_case k on k.concern_id = c.id
                    where k.id = ?""", capability.getAsLong());
        }
        return Set.of();
    }

    private Set<String> raiserAndReviewer(String sql, long id) {
        return jdbc.sql(sql).param(id).query(RaiserAndReviewer.class).list().stream()
                .flatMap(row -> Stream.of(row.raisedBy(), row.reviewedBy(), row.reviewer()))
                .filter(Objects::nonNull).collect(Collectors.toSet());
    }

    private record RaiserAndReviewer(String raisedBy, String reviewedBy, String reviewer) {
    }
}
