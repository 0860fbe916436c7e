package uk.staffcareers.subjectaccess;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows read one at a time as column name to value (names in lower case on H2 and PostgreSQL alike, dates as dates,
 * binary content as its size), and beside each column that holds a user name (…_by, appraiser, username) the person's
 * name, so nobody reading the export has to know user names.
 */
final class Rows {

    private final JdbcClient jdbc;
    private final Names names;

    Rows(JdbcClient jdbc, Names names) {
        this.jdbc = jdbc;
        this.names = names;
    }

    void each(String sql, Map<String, ?> params, Consumer<Map<String, Object>> sink) {
        jdbc.sql(sql).params(params).query((RowCallbackHandler) rs -> sink.accept(row(rs)));
    }

    private Map<String, Object> row(ResultSet rs) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
            Object value = plain(rs.getObject(i));
            row.put(column, value);
            if (value instanceof String username && namesAPerson(column)) {
                row.put(column + "_name", names.of(username));
            }
        }
        return row;
    }

    private static boolean namesAPerson(String column) {
        return column.endsWith("_by") || column.endsWith("appraiser") || column.equals("username");
    }

    private static Object plain(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toLocalDateTime();
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String
                || value instanceof java.time.temporal.Temporal) {
            return value;
        }
        return value.toString();
    }
}
