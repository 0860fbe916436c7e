package uk.staffcareers.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/** Lays a document out on A4 pages: headings, wrapped paragraphs, label-value lines, bullets, page numbers. */
@Component
class PdfRenderer {

    private static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

    byte[] render(DocumentContent content, String footer) {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Writer w = new Writer(pdf);
            w.lines(content.title(), BOLD, 18, 0);
            if (content.subtitle() != null) {
                w.lines(content.subtitle(), REGULAR, 11, 0);
            }
            for (DocumentContent.Section section : content.sections()) {
                w.space(10);
                w.lines(section.heading(), BOLD, 13, 0);
                for (DocumentContent.Block block : section.blocks()) {
                    write(w, block);
                }
            }
            w.close();
            numberPages(pdf, footer);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF of " + content.title(), e);
        }
    }

    private static void write(Writer w, DocumentContent.Block block) throws IOException {
        if (block instanceof DocumentContent.Paragraph p) {
            w.lines(p.text(), REGULAR, 10.5f, 0);
        } else if (block instanceof DocumentContent.Fields f) {
            for (DocumentContent.Field field : f.fields()) {
                String value = field.value() == null || field.value().isBlank() ? "-" : field.value();
                w.lines(field.label() + ": " + value, REGULAR, 10.5f, 0);
            }
        } else if (block instanceof DocumentContent.Bullets b) {
            for (String item : b.items()) {
                w.lines("\u2022 " + item, REGULAR, 10.5f, 10);
            }
        }
        w.space(4);
    }

    private static void numberPages(PDDocument pdf, String footer) throws IOException {
        int pages = pdf.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream s = new PDPageContentStream(pdf, pdf.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                s.beginText();
                s.setFont(REGULAR, 8);
                s.newLineAtOffset(MARGIN, 30);
                s.showText(printable(footer + "  |  page " + (i + 1) + " of " + pages, REGULAR));
                s.endText();
            }
        }
    }

    /** Characters the standard fonts cannot show become '?', rather than failing the document. */
    static String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Writes lines top-down, starting a new page when one is full. */
    private static final class Writer {
        private final PDDocument pdf;
        private PDPageContentStream stream;
        private float y;

        Writer(PDDocument pdf) throws IOException {
            this.pdf = pdf;
            newPage();
        }

        void lines(String text, PDType1Font font, float size, float indent) throws IOException {
            for (String paragraph : text.split("\n", -1)) {
                for (String line : wrap(printable(paragraph, font), font, size, WIDTH - indent)) {
                    if (y - size * 1.4f < MARGIN + 20) {
                        newPage();
                    }
                    y -= size * 1.4f;
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(MARGIN + indent, y);
                    stream.showText(line);
                    stream.endText();
                }
            }
        }

        void space(float points) {
            y -= points;
        }

        void close() throws IOException {
            stream.close();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            stream = new PDPageContentStream(pdf, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }
    }
}
