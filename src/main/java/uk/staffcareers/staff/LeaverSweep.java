package uk.staffcareers.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Leavers, each morning: for everyone whose employment ended before today (the staff records' end date, from the
 * MIS import or the directory page), the processes are told (StaffLeft: they end the cases about the person and hand
 * the tasks the person held to their headteacher) and the account is closed, all in one transaction per person and
 * once only, even with several nodes. Also run at once by the central team (POST /api/directory/leavers/run).
 */
@Service
public class LeaverSweep {

    private static final Logger LOG = LoggerFactory.getLogger(LeaverSweep.class);

    private final StaffDirectory directory;
    private final TransactionTemplate transaction;
    private final Clock clock;

    LeaverSweep(StaffDirectory directory, TransactionTemplate transaction, Clock clock) {
        this.directory = directory;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${staffcareers.leavers.cron:0 30 5 * * *}", zone = "Europe/London")
    void eachMorning() {
        run();
    }

    /** The leavers dealt with now, by staff number. */
    public List<String> run() {
        LocalDate today = LocalDate.now(clock);
        List<String> done = new ArrayList<>();
        directory.leaversBefore(today).forEach((id, lastDay) -> {
            // Empty when another node has dealt with them.
            StaffMember leaver = transaction.execute(status -> directory.recordLeaving(id, lastDay, LocalDateTime.now(clock)).orElse(null));
            if (leaver != null) {
                LOG.info("Leaver {} ({}): employment ended on {}; cases ended, tasks handed on, account closed", id,
                        leaver.fullName(), lastDay);
                done.add(id);
            }
        });
        return done;
    }
}
