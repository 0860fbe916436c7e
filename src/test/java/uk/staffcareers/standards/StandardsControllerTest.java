package uk.staffcareers.standards;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import uk.staffcareers.ApiSliceTest;
import uk.staffcareers.staff.CareerStage;

@ApiSliceTest(StandardsController.class)
class StandardsControllerTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HltaStandards standards;

    @MockitoBean
    CareerStageExpectations expectations;

    @Test
    void aLevelOutsideOneToThreeIsRefusedByName() throws Exception {
        mvc.perform(get("/api/standards/career-stages/PROFICIENT/4")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("InvalidInputException"))
                .andExpect(jsonPath("$.message").value("level is a career-stage level: 1 to 3, not 4"));
        verify(expectations, never()).of(any(), anyInt());
    }

    @Test
    void aLevelOfOneToThreeIsAnswered() throws Exception {
        when(expectations.of(CareerStage.PROFICIENT, 2)).thenReturn(new CareerStageExpectations.StageExpectations(
                CareerStage.PROFICIENT, 2, Map.of("summary", "Works with growing independence"), Map.of()));
        mvc.perform(get("/api/standards/career-stages/PROFICIENT/2")).andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value(2));
    }
}
