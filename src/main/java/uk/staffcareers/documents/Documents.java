package uk.staffcareers.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;

import uk.staffcareers.staff.StaffDirectory;

/**
 * Issues written reports and letters as PDF and keeps every version: the appraisal report, the
 * written record of an informal meeting, capability letters, the HLTA job description. Re-issuing
 * (say, with the employee's own comments) makes a new version that points at the one it replaces.
 */
@Service
public class Documents {

    private static final String COLUMNS = "id, kind, staff_id, case_ref, title, version, supersedes, issued_by, issued_at";

    private final JdbcClient jdbc;
    private final PdfRenderer renderer;
    private final StaffDirectory directory;
    private final Clock clock;

    Documents(JdbcClient jdbc, PdfRenderer renderer, StaffDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.renderer = renderer;
        this.directory = directory;
        this.clock = clock;
    }

    /** Issues the next version of the case's document of this kind; returns its id. */
    public long issue(String kind, String staffId, String caseRef, DocumentContent content, String issuedBy) {
        directory.get(staffId);
        Optional<IssuedDocument> previous = latest(caseRef, kind);
        int version = previous.map(d -> d.version() + 1).orElse(1);
        LocalDateTime now = LocalDateTime.now(clock);
        String footer = "Confidential  |  " + caseRef + "  |  version " + version + ", issued "
                + now.format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)) + " by " + issuedBy;
        byte[] pdf = renderer.render(content, footer);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into document (kind, staff_id, case_ref, title, version, supersedes, content, issued_by, issued_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(kind, staffId, caseRef, content.title(), version, previous.map(IssuedDocument::id).orElse(null), pdf,
                        issuedBy, now)
                .update(key, "id");
        return key.getKey().longValue();
    }

    public Optional<IssuedDocument> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from document where id = ?").param(id).query(Documents::issued).optional();
    }

    public Optional<IssuedDocument> latest(String caseRef, String kind) {
        return jdbc.sql("select " + COLUMNS + " from document where case_ref = ? and kind = ? order by version desc")
                .params(caseRef, kind).query(Documents::issued).list().stream().findFirst();
    }

    public List<IssuedDocument> ofStaff(String staffId) {
        return jdbc.sql("select " + COLUMNS + " from document where staff_id = ? order by issued_at desc, id desc")
                .param(staffId).query(Documents::issued).list();
    }

    public byte[] pdf(long id) {
        return jdbc.sql("select content from document where id = ?").param(id).query(byte[].class).single();
    }

    private static IssuedDocument issued(ResultSet rs, int row) throws SQLException {
        long supersedes = rs.getLong("supersedes");
        return new IssuedDocument(rs.getLong("id"), rs.getString("kind"), rs.getString("staff_id"), rs.getString("case_ref"),
                rs.getString("title"), rs.getInt("version"), rs.wasNull() ? null : supersedes, rs.getString("issued_by"),
                rs.getObject("issued_at", LocalDateTime.class));
    }
}
