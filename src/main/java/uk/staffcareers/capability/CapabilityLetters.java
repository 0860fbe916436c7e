package uk.staffcareers.capability;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import uk.staffcareers.documents.DocumentContent;
import uk.staffcareers.documents.DocumentContent.Field;
import uk.staffcareers.documents.DocumentContent.Fields;
import uk.staffcareers.documents.DocumentContent.Paragraph;
import uk.staffcareers.documents.DocumentContent.Section;
import uk.staffcareers.documents.Documents;
import uk.staffcareers.staff.StaffMember;

/** The letters of the Capability Procedure, each issued as a confidential PDF of the case. */
@Component
class CapabilityLetters {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final Section ACCOMPANIED = new Section("Your right to be accompanied", List.of(new Paragraph(
            "You may be accompanied by a trade union representative or a work colleague. Please tell HR who will accompany you. "
                    + "If you or your companion cannot attend, you may ask once to move the meeting in your task list.")));

    private final Documents documents;

    CapabilityLetters(Documents documents) {
        this.documents = documents;
    }

    long invitation(String kind, StaffMember staff, long caseId, String title, LocalDateTime at, String place, String purpose,
            String by) {
        return documents.issue(kind, staff.id(), CapabilityCases.caseRef(caseId), new DocumentContent(title,
                "To " + staff.fullName(), List.of(
                        new Section("The meeting", List.of(new Fields(List.of(new Field("When", at.format(WHEN)),
                                new Field("Where", place))))),
                        ACCOMPANIED,
                        new Section("Purpose", List.of(new Paragraph(purpose))))), by);
    }

    long moved(StaffMember staff, long caseId, String meeting, LocalDateTime from, LocalDateTime to, String reason, String by) {
        return documents.issue(CapabilityCases.MEETING_MOVED, staff.id(), CapabilityCases.caseRef(caseId), new DocumentContent(
                "Your " + meeting + " has been moved at your request", "To " + staff.fullName(), List.of(
                        new Section("The new time", List.of(new Fields(List.of(new Field("Was", from.format(WHEN)),
                                new Field("Now", to.format(WHEN)), new Field("Because", reason))))),
                        new Section("Moved once", List.of(new Paragraph("A meeting is moved once at your request. The meeting "
                                + "will go ahead at the new time; you may still be accompanied."))))), by);
    }

    long warning(String kind, StaffMember staff, long caseId, String title, String targets, String support, String companion,
            LocalDate until, String consequence, String by) {
        return documents.issue(kind, staff.id(), CapabilityCases.caseRef(caseId), new DocumentContent(title,
                "To " + staff.fullName(), List.of(
                        new Section("Targets", List.of(new Paragraph(targets))),
                        new Section("Support you will receive", List.of(new Paragraph(support))),
                        new Section("Monitoring", List.of(new Fields(List.of(
                                new Field("Monitoring period ends on", until.format(DAY)),
                                new Field("Accompanied at the meeting by", companion == null ? "Not accompanied" : companion))))),
                        new Section("If performance does not improve", List.of(new Paragraph(consequence))))), by);
    }

    long decision(StaffMember staff, long caseId, CapabilityCases.DecisionMeeting d, String companion, LocalDate endsOn,
            LocalDate appealBy, String by) {
        List<Section> sections = new ArrayList<>();
        boolean dismissal = d.decision() == CapabilityCases.Decision.DISMISSAL;
        sections.add(new Section("Decision", List.of(new Paragraph(dismissal
                ? "The decision meeting found that your performance has not reached the standard required after the final "
                        + "written warning. You are dismissed with " + d.noticeWeeks() + " weeks' notice."
                : "The decision meeting found that your performance has improved to the standard required. The capability "
                        + "procedure ends and your performance will be managed through the normal appraisal cycle."),
                new Fields(List.of(new Field("Accompanied at the meeting by", companion == null ? "Not accompanied" : companion))))));
        sections.add(new Section("Reasons", List.of(new Paragraph(d.reasons().strip()))));
        if (dismissal) {
            sections.add(new Section("Notice and your right of appeal", List.of(new Fields(List.of(
                    new Field("Last day of employment", endsOn.format(DAY)),
                    new Field("Appeal in writing by", appealBy.format(DAY)))),
                    new Paragraph("You may appeal against this decision. The appeal is heard by a panel of people who were not "
                            + "involved in the procedure before."))));
        }
        return documents.issue(CapabilityCases.DECISION, staff.id(), CapabilityCases.caseRef(caseId), new DocumentContent(
                dismissal ? "Outcome of the decision meeting: dismissal with notice" : "Outcome of the decision meeting: improved",
                "To " + staff.fullName(), sections), by);
    }

    long appealOutcome(StaffMember staff, long caseId, CapabilityCases.AppealOutcome outcome, String reasons, String by) {
        boolean upheld = outcome == CapabilityCases.AppealOutcome.UPHELD;
        return documents.issue(CapabilityCases.APPEAL_OUTCOME, staff.id(), CapabilityCases.caseRef(caseId), new DocumentContent(
                "Outcome of your appeal against dismissal", "To " + staff.fullName(), List.of(
                        new Section("Outcome", List.of(new Paragraph(upheld
                                ? "Your appeal is upheld: the decision to dismiss you is withdrawn."
                                : "Your appeal is not upheld: the decision to dismiss you stands. This decision is final."))),
                        new Section("The panel's reasons", List.of(new Paragraph(reasons))))), by);
    }
}
