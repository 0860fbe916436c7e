package uk.staffcareers.hlta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static uk.staffcareers.hlta.HltaJourneyProcess.Vars.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.staffcareers.FakeExecution;

/** Task_RecordRegistration: the registration, recorded by the candidate who signed in or by the provider whose message brought it. */
class RecordRegistrationDelegateTest {

    private static final Candidacies.Registration REGISTRATION = new Candidacies.Registration(LocalDate.of(2027, 1, 13), "REG-42",
            "Prime Consortium", "prime@example.org");
    private final Candidacies candidacies = mock(Candidacies.class);
    private final RecordRegistrationDelegate delegate = new RecordRegistrationDelegate(candidacies);

    @Test
    void theCandidateRegisters() {
        registration().signedIn("jo.pritchard").run(delegate);
        verify(candidacies).register(1L, REGISTRATION, "jo.pritchard");
    }

    @Test
    void theProvidersMessageIsRecordedAsTheProviderAndItsNameLeavesTheCase() {
        FakeExecution ex = registration().and(RECEIVED_FROM, "prime.consortium");
        ex.run(delegate);
        verify(candidacies).register(1L, REGISTRATION, "prime.consortium");
        assertThat(ex.removed(RECEIVED_FROM)).isTrue();
    }

    @Test
    void aForgedProviderNameDoesNotChangeWhoSignedIn() {
        registration().and(RECEIVED_FROM, "prime.consortium").signedIn("jo.pritchard").run(delegate);
        verify(candidacies).register(1L, REGISTRATION, "jo.pritchard");
    }

    private static FakeExecution registration() {
        return FakeExecution.with(CANDIDACY_ID, 1L, "registeredOn", "2027-01-13", "registrationReference", "REG-42", "assessmentProvider",
                "Prime Consortium", "providerContact", "prime@example.org");
    }
}
