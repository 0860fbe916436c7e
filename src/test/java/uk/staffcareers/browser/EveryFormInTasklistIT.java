package uk.staffcareers.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.ProcessBuilder;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every form of forms/, rendered by Tasklist's own form-js (1.8.7 in Tasklist 7.24) in Chromium at 1400 px: no label
 * is cut off, and every field a person may leave empty says whether it must be filled in (form-js's '*', a '*' ending
 * the label of a field shown only when needed, "(optional)", or "Required when ..." under it). The forms are deployed
 * with a test process that gives one task per form to the administrator, and removed afterwards.
 */
class EveryFormInTasklistIT extends TasklistBrowserTest {

    private static final String GATEWAY = "Gateway_EveryForm";

    /** The visible fields a person may leave empty whose label and description do not say whether they must be filled in. */
    private static final String UNMARKED = """
            return Array.from(document.querySelectorAll('.fjs-container .fjs-form-field')).filter(f => f.offsetParent !== null)
              .filter(f => ['textfield', 'textarea', 'number', 'datetime', 'select', 'radio', 'taglist']
                .some(t => f.classList.contains('fjs-form-field-' + t)))
              .filter(f => !f.querySelector('input[readonly], input[disabled], textarea[readonly], textarea[disabled]'))
              .map(f => [f.querySelector('.fjs-form-field-label'), f.querySelector('.fjs-form-field-description')])
              .filter(([label, description]) => label && !label.querySelector('.fjs-asterix')
                && !label.textContent.trim().endsWith('*') && !label.textContent.includes('(optional')
                && !(description && description.textContent.includes('Required')))
              .map(([label]) => label.textContent.trim());""";

    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;

    @Test
    void everyFormShowsWholeLabelsAndSaysWhatMustBeFilledIn() throws Exception {
        List<Path> forms;
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            forms = files.filter(f -> f.toString().endsWith(".form")).sorted().toList();
        }
        Deployment gallery = deploy(forms);
        try {
            String caseId = runtime.startProcessInstanceByKey("form-gallery").getId();
            List<Task> tasks = taskService.createTaskQuery().processInstanceId(caseId).orderByTaskName().asc().list();
            assertThat(tasks).hasSameSizeAs(forms);
            login("admin", "admin");
            List<String> problems = new ArrayList<>();
            for (Task task : tasks) {
                open(task);
                clippedLabels().forEach(label -> problems.add(task.getName() + ": label cut off: " + label));
                unmarked().forEach(label -> problems.add(task.getName() + ": does not say whether it must be filled in: " + label));
                screenshot("forms/" + task.getName() + ".png");
            }
            assertThat(problems).isEmpty();
        } finally {
            repository.deleteDeployment(gallery.getId(), true);
        }
    }

    /** The task's form, freshly rendered: the last one is removed first, so that the checks never read it. */
    private void open(Task task) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        page.executeScript("document.querySelectorAll('.fjs-container').forEach(c => c.remove());");
        browser.get(tasklist() + "#/?task=" + task.getId());
        wait.withMessage(() -> "the form " + task.getName() + " did not render in Tasklist")
                .until(d -> !d.findElements(By.cssSelector(".fjs-container .fjs-form-field")).isEmpty()
                        && !d.findElements(By.xpath("//*[contains(@class,'task-details')]//*[normalize-space()='" + task.getName() + "']")).isEmpty());
    }

    @SuppressWarnings("unchecked")
    private List<String> unmarked() {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(UNMARKED);
    }

    /** A process with one task per form, each named after its form and given to the administrator, deployed with the forms. */
    private Deployment deploy(List<Path> forms) throws IOException {
        ProcessBuilder process = Bpmn.createExecutableProcess("form-gallery");
        process.name("Every form, for the render test").camundaHistoryTimeToLive(1).camundaVersionTag("test");
        var fork = process.startEvent("StartEvent_GalleryOpened").name("Gallery opened").parallelGateway(GATEWAY).name("Every form");
        for (Path form : forms) {
            String id = form.getFileName().toString().replace(".form", "");
            String element = id.replace("-", "_");
            fork.moveToNode(GATEWAY).userTask("Task_" + element).name(id).camundaFormRef(id).camundaFormRefBinding("deployment")
                    .camundaAssignee("admin").endEvent("EndEvent_" + element).name("Form seen");
        }
        BpmnModelInstance model = fork.done();
        DeploymentBuilder deployment = repository.createDeployment().name("form-gallery (render test)")
                .addModelInstance("form-gallery.bpmn", model);
        for (Path form : forms) {
            try (InputStream in = Files.newInputStream(form)) {
                deployment.addString("forms/" + form.getFileName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return deployment.deploy();
    }
}
