package uk.staffcareers.directory;

/** One thing wrong in an uploaded file: which file, which line (the header is line 1), which column, and why. */
public record ImportError(String file, int line, String column, String reason) {

    /** "Line 7, column Start date: ..." as the page and a refusal say it. */
    public String say() {
        return file + " file, line " + line + (column == null ? "" : ", column " + column) + ": " + reason;
    }
}
