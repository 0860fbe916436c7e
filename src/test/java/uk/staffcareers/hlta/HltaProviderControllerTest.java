package uk.staffcareers.hlta;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.staffcareers.ApiSliceTest;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffGroups;

@ApiSliceTest(HltaProviderController.class)
class HltaProviderControllerTest {

    private static final String OUTCOME = "/api/hlta/candidacies/HLTA-E1007-1/outcome";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Candidacies candidacies;

    @MockitoBean
    MissedAnswers missedAnswers;

    @MockitoBean
    StaffDirectory directory;

    @MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
    RuntimeService runtime;

    @MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
    HistoryService history;

    @MockitoBean
    IdentityService identity;

    @Test
    void anOutcomeWithoutResultsIsRefusedByNameAndTellsTheCaseNothing() throws Exception {
        mvc.perform(post(OUTCOME).contentType(MediaType.APPLICATION_JSON).content("{\"feedback\": \"Well prepared\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("InvalidInputException"))
                .andExpect(jsonPath("$.message").value("results is missing: give a standard number and met true or false for each of the 33"));
        verifyNoInteractions(candidacies, runtime);
    }

    @Test
    void theProvidersOutcomeGoesToTheCandidacysCase() throws Exception {
        when(identity.getCurrentAuthentication()).thenReturn(new Authentication("prime.consortium", List.of(StaffGroups.HLTA_PROVIDERS)));
        when(candidacies.byReference("HLTA-E1007-1")).thenReturn(Optional.of(new Candidacies.Summary(1, "HLTA-E1007-1", "E1007", "VISIT")));
        when(missedAnswers.of(1)).thenReturn(List.of());
        mvc.perform(post(OUTCOME).contentType(MediaType.APPLICATION_JSON)
                .content("{\"results\": [{\"standard\": 1, \"met\": true}], \"feedback\": \"Well prepared\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.reference").value("HLTA-E1007-1"));
        verify(runtime).createMessageCorrelation(HltaJourneyProcess.MESSAGE_OUTCOME_RECEIVED);
    }
}
