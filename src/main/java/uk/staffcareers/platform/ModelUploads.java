package uk.staffcareers.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.staffcareers.InvalidInputException;

/**
 * Files an analyst sends, laid over the models folder: each takes the place of the folder's file of the same name
 * in processes/ (.bpmn, .dmn) or forms/ (.form), or joins the set when the folder has none.
 */
final class ModelUploads {

    private ModelUploads() {
    }

    /** An uploaded file by its name alone (a folder the client sends with it is ignored), in the folder of its kind. */
    static ModelFile file(String uploadedName, byte[] content) {
        String name = uploadedName == null ? "" : uploadedName.substring(Math.max(uploadedName.lastIndexOf('/'),
                uploadedName.lastIndexOf('\\')) + 1);
        if (name.endsWith(".bpmn") || name.endsWith(".dmn")) {
            return new ModelFile("processes/" + name, content);
        }
        return new ModelFile(name.endsWith(".form") ? "forms/" + name : name, content);
    }

    static List<ModelFile> over(List<ModelFile> folder, List<ModelFile> uploads) {
        Set<String> names = new HashSet<>();
        for (ModelFile upload : uploads) {
            if (!upload.isBpmn() && !upload.isDmn() && !upload.isForm()) {
                throw new InvalidInputException("Only .bpmn, .dmn and .form files may be deployed, not '" + upload.name()
                        + "'; nothing was deployed");
            }
            if (!names.add(upload.name())) {
                throw new InvalidInputException(upload.name() + " was sent twice; nothing was deployed");
            }
        }
        List<ModelFile> set = new ArrayList<>(folder.stream().filter(f -> !names.contains(f.name())).toList());
        set.addAll(uploads);
        return set;
    }
}
