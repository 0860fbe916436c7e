package uk.staffcareers.appraisal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import uk.staffcareers.documents.DocumentContent;
import uk.staffcareers.documents.DocumentContent.Block;
import uk.staffcareers.documents.DocumentContent.Field;
import uk.staffcareers.documents.DocumentContent.Fields;
import uk.staffcareers.documents.DocumentContent.Paragraph;
import uk.staffcareers.documents.DocumentContent.Section;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.StaffMember;

/** The letters of a pay appeal: the review's answer, the invitation to the hearing and the hearing's outcome. */
final class PayAppealLetters {

    private PayAppealLetters() {
    }

    static DocumentContent review(StaffMember staff, AppraisalPeriod period, String decider, LocalDate heldOn, boolean upheld,
            String reasons, LocalDate hearingBy) {
        List<Block> next = new ArrayList<>();
        next.add(new Paragraph(upheld ? "Your appeal is upheld: you receive pay progression for " + period.label() + "."
                : "Your appeal is not upheld: the pay decision stands."));
        if (!upheld) {
            next.add(new Paragraph("You may ask for a formal appeal hearing until " + WorkingDays.spoken(hearingBy)
                    + ", in Tasklist (task 'Ask for a formal appeal hearing or accept the answer'). A panel of people not involved so far hears it."));
        }
        return new DocumentContent("Pay appeal: the review's answer " + period.label(), staff.fullName(), List.of(
                new Section("The review", List.of(new Fields(List.of(new Field("Reviewed by", decider + ", who decided the pay"),
                        new Field("Review meeting", WorkingDays.spoken(heldOn)))))),
                new Section("Answer", List.of(new Paragraph("Reasons: " + reasons))),
                new Section("What happens next", next)));
    }

    static DocumentContent invitation(StaffMember staff, AppraisalPeriod period, LocalDateTime at, String place, String panel) {
        return new DocumentContent("Invitation to a pay appeal hearing " + period.label(), staff.fullName(), List.of(
                new Section("The hearing", List.of(new Fields(List.of(new Field("Date", WorkingDays.spoken(at.toLocalDate())),
                        new Field("Time", at.toLocalTime().toString()), new Field("Place", place), new Field("Panel", panel))))),
                new Section("Your right to be accompanied", List.of(new Paragraph("You may be accompanied at the hearing by a trade "
                        + "union representative or a work colleague. Please tell HR who will accompany you.")))));
    }

    static DocumentContent outcome(StaffMember staff, AppraisalPeriod period, LocalDateTime at, String panel, String companion,
            String companionName, boolean upheld, String reasons) {
        return new DocumentContent("Pay appeal hearing: the outcome " + period.label(), staff.fullName(), List.of(
                new Section("The hearing", List.of(new Fields(List.of(new Field("Held", WorkingDays.spoken(at.toLocalDate())),
                        new Field("Panel", panel), new Field("Accompanied by", companionText(companion, companionName)))))),
                new Section("Decision", List.of(new Paragraph(upheld ? "The appeal is upheld: you receive pay progression for "
                        + period.label() + "." : "The appeal is not upheld: the pay decision stands."),
                        new Paragraph("Reasons: " + reasons),
                        new Paragraph("This is the final stage of the pay policy's appeal procedure.")))));
    }

    private static String companionText(String companion, String name) {
        return switch (companion) {
            case "TRADE_UNION" -> name + " (trade union representative)";
            case "COLLEAGUE" -> name + " (work colleague)";
            default -> "Nobody";
        };
    }
}
