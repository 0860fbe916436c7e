package uk.staffcareers.platform;

import java.time.ZoneId;

/**
 * The trusts' schools are in England: every date and time of day is London's, whatever the server's own zone
 * (a container on UTC would otherwise move an 08:30 due time to 09:30 in summer).
 */
public final class SchoolTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private SchoolTime() {
    }
}
