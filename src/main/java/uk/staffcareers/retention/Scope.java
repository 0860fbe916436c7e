package uk.staffcareers.retention;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Whose records a run looks at: a trust's staff, or (a test's own people) only some of them.
 *
 * @param staffIds null for the whole trust
 */
record Scope(String trustId, Set<String> staffIds) {

    static Scope trust(String trustId) {
        return new Scope(trustId, null);
    }

    /** The SQL condition on a staff id column, with the parameters :trustId and :staffIds. */
    String staffCondition(String column) {
        return column + " in (select id from staff_member where trust_id = :trustId"
                + (staffIds == null ? "" : " and id in (:staffIds)") + ")";
    }

    /** The SQL condition on a recipient column (a username or a work email) of the trust's staff. */
    String recipientCondition(String column) {
        String staff = " from staff_member where trust_id = :trustId" + (staffIds == null ? "" : " and id in (:staffIds)");
        return "(" + column + " in (select username" + staff + ") or " + column + " in (select email" + staff + "))";
    }

    /** The parameters of those conditions, and :before and :beforeTime (the start of that day) for the cut-off. */
    Map<String, Object> parameters(LocalDate before) {
        Map<String, Object> values = new HashMap<>(Map.of("trustId", trustId, "before", before, "beforeTime", before.atStartOfDay()));
        if (staffIds != null) {
            values.put("staffIds", staffIds);
        }
        return values;
    }
}
