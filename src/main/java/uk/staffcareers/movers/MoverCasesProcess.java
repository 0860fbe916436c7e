package uk.staffcareers.movers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import uk.staffcareers.notifications.Notifications;
import uk.staffcareers.platform.AsApplication;
import uk.staffcareers.platform.CaseLabels;
import uk.staffcareers.platform.CaseMoves;
import uk.staffcareers.platform.CaseVariables;
import uk.staffcareers.platform.TaskHandOvers;
import uk.staffcareers.policy.WorkingDays;
import uk.staffcareers.staff.School;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;
import uk.staffcareers.staff.StaffMoved;

/**
 * A mover's cases follow them (README "Movers"). Every open case about them in the old school continues under the new
 * one (CaseMoves): the people of the old school who had a part in it (the variables that the diagram assigns tasks to:
 * headteacher, appraiser, HLTA coordinator, ...) are replaced by their successors at the new school (Successors), whom a
 * task's description, a comment and a notification tell, by name, what is now theirs; the case's school name follows.
 * Then the tasks the mover held in the old school's other cases (as a colleague's appraiser) go to its headteacher, as
 * a leaver's do, and the mover is told where their cases are now.
 */
@Component
class MoverCasesProcess {

    /** A user task's assignee written as one variable, "${appraiser}": that variable names a part someone has in the case. */
    private static final Pattern PART = Pattern.compile("\\$\\{(\\w+)}");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final StaffDirectory directory;
    private final CaseMoves moves;
    private final TaskHandOvers handOvers;
    private final Notifications notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<String, List<String>> partsByDefinition = new ConcurrentHashMap<>();

    MoverCasesProcess(RuntimeService runtime, TaskService tasks, RepositoryService repository, IdentityService identity,
            StaffDirectory directory, CaseMoves moves, TaskHandOvers handOvers, Notifications notifications,
            ApplicationEventPublisher events, Clock clock) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.repository = repository;
        this.identity = identity;
        this.directory = directory;
        this.moves = moves;
        this.handOvers = handOvers;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Order(100)
    void staffMoved(StaffMoved moved) {
        StaffMember mover = moved.staff();
        String from = moved.fromSchoolId() != null ? moved.fromSchoolId() : mover.trustId();
        String to = moved.toSchoolId() != null ? moved.toSchoolId() : mover.trustId();
        if (from.equals(to) || directory.hasLeft(mover.id())) {
            return;
        }
        Place place = new Place(schoolName(moved.fromSchoolId()), directory.schoolNameOf(mover));
        Successors successors = new Successors(directory, mover, moved.toSchoolId());
        AsApplication.run(identity, () -> {
            List<String> carried = new ArrayList<>();
            for (ProcessInstance theirs : runtime.createProcessInstanceQuery().rootProcessInstances()
                    .variableValueEquals(CaseVariables.STAFF_ID.name(), mover.id()).tenantIdIn(from).list()) {
                carried.add(carry(theirs, mover, successors, place, moved.movedBy()));
            }
            String today = WorkingDays.spoken(LocalDate.now(clock));
            for (Task task : tasks.createTaskQuery().taskAssignee(mover.username()).tenantIdIn(from).list()) {
                handOvers.overseerOf(from).ifPresent(head -> handOvers.handOver(task, head, mover.fullName() + " held this task and "
                        + "moved to " + place.to() + " on " + today + ". It is yours now: do it yourself, or give it to someone else "
                        + "(for an appraisal, choose the new appraiser: POST /api/appraisals/{case}/appraiser).",
                        "A task of " + mover.fullName() + "'s is now yours"));
            }
            if (!carried.isEmpty()) {
                notifications.send(mover.username(), "Your cases have moved to " + place.to(), "You now work at " + place.to()
                        + ": your open cases continue there, where they stood (" + String.join(", ", carried) + ").", null);
            }
            return carried.size();
        });
    }

    /** The schools a case moves between, by name. */
    private record Place(String from, String to) {
    }

    private String carry(ProcessInstance theirs, StaffMember mover, Successors successors, Place place, String movedBy) {
        Map<String, Object> changes = new HashMap<>();
        Map<String, String> replaced = new LinkedHashMap<>();
        for (ProcessInstance instance : withSubCases(theirs)) {
            Map<String, Object> variables = runtime.getVariablesLocal(instance.getId());
            for (String part : parts(instance.getProcessDefinitionId())) {
                if (variables.get(part) instanceof String username) {
                    successors.of(username).ifPresent(next -> {
                        changes.put(part, next.username());
                        if (variables.containsKey(part + "Name")) {
                            changes.put(part + "Name", next.fullName());
                        }
                        if (variables.containsKey(part + "StaffId")) {
                            changes.put(part + "StaffId", next.id());
                        }
                        replaced.put(username, next.username());
                    });
                }
            }
        }
        changes.put(CaseLabels.SCHOOL_NAME.name(), place.to());
        CaseMoves.Moved result = moves.move(theirs.getId(), changes, successors::holder, user -> successors.of(user).isEmpty(),
                "Moved to " + place.to() + ": " + mover.fullName() + "'s case continued in that school");
        Set<String> told = new HashSet<>();
        for (CaseMoves.MovedTask moved : result.tasks()) {
            String before = moved.previousHolder();
            String now = moved.task().getAssignee();
            if (before != null && now != null && !before.equals(now)) {
                String whose = nameOf(before);
                handOvers.handOver(moved.task(), directory.findByUsername(now).orElseThrow(), mover.fullName() + " has moved from "
                        + place.from() + " to " + place.to() + ", and this case with them. " + whose + " held this task at "
                        + place.from() + ". It is yours now: do it yourself, or give it to someone else.",
                        "A task of " + whose + "'s in " + mover.fullName() + "'s case is now yours");
                told.add(now);
            }
        }
        replaced.forEach((before, now) -> {
            if (told.add(now)) {
                notifications.send(now, "You now take " + nameOf(before) + "'s part in " + mover.fullName() + "'s case",
                        mover.fullName() + " has moved from " + place.from() + " to " + place.to() + ", and their case "
                                + result.businessKey() + " with them. What " + nameOf(before) + " was to do in it at " + place.from()
                                + " is yours from now on.", result.businessKey());
            }
        });
        events.publishEvent(new CaseMoved(result.processKey(), result.businessKey(), result.id(), mover, replaced, movedBy));
        return result.businessKey();
    }

    private List<ProcessInstance> withSubCases(ProcessInstance instance) {
        List<ProcessInstance> all = new ArrayList<>(List.of(instance));
        for (ProcessInstance sub : runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).list()) {
            all.addAll(withSubCases(sub));
        }
        return all;
    }

    /** The variables a diagram gives its user tasks to, e.g. appraiser, headteacher, payDecider. */
    private List<String> parts(String definitionId) {
        return partsByDefinition.computeIfAbsent(definitionId, id -> repository.getBpmnModelInstance(id)
                .getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaAssignee)
                .filter(assignee -> assignee != null).map(PART::matcher).filter(Matcher::matches).map(m -> m.group(1))
                .distinct().toList());
    }

    private String nameOf(String username) {
        return directory.findByUsername(username).map(StaffMember::fullName).orElse(username);
    }

    private String schoolName(String schoolId) {
        return schoolId == null ? "the trust's central team" : directory.school(schoolId).map(School::name).orElse(schoolId);
    }
}
