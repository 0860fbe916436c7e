package uk.staffcareers.bench;

/**
 * What the benchmark runs, from -Dbench.* properties (README "Benchmark"): the database, how many
 * staff are launched, how many simulated users work at once, and the volume behind the queries
 * (the finished cases; the open ones are this year's and last year's, two per member of staff).
 */
record BenchSettings(String database, int staff, int users, int finishedCases, int queriesPerUser,
        String postgresUrl, String postgresUser) {

    static BenchSettings fromSystemProperties() {
        BenchSettings settings = new BenchSettings(
                System.getProperty("bench.db", "h2"),
                Integer.getInteger("bench.staff", 5_000),
                Integer.getInteger("bench.users", 16),
                Integer.getInteger("bench.finished", 100_000),
                Integer.getInteger("bench.queries", 50),
                System.getProperty("bench.pg.url", "jdbc:postgresql://127.0.0.1:5432/"),
                System.getProperty("bench.pg.user", "postgres"));
        if (!settings.database.equals("h2") && !settings.database.equals("postgres")) {
            throw new IllegalArgumentException("bench.db is h2 or postgres, not " + settings.database);
        }
        if (settings.staff < BenchTrust.STAFF_PER_SCHOOL) {
            throw new IllegalArgumentException("bench.staff is at least one school of " + BenchTrust.STAFF_PER_SCHOOL);
        }
        return settings;
    }

    boolean postgres() {
        return database.equals("postgres");
    }

    /** Schools of 100 staff each. */
    int schools() {
        return Math.max(1, staff / BenchTrust.STAFF_PER_SCHOOL);
    }
}
