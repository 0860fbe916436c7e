package uk.staffcareers.platform;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (.form JSON) and the rules Tasklist 7.24 imposes on it. Tasklist 7.24 renders
 * forms with form-js 1.8.7; the component types below are that version's registry
 * (@bpmn-io/form-js-viewer 1.8.7, FormFields). Newer Modelers offer more (filepicker,
 * documentPreview) which Tasklist would show as an error, so they are refused here.
 * <p>
 * form-js 1.8.7 reads a typed date in the order of the browser's language (Intl's default locale):
 * 07/12/2026 is 7 December in a browser set to English (UK) and 12 July in one set to English (US), and
 * its only sign is the empty box's placeholder. So every date field says which order to type.
 */
final class FormSchema {

    static final Set<String> TASKLIST_COMPONENTS = Set.of("textfield", "textarea", "number", "datetime",
            "expression", "checkbox", "checklist", "radio", "select", "taglist", "text", "image", "table", "html",
            "spacer", "separator", "group", "dynamiclist", "iframe", "button");

    /** Components whose key is a process variable that the form submits. */
    private static final Set<String> INPUTS = Set.of("textfield", "textarea", "number", "datetime", "expression",
            "checkbox", "checklist", "radio", "select", "taglist");

    /** Inputs a person may leave empty, so whose label must say whether they must be filled in (a tick box always answers). */
    private static final Set<String> MARKED = Set.of("textfield", "textarea", "number", "datetime", "select", "radio", "taglist");

    /** What a date field's description must mention: the order a UK reader types a date in. */
    static final String DATE_ORDER = "dd/mm/yyyy";

    private static final ObjectMapper JSON = PlainJson.MAPPER;

    private final String id;
    private final List<JsonNode> components = new ArrayList<>();

    private FormSchema(JsonNode root) {
        this.id = root.path("id").asText(null);
        collect(root.path("components"));
    }

    static FormSchema parse(ModelFile file) throws IOException {
        JsonNode root = JSON.readTree(file.content());
        if (root == null || !root.isObject()) {
            throw new IOException("not a JSON object");
        }
        return new FormSchema(root);
    }

    String id() {
        return id;
    }

    /** The variables the form submits: input keys, and the paths of dynamic lists. */
    Set<String> submittedVariables() {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            if (INPUTS.contains(type) && c.hasNonNull("key")) {
                keys.add(rootOf(c.get("key").asText()));
            } else if ("dynamiclist".equals(type) && c.hasNonNull("path")) {
                keys.add(rootOf(c.get("path").asText()));
            }
        }
        return keys;
    }

    /** Problems with this form for Tasklist 7.24, each naming the component. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (JsonNode c : components) {
            String type = c.path("type").asText();
            String name = c.path("id").asText(c.path("key").asText("?"));
            if (!TASKLIST_COMPONENTS.contains(type)) {
                problems.add("component " + name + " has type '" + type + "', which Tasklist 7.24 (form-js 1.8.7) cannot render");
            } else if (INPUTS.contains(type) && !c.hasNonNull("key")) {
                problems.add("input component " + name + " has no key, so its value would be lost");
            } else if ("datetime".equals(type) && !"time".equals(c.path("subtype").asText())
                    && !c.path("description").asText().contains(DATE_ORDER)) {
                problems.add("date field " + name + " does not say in which order to type the date: its description must mention "
                        + DATE_ORDER + ", since Tasklist reads a typed date in the browser language's order");
            } else if (MARKED.contains(type) && !marked(c)) {
                problems.add("field " + name + " does not say whether it must be filled in: mark it required, end the label with '*' "
                        + "where it is required whenever it shows, put '(optional)' in the label, or say when it is 'Required' in the description");
            }
        }
        return problems;
    }

    /**
     * Required, or marked in words: form-js 1.8.7 keeps the error of a required field that a condition then hides, which traps
     * the form, so a field shown only when needed carries its '*' in its label and the server requires it.
     */
    private static boolean marked(JsonNode c) {
        String label = c.path("datetime".equals(c.path("type").asText()) ? "dateLabel" : "label").asText();
        return c.path("validate").path("required").asBoolean() || c.path("readonly").asBoolean() || c.path("disabled").asBoolean()
                || label.endsWith("*") || label.contains("(optional") || c.path("description").asText().contains("Required");
    }

    private void collect(JsonNode list) {
        for (JsonNode c : list) {
            components.add(c);
            collect(c.path("components"));
        }
    }

    private static String rootOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
