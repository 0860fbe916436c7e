package uk.staffcareers.hlta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.documents.DocumentContent;
import uk.staffcareers.documents.DocumentContent.Bullets;
import uk.staffcareers.documents.DocumentContent.Field;
import uk.staffcareers.documents.DocumentContent.Fields;
import uk.staffcareers.documents.DocumentContent.Paragraph;
import uk.staffcareers.documents.DocumentContent.Section;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.standards.HltaStandards;

/**
 * After the outcome: HLTA status on the staff record, the job description for HR to confirm, and the
 * move into the HLTA role; or the written feedback on the standards not met.
 */
@Service
public class HltaAward {

    public static final String JOB_DESCRIPTION = "HLTA_JOB_DESCRIPTION";
    public static final String FEEDBACK = "HLTA_FEEDBACK";
    static final String GRADE = "Grade 6 (Level 4)";

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final Documents documents;
    private final Candidacies candidacies;
    private final HltaStandards standards;
    private final Clock clock;

    HltaAward(JdbcClient jdbc, StaffDirectory directory, Documents documents, Candidacies candidacies,
            HltaStandards standards, Clock clock) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.documents = documents;
        this.candidacies = candidacies;
        this.standards = standards;
        this.clock = clock;
    }

    /** HLTA status and its date on the staff record, and the draft job description; returns the document's id. */
    public long award(long candidacyId, String reference, String by) {
        StaffMember staff = staffOf(candidacyId);
        LocalDate today = LocalDate.now(clock);
        directory.awardHltaStatus(staff.id(), today);
        String school = directory.school(staff.schoolId()).orElseThrow().name();
        StaffMember headteacher = directory.headteacherOf(staff).orElseThrow();
        long id = documents.issue(JOB_DESCRIPTION, staff.id(), reference, jobDescription(staff, school, headteacher), by);
        jdbc.sql("update hlta_candidacy set awarded_on = ?, job_description_id = ? where id = ?").params(today, id, candidacyId).update();
        return id;
    }

    /** HR confirms the job description: the staff record moves to the HLTA role, Experienced stage, from the given day. */
    public void moveIntoRole(long candidacyId, boolean confirmed, LocalDate effectiveFrom, String by) {
        if (!confirmed) {
            throw new InvalidInputException("Confirm the job description before the staff record moves to the HLTA role");
        }
        if (effectiveFrom == null) {
            throw new InvalidInputException("Give the day from which the HLTA role takes effect");
        }
        LocalDate awardedOn = jdbc.sql("select awarded_on from hlta_candidacy where id = ?").param(candidacyId)
                .query(LocalDate.class).single();
        if (effectiveFrom.isBefore(awardedOn)) {
            throw new InvalidInputException("The HLTA role cannot start (" + WorkingDays.spoken(effectiveFrom)
                    + ") before HLTA status was awarded (" + WorkingDays.spoken(awardedOn) + ")");
        }
        directory.moveIntoHltaRole(candidacies.staffOf(candidacyId));
        jdbc.sql("update hlta_candidacy set role_confirmed_by = ?, role_effective_from = ?, status = 'IN_ROLE', closed_at = ? where id = ?")
                .params(by, effectiveFrom, LocalDateTime.now(clock), candidacyId).update();
    }

    /** Written feedback on the standards not met; returns the document's id. */
    public long feedback(long candidacyId, String reference, List<Integer> notMet, String assessorFeedback, String by) {
        StaffMember staff = staffOf(candidacyId);
        List<String> items = standards.all().stream().filter(s -> notMet.contains(s.number()))
                .map(s -> s.numbered() + " (" + s.heading() + ")").toList();
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Standards not yet met", List.of(new Bullets(items))));
        if (assessorFeedback != null && !assessorFeedback.isBlank()) {
            sections.add(new Section("The assessor's feedback", List.of(new Paragraph(assessorFeedback))));
        }
        sections.add(new Section("What happens next", List.of(new Paragraph("A development plan is started for these standards. "
                + "When you are ready, you can ask for a reassessment: it keeps this candidacy's history."))));
        return documents.issue(FEEDBACK, staff.id(), reference,
                new DocumentContent("HLTA assessment: feedback", staff.fullName() + ", " + reference, sections), by);
    }

    /** The need a development plan starts from, after the outcome. */
    public String developmentNeed(boolean awarded, List<Integer> notMet) {
        if (awarded) {
            return "Moving into the HLTA role: revisit appraisal arrangements and CPD for the new responsibilities.";
        }
        return "HLTA standards not yet met: " + notMet + ". Develop and evidence them before reassessment.";
    }

    private DocumentContent jobDescription(StaffMember staff, String school, StaffMember headteacher) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Post", List.of(new Fields(List.of(new Field("Position", "Higher Level Teaching Assistant (HLTA)"),
                new Field("Post holder", staff.fullName() + " (" + staff.id() + ")"), new Field("School", school),
                new Field("Reports to", "Headteacher (" + headteacher.fullName() + ")"), new Field("Scale", GRADE),
                new Field("HLTA status awarded", WorkingDays.spoken(LocalDate.now(clock))))))));
        String heading = null;
        List<String> items = new ArrayList<>();
        for (String line : template()) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.add(new Section(heading, List.of(new Bullets(items))));
                }
                heading = line.substring(3);
                items = new ArrayList<>();
            } else if (line.startsWith("- ")) {
                items.add(line.substring(2).replace("{school}", school));
            }
        }
        sections.add(new Section(heading, List.of(new Bullets(items))));
        return new DocumentContent("Higher Level Teaching Assistant: job description", school + " - draft for HR to confirm", sections);
    }

    private static List<String> template() {
        try (InputStream in = new ClassPathResource("hlta/job-description.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The HLTA job description template is missing from the application", e);
        }
    }

    private StaffMember staffOf(long candidacyId) {
        return directory.get(candidacies.staffOf(candidacyId));
    }
}
