package uk.staffcareers.platform;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * What the last start-up, or the analysts' last deployment that went through, deployed and refused. A refused
 * model leaves its previous version running, so the application stays up; the health endpoint reports it as
 * "models" DOWN until it is fixed.
 */
@Component("models")
public class ModelDeploymentReport implements HealthIndicator {

    private final List<ModelViolation> refused = new CopyOnWriteArrayList<>();
    private final List<String> deployed = new CopyOnWriteArrayList<>();

    void reset() {
        refused.clear();
        deployed.clear();
    }

    void refused(List<ModelViolation> violations) {
        refused.addAll(violations);
    }

    void deployed(String deploymentName) {
        deployed.add(deploymentName);
    }

    public List<ModelViolation> refused() {
        return List.copyOf(refused);
    }

    /** Names of the deployments that the last start-up created because something had changed. */
    public List<String> deployed() {
        return List.copyOf(deployed);
    }

    @Override
    public Health health() {
        Health.Builder health = refused.isEmpty() ? Health.up() : Health.down();
        return health.withDetail("newDeployments", deployed())
                .withDetail("refused", refused.stream().map(ModelViolation::toString).toList())
                .build();
    }
}
