package uk.staffcareers.subjectaccess;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A subject access export over REST (README "Subject access requests"): one ZIP, streamed as it is made. */
@RestController
class SubjectAccessController {

    private final SubjectAccessRequests requests;
    private final SubjectAccessExports exports;

    SubjectAccessController(SubjectAccessRequests requests, SubjectAccessExports exports) {
        this.requests = requests;
        this.exports = exports;
    }

    @GetMapping("/api/staff/{staffNumber}/subject-access")
    void export(@PathVariable String staffNumber, HttpServletResponse response) throws IOException {
        SubjectAccessRequest request = requests.require(staffNumber);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(exports.fileName(request)).build().toString());
        exports.write(request, response.getOutputStream());
    }
}
