package uk.staffcareers.subjectaccess;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The export's ZIP, written straight to the response as it is made: each JSON file is written row by row and each PDF
 * one at a time, so a long history never sits in memory. Keeps the names of its files and counts the bytes sent.
 */
final class ExportZip {

    /** What writes one JSON file. */
    interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    private final Counted counted;
    private final ZipOutputStream zip;
    private final ObjectMapper mapper;
    private final List<String> files = new ArrayList<>();

    ExportZip(OutputStream out, ObjectMapper mapper) {
        this.counted = new Counted(out);
        this.zip = new ZipOutputStream(counted, StandardCharsets.UTF_8);
        this.mapper = mapper.copy().enable(SerializationFeature.INDENT_OUTPUT);
        this.mapper.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    void json(String name, JsonBody body) {
        entry(name, () -> {
            try (JsonGenerator json = mapper.createGenerator(zip)) {
                body.write(json);
            }
        });
    }

    void file(String name, byte[] content) {
        entry(name, () -> zip.write(content));
    }

    void text(String name, String content) {
        file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Ends the ZIP (its directory) without closing the response. */
    void finish() {
        try {
            zip.finish();
            zip.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> files() {
        return List.copyOf(files);
    }

    long bytes() {
        return counted.count;
    }

    private interface Content {
        void write() throws IOException;
    }

    private void entry(String name, Content content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            content.write();
            zip.closeEntry();
            files.add(name);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + name + " of the export", e);
        }
    }

    private static final class Counted extends FilterOutputStream {
        private long count;

        Counted(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
