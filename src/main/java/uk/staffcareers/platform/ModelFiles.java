package uk.staffcareers.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Reads the analysts' models: processes/*.bpmn, processes/*.dmn and forms/*.form from the models
 * directory (the working directory by default) or, where it has no processes/ folder, from the
 * copies packed into the jar, so java -jar works from any directory.
 */
@Component
public class ModelFiles {

    private static final List<String> FOLDERS = List.of("processes", "forms");

    private final Path directory;

    public ModelFiles(@Value("${staffcareers.models.directory:.}") String directory) {
        this.directory = Path.of(directory);
    }

    public List<ModelFile> load() {
        return Files.isDirectory(directory.resolve("processes")) ? fromDirectory() : fromClasspath();
    }

    /** Where the models come from, for the log. */
    public String origin() {
        return Files.isDirectory(directory.resolve("processes"))
                ? directory.toAbsolutePath().normalize().toString() : "the application jar";
    }

    private List<ModelFile> fromDirectory() {
        List<ModelFile> files = new ArrayList<>();
        for (String folder : FOLDERS) {
            Path dir = directory.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.list(dir)) {
                for (Path path : paths.filter(ModelFiles::isModel).sorted(Comparator.naturalOrder()).toList()) {
                    files.add(new ModelFile(folder + "/" + path.getFileName(), Files.readAllBytes(path)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the models in " + dir.toAbsolutePath(), e);
            }
        }
        return files;
    }

    private List<ModelFile> fromClasspath() {
        var resolver = new PathMatchingResourcePatternResolver();
        List<ModelFile> files = new ArrayList<>();
        try {
            for (String folder : FOLDERS) {
                Resource[] resources = resolver.getResources("classpath*:models/" + folder + "/*");
                Stream.of(resources).sorted(Comparator.comparing(Resource::getFilename)).forEach(r -> {
                    if (isModel(Path.of(r.getFilename()))) {
                        try (InputStream in = r.getInputStream()) {
                            files.add(new ModelFile(folder + "/" + r.getFilename(), in.readAllBytes()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the models inside the application", e);
        }
        return files;
    }

    private static boolean isModel(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".bpmn") || name.endsWith(".dmn") || name.endsWith(".form");
    }
}
