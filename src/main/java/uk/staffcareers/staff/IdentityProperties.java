package uk.staffcareers.staff;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How directory users get their Camunda account.
 *
 * @param initialPassword password of a newly created account; empty means none usable until an
 *                        administrator sets one in Camunda Admin (production)
 */
@ConfigurationProperties("staffcareers.identity")
public record IdentityProperties(String initialPassword) {
}
