package uk.staffcareers.policy;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import uk.staffcareers.ApiSliceTest;
import uk.staffcareers.platform.CurrentUser;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

@ApiSliceTest(PolicyController.class)
class PolicyControllerTest {

    private static final String POLICY = "/api/trusts/lt2/policy";

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @MockitoBean
    PolicySettings settings;

    @MockitoBean
    StaffDirectory directory;

    @MockitoBean
    CurrentUser currentUser;

    @Test
    void settingsOutOfBoundsAreRefusedEachByNameAndNothingIsStored() throws Exception {
        Map<String, Object> wrong = defaults();
        wrong.put("payReviewWorkingDays", 0);
        wrong.put("hltaVisitWindowWeeks", 0);
        mvc.perform(put(POLICY).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(wrong)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("InvalidInputException"))
                .andExpect(jsonPath("$.message").value("hltaVisitWindowWeeks must be 1 to 52, not 0; payReviewWorkingDays must be 1 to 30, not 0"));
        verifyNoInteractions(settings);
    }

    @Test
    void hrChangesTheSettings() throws Exception {
        when(currentUser.username()).thenReturn("kate.morgan");
        when(directory.findByUsername("kate.morgan")).thenReturn(Optional.of(new StaffMember("T0004", "kate.morgan", "Kate", "Morgan",
                "kate.morgan@lt2.example.org", "lt2", null, Role.HR_ADVISER, null, null, ContractType.PERMANENT, null,
                LocalDate.of(2021, 9, 1), null, false, false, null)));
        when(settings.update(eq("lt2"), any(TrustPolicy.class), eq("kate.morgan"))).thenAnswer(call -> call.getArgument(1));
        Map<String, Object> changed = defaults();
        changed.put("payReviewWorkingDays", 12);
        mvc.perform(put(POLICY).contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(changed)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.payReviewWorkingDays").value(12));
    }

    private Map<String, Object> defaults() throws Exception {
        return json.readValue(json.writeValueAsString(TrustPolicy.DEFAULTS), new TypeReference<Map<String, Object>>() { });
    }
}
