package uk.staffcareers.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import javax.xml.transform.dom.DOMSource;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The rules every model in processes/ and forms/ must follow before it is deployed. Each
 * violation names the file and the element, so an analyst can find it in Camunda Modeler.
 */
public class ModelConformance {

    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    /** Ids that Camunda Modeler or other tools generate: Activity_0abc123, UserTask_1, sid-..., UUIDs. */
    private static final Pattern GENERATED_ID = Pattern.compile(
            "^[A-Za-z]+_(?=[0-9a-z]*[0-9])[0-9a-z]{7}$|^[A-Za-z]+_\\d+$|^sid-.*|(^|.*_)[0-9a-f]{8}-[0-9a-f]{4}-.*");

    /** FEEL, by its short name or one of the URIs DMN gives it; Camunda runs anything else as JUEL or a script. */
    private static final Pattern FEEL = Pattern.compile("(?i)feel|https?://www\\.omg\\.org/spec/(FEEL/\\d+|DMN/\\d+/FEEL)/?");

    /** Parts of an element rather than elements of the diagram. */
    private static final Pattern PARTS = Pattern.compile(
            ".*EventDefinition|time(Date|Duration|Cycle)|conditionExpression|completionCondition|loopCardinality|.*LoopCharacteristics");

    /** Attributes that make a BPMN condition or element a script (conditionExpression language="groovy"). */
    private static final Set<String> SCRIPT_LANGUAGE = Set.of("language", "scriptFormat");

    private final BeanCatalog beans;

    public ModelConformance(BeanCatalog beans) {
        this.beans = beans;
    }

    public List<ModelViolation> check(Collection<ModelFile> files) {
        return check(files, key -> false, key -> false);
    }

    /**
     * The same rules for a set of files deployed on its own: a decision table or process it refers to
     * may also be one the engine already has.
     */
    public List<ModelViolation> check(Collection<ModelFile> files, Predicate<String> decisionDeployed,
            Predicate<String> processDeployed) {
        List<ModelViolation> violations = new ArrayList<>();
        Map<String, FormSchema> forms = new HashMap<>();
        Set<String> decisions = new HashSet<>();
        Set<String> processIds = new HashSet<>();
        for (ModelFile f : files) {
            if (f.isForm()) {
                checkForm(f, violations).ifPresent(form -> forms.put(form.id(), form));
            } else if (f.isDmn()) {
                decisions.addAll(checkDmn(f, violations));
            } else if (f.isBpmn()) {
                processIds.add(f.baseName());
            }
        }
        for (ModelFile f : files) {
            if (f.isBpmn()) {
                new BpmnCheck(f, forms, ((Predicate<String>) decisions::contains).or(decisionDeployed),
                        ((Predicate<String>) processIds::contains).or(processDeployed), violations).run();
            }
        }
        return violations;
    }

    private Optional<FormSchema> checkForm(ModelFile f, List<ModelViolation> violations) {
        FormSchema form;
        try {
            form = FormSchema.parse(f);
        } catch (IOException e) {
            violations.add(new ModelViolation(f.name(), null, "is not a readable form: " + e.getMessage()));
            return Optional.empty();
        }
        if (form.id() == null || !form.id().equals(f.baseName())) {
            violations.add(new ModelViolation(f.name(), form.id(),
                    "form id must be the file name '" + f.baseName() + "', so formRef finds it"));
        }
        form.problems().forEach(p -> violations.add(new ModelViolation(f.name(), form.id(), p)));
        return Optional.of(form);
    }

    private Set<String> checkDmn(ModelFile f, List<ModelViolation> violations) {
        Set<String> ids = new HashSet<>();
        try {
            DmnModelInstance dmn = Dmn.readModelFromStream(new ByteArrayInputStream(f.content()));
            int before = violations.size();
            checkExpressionLanguages(f, dom(dmn.getDocument().getDomSource()), violations);
            if (violations.size() == before) {
                // A table in another language is refused for that; its entries are not FEEL to parse.
                violations.addAll(DecisionTableFeel.check(f, dmn));
            }
            for (Decision d : dmn.getModelElementsByType(Decision.class)) {
                ids.add(d.getId());
                if (d.getCamundaHistoryTimeToLiveString() == null) {
                    violations.add(new ModelViolation(f.name(), d.getId(), "decision has no historyTimeToLive"));
                }
            }
        } catch (RuntimeException e) {
            violations.add(new ModelViolation(f.name(), null, "does not parse: " + rootMessage(e)));
        }
        return ids;
    }

