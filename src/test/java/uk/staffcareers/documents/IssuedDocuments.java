package uk.staffcareers.documents;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The documents service with its PDF renderer, for the slice tests of services that issue letters and reports. */
@TestConfiguration(proxyBeanMethods = false)
@Import({Documents.class, PdfRenderer.class})
public class IssuedDocuments {
}
