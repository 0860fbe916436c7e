package uk.staffcareers.documents;

import java.util.List;

/** What a written report or letter says: a title, a line under it, and sections of blocks. */
public record DocumentContent(String title, String subtitle, List<Section> sections) {

    public record Section(String heading, List<Block> blocks) {
    }

    /** A piece of a section. */
    public sealed interface Block permits Paragraph, Fields, Bullets {
    }

    public record Paragraph(String text) implements Block {
    }

    /** Label and value pairs, e.g. "Appraiser: Helen Carter". */
    public record Fields(List<Field> fields) implements Block {
    }

    public record Field(String label, String value) {
    }

    public record Bullets(List<String> items) implements Block {
    }
}
