package uk.staffcareers.standards;

/** One of the 33 national HLTA standards: its number, group, heading and wording. */
public record HltaStandard(int number, StandardGroup group, String heading, String text) {

    /** "11. Have achieved a nationally recognised qualification ..." as forms and documents show it. */
    public String numbered() {
        return number + ". " + text;
    }
}
