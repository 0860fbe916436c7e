package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.junit.jupiter.api.Test;

/** A new row's id is checked as Camunda checks it, without writing the row out unless it is refused. */
class IdCheckWithoutTextTest {

    private final IdCheckWithoutText ours = new IdCheckWithoutText(null, null);
    private final CamundasCheck camundas = new CamundasCheck();

    @Test
    void aRowWithAnIdIsNotWrittenOutAsText() {
        DbEntity row = new Row("c0ffee-1", true);
        ours.validateId(row);
        assertThatThrownBy(() -> camundas.validateId(row)).as("Camunda's writes it out, which this test would notice")
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aRowWithoutAnIdIsRefusedInCamundasWords() {
        assertThatThrownBy(() -> ours.validateId(new Row(null, false))).isInstanceOf(ProcessEngineException.class)
                .hasMessage(refusal(new Row(null, false))).hasMessageContaining("the row with no id has an invalid id");
    }

    @Test
    void theReservedIdIsRefusedInCamundasWords() {
        assertThatThrownBy(() -> ours.validateId(new Row("*", false))).isInstanceOf(ProcessEngineException.class)
                .hasMessage(refusal(new Row("*", false))).hasMessageContaining("reserved identifier");
    }

    private String refusal(DbEntity row) {
        try {
            camundas.validateId(row);
        } catch (ProcessEngineException refused) {
            return refused.getMessage();
        }
        throw new AssertionError("Camunda's check let " + row + " through");
    }

    /** Camunda's own check, reachable from the test. */
    private static final class CamundasCheck extends DbEntityManager {
        CamundasCheck() {
            super(null, null);
        }

        @Override
        protected void validateId(DbEntity entity) {
            super.validateId(entity);
        }
    }

    private static final class Row implements DbEntity {
        private String id;
        private final boolean notToBeWrittenOut;

        Row(String id, boolean notToBeWrittenOut) {
            this.id = id;
            this.notToBeWrittenOut = notToBeWrittenOut;
        }

        @Override
        public String getId() {
            return id;
        }

        @Override
        public void setId(String id) {
            this.id = id;
        }

        @Override
        public Object getPersistentState() {
            return id;
        }

        @Override
        public String toString() {
            if (notToBeWrittenOut) {
                throw new AssertionError("the row was written out as text");
            }
            return id == null ? "the row with no id" : "the row " + id;
        }
    }
}
