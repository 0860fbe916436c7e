package uk.staffcareers.overview;

import java.util.Collection;

/**
 * Where a query over some schools' cases starts, chosen here rather than left to the planner. One school's (a headteacher's
 * page) from its hundred staff, each case looked up by the index on staff; several schools' (the central team's) from the
 * case table itself, whose rows are then mostly theirs, by its own index (year, end date) or whole when it is small.
 * Written as an outer join from the table to start with, an order H2 keeps: its planner counts a column's selectivity in
 * whole percent, so it cannot tell one school of fifty from the whole trust, and otherwise read a year's 5,000 appraisals
 * for a school's hundred, or every staff member of the trust to count a handful of open concerns. PostgreSQL, which turns
 * these outer joins back into inner ones (the WHERE needs both sides), plans either well. What this gives ends with a
 * WHERE that keeps only the rows with a case (no staff member without one, nor a case without a staff member); the caller
 * goes on with {@code and s.school_id in (...)} and repeats any condition given here.
 */
final class CaseRoute {

    private CaseRoute() {
    }

    /**
     * {@code FROM ... WHERE} for cases in {@code table} as {@code alias}, {@code also} a condition on them kept in the join
     * from staff (so that the index on staff and that column serves it).
     */
    static String from(Collection<String> schools, String table, String alias, String also) {
        String join = schools.size() == 1
                ? "staff_member s left join %1$s %2$s on %2$s.staff_id = s.id%3$s".formatted(table, alias, also.isEmpty() ? "" : " and " + also)
                : "%1$s %2$s left join staff_member s on s.id = %2$s.staff_id".formatted(table, alias);
        return join + " where %s.staff_id = s.id".formatted(alias);
    }

    static String from(Collection<String> schools, String table, String alias) {
        return from(schools, table, alias, "");
    }
}
