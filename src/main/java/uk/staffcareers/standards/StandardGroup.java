package uk.staffcareers.standards;

/** The three headings under which HLTA candidates are assessed. */
public enum StandardGroup {
    PROFESSIONAL_ATTRIBUTES, KNOWLEDGE_AND_UNDERSTANDING, PROFESSIONAL_SKILLS
}
