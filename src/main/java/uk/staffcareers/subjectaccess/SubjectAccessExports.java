package uk.staffcareers.subjectaccess;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.documents.Documents;
import uk.staffcareers.documents.IssuedDocument;
import uk.staffcareers.platform.CaseHistories;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.Trust;

/**
 * Everything the application holds about one person as one ZIP of JSON and PDF (README "Subject access requests"):
 * their directory record and account, every case about them from the engine's history, the application's own rows
 * about them area by area, every document about them as issued, and a README.txt; logged as an export.
 */
@Service
class SubjectAccessExports {

    private static final Logger LOG = LoggerFactory.getLogger(SubjectAccessExports.class);

    private final JdbcClient jdbc;
    private final ObjectMapper mapper;
    private final StaffDirectory directory;
    private final CaseHistories histories;
    private final Documents documents;
    private final ExportLog log;
    private final Clock clock;

    SubjectAccessExports(JdbcClient jdbc, ObjectMapper mapper, StaffDirectory directory, CaseHistories histories,
            Documents documents, ExportLog log, Clock clock) {
        this.jdbc = jdbc;
        this.mapper = mapper;
        this.directory = directory;
        this.histories = histories;
        this.documents = documents;
        this.log = log;
        this.clock = clock;
    }

    String fileName(SubjectAccessRequest request) {
        return "subject-access-" + request.subject().id().replaceAll("[^A-Za-z0-9-]", "_") + "-" + LocalDate.now(clock) + ".zip";
    }

    void write(SubjectAccessRequest request, OutputStream out) {
        long started = System.nanoTime();
        LocalDateTime made = LocalDateTime.now(clock);
        long exportId = log.started(request, made);
        StaffMember subject = request.subject();
        Names names = new Names(directory, histories);
        Rows rows = new Rows(jdbc, names);
        Map<String, Object> about = Map.of("staff", subject.id(), "username", subject.username(), "email", subject.email());
        ExportZip zip = new ExportZip(out, mapper);

        zip.json("person.json", json -> person(json, subject, rows, about));
        zip.json("cases.json", json -> {
            json.writeStartArray();
            histories.eachCaseAbout(subject.id(), names::of, c -> write(json, c));
            json.writeEndArray();
        });
        for (PersonalTables.Area area : PersonalTables.AREAS) {
            zip.json(area.file(), json -> tables(json, area, rows, about));
        }
        documents(zip, subject, names);
        zip.text(ReadmeText.FILE, ReadmeText.of(request, made, exportId, zip.files()));
        zip.finish();
        log.completed(exportId, zip.files().size(), zip.bytes());
        LOG.info("Subject access export {} of {} by {}: {} files, {} bytes in {} ms", exportId, subject.id(), request.requester(),
                zip.files().size(), zip.bytes(), (System.nanoTime() - started) / 1_000_000);
    }

    private void person(JsonGenerator json, StaffMember subject, Rows rows, Map<String, Object> about) throws IOException {
        json.writeStartObject();
        json.writeStringField("staffNumber", subject.id());
        json.writeStringField("name", subject.fullName());
        json.writeFieldName("record");
        rows.each("select * from staff_member where id = :staff", about, row -> write(json, row));
        json.writeStringField("school", subject.schoolId() == null ? "The trust's central team" : directory.schoolNameOf(subject));
        json.writeStringField("trust", directory.trust(subject.trustId()).map(Trust::name).orElse(subject.trustId()));
        json.writeStringField("lineManager", subject.lineManagerId() == null ? null
                : directory.find(subject.lineManagerId()).map(StaffMember::fullName).orElse(subject.lineManagerId()));
        json.writeFieldName("qualifications");
        json.writeStartArray();
        rows.each("select * from qualification where staff_id = :staff order by id", about, row -> write(json, row));
        json.writeEndArray();
        json.writeObjectField("account", histories.account(subject.username()));
        json.writeEndObject();
    }

    private static void tables(JsonGenerator json, PersonalTables.Area area, Rows rows, Map<String, Object> about)
            throws IOException {
        json.writeStartObject();
        for (PersonalTables.Table table : area.tables()) {
            json.writeFieldName(table.name());
            json.writeStartArray();
            rows.each(PersonalTables.select(table), about, row -> write(json, row));
            json.writeEndArray();
        }
        json.writeEndObject();
    }

    /** documents.json, what each document is, then each as the PDF that was issued, one at a time. */
    private void documents(ExportZip zip, StaffMember subject, Names names) {
        List<IssuedDocument> issued = documents.ofStaff(subject.id());
        Map<IssuedDocument, String> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (IssuedDocument d : issued) {
            String name = ReadmeText.DOCUMENTS + (d.caseRef() + "-" + d.kind().toLowerCase().replace('_', '-') + "-v" + d.version())
                    .replaceAll("[^A-Za-z0-9-]", "_");
            files.put(d, taken.add(name) ? name + ".pdf" : name + "-" + d.id() + ".pdf");
        }
        zip.json("documents.json", json -> {
            json.writeStartArray();
            files.forEach((d, file) -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", file);
                row.put("title", d.title());
                row.put("kind", d.kind());
                row.put("caseRef", d.caseRef());
                row.put("version", d.version());
                row.put("supersedes", d.supersedes());
                row.put("issuedBy", names.of(d.issuedBy()));
                row.put("issuedAt", d.issuedAt());
                write(json, row);
            });
            json.writeEndArray();
        });
        files.forEach((d, file) -> zip.file(file, documents.pdf(d.id())));
    }

    private static void write(JsonGenerator json, Object value) {
        try {
            json.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
