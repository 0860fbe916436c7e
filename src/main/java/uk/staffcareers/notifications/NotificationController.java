package uk.staffcareers.notifications;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import uk.staffcareers.platform.CurrentUser;

/** A person's own reminders and alerts. */
@RestController
class NotificationController {

    private final Notifications notifications;
    private final CurrentUser currentUser;

    NotificationController(Notifications notifications, CurrentUser currentUser) {
        this.notifications = notifications;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/notifications")
    List<Notification> mine() {
        return notifications.of(currentUser.username());
    }
}