    /** Decision tables are written in FEEL; JUEL or a script language in a table would run code on the server. */
    private static void checkExpressionLanguages(ModelFile f, Element element, List<ModelViolation> violations) {
        String language = element.getAttribute("expressionLanguage");
        if (!language.isEmpty() && !FEEL.matcher(language.strip()).matches()) {
            violations.add(new ModelViolation(f.name(), ownerId(element),
                    "expression language '" + language + "' is not allowed; decision tables use FEEL"));
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                checkExpressionLanguages(f, child, violations);
            }
        }
    }

    private static Element dom(DOMSource source) {
        return ((Document) source.getNode()).getDocumentElement();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }

    /** The checks of one BPMN file. */
    private final class BpmnCheck {
        private final ModelFile file;
        private final Map<String, FormSchema> forms;
        private final Predicate<String> decisions;
        private final Predicate<String> processIds;
        private final List<ModelViolation> violations;
        private final Set<String> variablesSet = new HashSet<>();
        private final List<String[]> conditions = new ArrayList<>();

        BpmnCheck(ModelFile file, Map<String, FormSchema> forms, Predicate<String> decisions, Predicate<String> processIds,
                List<ModelViolation> violations) {
            this.file = file;
            this.forms = forms;
            this.decisions = decisions;
            this.processIds = processIds;
            this.violations = violations;
        }

        void run() {
            BpmnModelInstance model;
            try {
                model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
            } catch (RuntimeException e) {
                refuse(null, "does not parse: " + rootMessage(e));
                return;
            }
            checkProcesses(model);
            checkIds(model);
            checkUserTasks(model);
            checkStartForms(model);
            checkReferences(model);
            walk(dom(model.getDocument().getDomSource()));
            checkConditions();
        }

        private void checkProcesses(BpmnModelInstance model) {
            boolean named = false;
            for (Process p : model.getModelElementsByType(Process.class)) {
                if (!p.isExecutable()) {
                    continue;
                }
                named |= p.getId().equals(file.baseName());
                if (p.getCamundaHistoryTimeToLiveString() == null) {
                    refuse(p.getId(), "process has no historyTimeToLive");
                }
                if (p.getCamundaVersionTag() == null || p.getCamundaVersionTag().isBlank()) {
                    refuse(p.getId(), "process has no versionTag");
                }
            }
            if (!named) {
                refuse(null, "no executable process has the file's name '" + file.baseName() + "' as its id");
            }
        }

        private void checkIds(BpmnModelInstance model) {
            for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
                requireMeaningfulId(node);
            }
            for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
                if (flow.getConditionExpression() != null) {
                    requireMeaningfulId(flow);
                    conditions.add(new String[] {flow.getId(), flow.getConditionExpression().getTextContent()});
                }
            }
        }

        private void requireMeaningfulId(BaseElement element) {
            if (GENERATED_ID.matcher(element.getId()).matches()) {
                refuse(element.getId(), "has a generated id; name it <Type>_<Meaning>, e.g. Task_AgreeObjectives");
            }
        }

        private void checkUserTasks(BpmnModelInstance model) {
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String formRef = task.getCamundaFormRef();
                if (formRef == null) {
                    refuse(task.getId(), "user task has no Camunda Form (camunda:formRef)");
                } else {
                    useForm(task.getId(), formRef, task.getCamundaFormRefBinding());
                }
                if (task.getCamundaAssignee() == null && task.getCamundaCandidateUsers() == null
                        && task.getCamundaCandidateGroups() == null) {
                    refuse(task.getId(), "user task has no assignee or candidate rule");
                }
            }
        }

        private void checkStartForms(BpmnModelInstance model) {
            for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                if (start.getCamundaFormRef() != null) {
                    useForm(start.getId(), start.getCamundaFormRef(), start.getCamundaFormRefBinding());
                }
                if (start.getCamundaFormKey() != null) {
                    refuse(start.getId(), "uses camunda:formKey; use a Camunda Form (camunda:formRef)");
                }
            }
        }

        private void useForm(String elementId, String formRef, String binding) {
            FormSchema form = forms.get(formRef);
            if (form == null) {
                refuse(elementId, "formRef '" + formRef + "' has no form in forms/");
            } else {
                variablesSet.addAll(form.submittedVariables());
            }
            if (!"deployment".equals(binding)) {
                refuse(elementId, "formRefBinding must be 'deployment', so a running case keeps the forms it started with");
            }
        }

        private void checkReferences(BpmnModelInstance model) {
            for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
                String ref = task.getCamundaDecisionRef();
                if (ref != null && !Expressions.isExpression(ref) && !decisions.test(ref)) {
                    refuse(task.getId(), "decisionRef '" + ref + "' has no decision table in processes/");
                }
            }
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                String ref = call.getCalledElement();
                if (ref != null && !Expressions.isExpression(ref) && !processIds.test(ref)) {
                    refuse(call.getId(), "calledElement '" + ref + "' has no process in processes/");
                }
            }
            for (ScriptTask script : model.getModelElementsByType(ScriptTask.class)) {
                refuse(script.getId(), "script tasks are not allowed; use a service task with a Java delegate");
            }
        }

        /** Looks at every attribute and expression text in the file, with the id of the element it belongs to. */
        private void walk(Element element) {
            String owner = ownerId(element);
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                // A Camunda element's own attributes (a listener's class or expression) count as Camunda's too.
                if (CAMUNDA_NS.equals(attr.getNamespaceURI())
                        || attr.getNamespaceURI() == null && CAMUNDA_NS.equals(element.getNamespaceURI())) {
                    camundaAttribute(owner, attr.getLocalName(), attr.getValue());
                } else if (attr.getNamespaceURI() == null && SCRIPT_LANGUAGE.contains(attr.getLocalName())) {
                    refuse(owner, "scripts are not allowed (" + attr.getLocalName() + "=\"" + attr.getValue()
                            + "\"); use an expression or a Java delegate");
                } else if (Expressions.isExpression(attr.getValue())) {
                    requireBeansFor(owner, attr.getValue());
                }
            }
            if (CAMUNDA_NS.equals(element.getNamespaceURI())) {
                camundaElement(owner, element);
            }
            String text = directText(element);
            if (Expressions.isExpression(text)) {
                requireBeansFor(owner, text);
            }
            NodeList children = element.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element child) {
                    walk(child);
                }
            }
        }

        private void camundaAttribute(String owner, String name, String value) {
            switch (name) {
                case "class", "variableMappingClass" -> refuse(owner, "camunda:" + name + " '" + value
                        + "' is not allowed; use a delegateExpression naming a Spring bean");
                case "resource" -> refuse(owner, "camunda:resource '" + value + "' is not allowed: scripts are not allowed");
                case "delegateExpression", "variableMappingDelegateExpression" -> {
                    disallowed(owner, value);
                    for (Expressions.Root root : Expressions.roots(value)) {
                        requireBean(owner, root.name());
                        variablesSet.addAll(beans.variablesSetBy(root.name()));
                    }
                }
                case "resultVariable" -> variablesSet.add(value);
                default -> {
                    if (Expressions.isExpression(value)) {
                        requireBeansFor(owner, value);
                    }
                }
            }
        }

        private void camundaElement(String owner, Element element) {
            switch (element.getLocalName()) {
                case "outputParameter" -> variablesSet.add(element.getAttribute("name"));
                case "out" -> variablesSet.add(element.getAttribute("target"));
                case "property" -> {
                    if ("setsVariables".equals(element.getAttribute("name"))) {
                        for (String v : element.getAttribute("value").split("[,\\s]+")) {
                            variablesSet.add(v);
                        }
                    }
                }
                case "script" -> refuse(owner, "scripts are not allowed; use a Java delegate");
                default -> {
                }
            }
        }

        private void requireBeansFor(String owner, String expression) {
            disallowed(owner, expression);
            for (Expressions.Root root : Expressions.roots(expression)) {
                if (root.methodCall()) {
                    requireBean(owner, root.name());
                }
            }
        }

        private void disallowed(String owner, String expression) {
            Expressions.disallowed(expression).ifPresent(reason -> refuse(owner,
                    "expression '" + expression.strip() + "' " + reason + ": not allowed; " + Expressions.ALLOWED));
        }

        private void requireBean(String owner, String name) {
            if (!beans.hasBean(name)) {
                refuse(owner, "expression names a bean '" + name + "' that the application does not have");
            }
        }

        /** Every variable a condition reads must be set by a form, a delegate or a declared source. */
        private void checkConditions() {
            for (String[] condition : conditions) {
                for (Expressions.Root root : Expressions.roots(condition[1])) {
                    if (!root.methodCall() && !beans.hasBean(root.name()) && !variablesSet.contains(root.name())) {
                        refuse(condition[0], "condition reads '" + root.name()
                                + "', which no form field, delegate or declared message of this process sets");
                    }
                }
            }
        }

        private void refuse(String elementId, String message) {
            violations.add(new ModelViolation(file.name(), elementId, message));
        }
    }

    /**
     * The id of the element or its nearest parent. A part of an element (a timer's date, a loop's
     * condition) whose id a tool made up is passed over for the element an analyst sees in the diagram.
     */
    private static String ownerId(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            boolean madeUpPart = PARTS.matcher(e.getLocalName()).matches() && GENERATED_ID.matcher(e.getAttribute("id")).matches();
            if (e.hasAttribute("id") && !madeUpPart) {
                return e.getAttribute("id");
            }
        }
        return null;
    }

    private static String directText(Element element) {
        StringBuilder text = new StringBuilder();
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node n = children.item(i);
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                text.append(n.getNodeValue());
            }
        }
        return text.toString();
    }
}
