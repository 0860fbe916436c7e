package uk.staffcareers.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** A fresh database for each run: an H2 file under target/bench, or the database staffcareers_bench on PostgreSQL. */
final class BenchDatabase {

    private final BenchSettings settings;
    private final String pgDatabase;
    private final Path h2Dir;

    BenchDatabase(BenchSettings settings) {
        this(settings, "staffcareers_bench", "h2");
    }

    /** A database of its own for another part of the benchmark (the directory import's). */
    BenchDatabase(BenchSettings settings, String pgDatabase, String h2Folder) {
        this.settings = settings;
        this.pgDatabase = pgDatabase;
        this.h2Dir = Path.of("target", "bench", h2Folder);
    }

    void recreate() throws IOException, SQLException {
        if (settings.postgres()) {
            try (Connection c = DriverManager.getConnection(settings.postgresUrl() + "postgres", settings.postgresUser(), "");
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + pgDatabase);
                s.execute("create database " + pgDatabase);
            }
        } else if (Files.exists(h2Dir)) {
            try (Stream<Path> files = Files.walk(h2Dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** The application's datasource settings for this database. */
    Map<String, Object> properties() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (settings.postgres()) {
            p.put("spring.datasource.url", settings.postgresUrl() + pgDatabase);
            p.put("spring.datasource.username", settings.postgresUser());
            p.put("spring.datasource.password", "");
        } else {
            // -Dbench.sql=true: H2 counts and times every statement (written to target/bench/sql.txt).
            String statistics = Boolean.getBoolean("bench.sql") ? ";QUERY_STATISTICS=TRUE;QUERY_STATISTICS_MAX_ENTRIES=500" : "";
            p.put("spring.datasource.url", "jdbc:h2:file:" + h2Dir.toAbsolutePath().resolve("staff-careers")
                    + ";DB_CLOSE_ON_EXIT=FALSE" + statistics);
        }
        return p;
    }

    /** The statements that took most time in all, with how often they ran (H2 with -Dbench.sql=true). */
    static void writeStatementStatistics(Connection connection, Path file) throws SQLException, IOException {
        StringBuilder out = new StringBuilder("total ms | count | mean ms | statement\n");
        try (Statement s = connection.createStatement(); var rows = s.executeQuery("""
                select cumulative_execution_time, execution_count, average_execution_time, sql_statement
                from information_schema.query_statistics order by cumulative_execution_time desc limit 40""")) {
            while (rows.next()) {
                out.append(String.format("%9.0f | %6d | %7.2f | %s%n", rows.getDouble(1), rows.getLong(2), rows.getDouble(3),
                        rows.getString(4).replaceAll("\\s+", " ")));
            }
        }
        Files.writeString(file, out);
    }

    String describe(Connection connection) throws SQLException {
        var meta = connection.getMetaData();
        return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }
}
