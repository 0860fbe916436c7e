package uk.staffcareers.mail;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.staffcareers.platform.SchoolTime;
import uk.staffcareers.policy.WorkingDays;

/** What every mail shares: links into Tasklist at the application's own address, dates as people say them, the footer. */
@Component
class MailLinks {

    static final String FOOTER = "This message was sent by Staff careers. Please do not reply to it.";

    private final String baseUrl;

    MailLinks(@Value("${staffcareers.mail.base-url}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    String tasklist() {
        return baseUrl + "/camunda/app/tasklist/";
    }

    String task(String taskId) {
        return baseUrl + "/camunda/app/tasklist/default/#/?task=" + taskId;
    }

    /** A due date as a school says it, in London: "Friday 4 December 2026". */
    static String day(Instant due) {
        return WorkingDays.spoken(londonDate(due));
    }

    static LocalDate londonDate(Instant instant) {
        return instant.atZone(SchoolTime.ZONE).toLocalDate();
    }
}
