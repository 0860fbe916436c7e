package uk.staffcareers.onboarding;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.staffcareers.ApiSliceTest;
import uk.staffcareers.staff.ContractType;
import uk.staffcareers.staff.Role;
import uk.staffcareers.staff.StaffDirectory;
import uk.staffcareers.staff.StaffMember;

@ApiSliceTest(ConfirmationController.class)
class ConfirmationControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RuntimeService runtime;

    @MockitoBean
    StaffDirectory directory;

    @Test
    void aRequestWithoutTheStaffNumberIsRefusedByNameAndStartsNothing() throws Exception {
        mvc.perform(post("/api/onboarding/confirmations").contentType(MediaType.APPLICATION_JSON).content("{\"staffId\": \" \"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("InvalidInputException"))
                .andExpect(jsonPath("$.message").value("staffId is missing: give the staff number of the new starter"));
        verifyNoInteractions(runtime, directory);
    }

    @Test
    void aNewStartersConfirmationStartsUnderTheirBusinessKey() throws Exception {
        when(directory.get("E1004")).thenReturn(new StaffMember("E1004", "amy.hughes", "Amy", "Hughes", "amy.hughes@lt2.example.org",
                "lt2", "oakfield", Role.TEACHING_ASSISTANT, null, null, ContractType.PERMANENT, null, LocalDate.of(2021, 9, 1), null,
                false, false, null));
        ProcessInstance instance = mock(ProcessInstance.class);
        when(instance.getId()).thenReturn("instance-1");
        when(runtime.startProcessInstanceByKey(ConfirmStaffDetailsProcess.KEY, "CONFIRM-DETAILS-E1004",
                Map.of(ConfirmStaffDetailsProcess.Vars.STAFF_ID.name(), "E1004"))).thenReturn(instance);
        mvc.perform(post("/api/onboarding/confirmations").contentType(MediaType.APPLICATION_JSON).content("{\"staffId\": \" E1004 \"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.businessKey").value("CONFIRM-DETAILS-E1004"))
                .andExpect(jsonPath("$.processInstanceId").value("instance-1"));
    }
}
