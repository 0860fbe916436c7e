package uk.staffcareers.platform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a set of models does to the engine, unit by unit (a diagram with its forms, a decision table), and so
 * file by file: deployed, changed (not deployed: a dry run, or the set was refused), unchanged, refused (with the
 * rule where the file breaks one; a form also when only refused diagrams use it), or unused (a form no diagram
 * of the set uses, which is deployed with none).
 */
public final class ModelChanges {

    public enum Status {
        REFUSED, DEPLOYED, CHANGED, UNCHANGED, UNUSED
    }

    public record FileOutcome(String file, Status status, List<ModelViolation> violations) {
    }

    private final List<ModelFile> files;
    private final List<ModelViolation> violations;
    private final Map<DeploymentUnit, Status> units;

    ModelChanges(List<ModelFile> files, List<ModelViolation> violations, Map<DeploymentUnit, Status> units) {
        this.files = List.copyOf(files);
        this.violations = List.copyOf(violations);
        this.units = new LinkedHashMap<>(units);
    }

    /** Whether any file breaks a rule (or the engine refused it). */
    public boolean refused() {
        return !violations.isEmpty();
    }

    public List<ModelViolation> violations() {
        return violations;
    }

    /** The deployments made, by name (the process or decision table file's name). */
    public List<String> deployed() {
        return units.entrySet().stream().filter(e -> e.getValue() == Status.DEPLOYED).map(e -> e.getKey().name()).toList();
    }

    Map<DeploymentUnit, Status> units() {
        return units;
    }

    List<ModelFile> given() {
        return files;
    }

    /**
     * Each file with its outcome. A diagram or table has its unit's; a form its own refusal, else the most that
     * happened to a unit that carries it (deployed, then changed, then unchanged).
     */
    public List<FileOutcome> outcomes() {
        List<FileOutcome> outcomes = new ArrayList<>();
        for (ModelFile file : files) {
            List<ModelViolation> own = violations.stream().filter(v -> v.file().equals(file.name())).toList();
            Status status = !own.isEmpty() ? Status.REFUSED : file.isForm() ? formStatus(file) : unitStatus(file);
            outcomes.add(new FileOutcome(file.name(), status, own));
        }
        return outcomes;
    }

    private Status unitStatus(ModelFile main) {
        return units.entrySet().stream().filter(e -> e.getKey().main().name().equals(main.name())).map(Map.Entry::getValue)
                .findFirst().orElse(Status.REFUSED);
    }

    /** A form carried only by refused diagrams is refused with them: it goes nowhere without a diagram. */
    private Status formStatus(ModelFile form) {
        List<Status> carriers = units.entrySet().stream()
                .filter(e -> e.getKey().forms().stream().anyMatch(f -> f.name().equals(form.name()))).map(Map.Entry::getValue).toList();
        return carriers.stream().filter(s -> s != Status.REFUSED).min(Comparator.naturalOrder())
                .orElse(carriers.isEmpty() ? Status.UNUSED : Status.REFUSED);
    }
}
