package uk.staffcareers.platform;

import java.nio.charset.StandardCharsets;

/** One file of processes/ or forms/, named as it is deployed ("processes/x.bpmn", "forms/y.form"). */
public record ModelFile(String name, byte[] content) {

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }

    /** The file name without folder and extension: by convention the process, decision table or form id. */
    public String baseName() {
        String file = name.substring(name.lastIndexOf('/') + 1);
        return file.substring(0, file.lastIndexOf('.'));
    }

    public boolean isBpmn() {
        return name.endsWith(".bpmn");
    }

    public boolean isDmn() {
        return name.endsWith(".dmn");
    }

    public boolean isForm() {
        return name.endsWith(".form");
    }
}
