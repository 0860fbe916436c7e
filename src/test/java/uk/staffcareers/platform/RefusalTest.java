package uk.staffcareers.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;

import uk.staffcareers.InvalidInputException;
import uk.staffcareers.NotAllowedException;

/** What callers are told of failures the database or the engine report: a status and plain words, never SQL or ids. */
class RefusalTest {

    @Test
    void theLosingSideOfTwoSimultaneousLaunchesIsAConflictWithoutSql() {
        Refusal refusal = Refusal.of(new DuplicateKeyException("PreparedStatementCallback; SQL [insert into appraisal (staff_id, "
                + "period_label) values (?, ?)]; ERROR: duplicate key value violates unique constraint \"appraisal_once_per_period\""))
                .orElseThrow();
        assertThat(refusal.status()).isEqualTo(409);
        assertThat(refusal.message()).doesNotContain("insert", "appraisal_once_per_period", "SQL");
        assertThat(Refusal.of(new OptimisticLockingException("ENGINE-03005 Execution of 'UPDATE TenantEntity[oakfield]' failed"))
                .orElseThrow().status()).isEqualTo(409);
    }

    @Test
    void theEnginesOwnDatabaseErrorsAreBadInputOrAServerErrorWithoutSql() {
        var tooLong = new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations with "
                + "message '### Error flushing statements. ### SQL: insert into ACT_RU_VARIABLE ...'",
                new SQLException("ERROR: value too long for type character varying(4000)", "22001"));
        assertThat(Refusal.of(tooLong).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(400);
            assertThat(r.message()).doesNotContain("ACT_RU_VARIABLE", "insert", "varying");
        });
        var broken = new ProcessEngineException("ENGINE-03004 Exception while executing Database Operation",
                new SQLException("ERROR: relation \"act_ru_task\" does not exist", "42P01"));
        assertThat(Refusal.of(broken).orElseThrow()).satisfies(r -> {
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.message()).doesNotContain("act_ru_task");
        });
        assertThat(Refusal.of(new DataIntegrityViolationException("value too long for type character varying(300)")).orElseThrow()
                .message()).doesNotContain("varying");
    }

    @Test
    void anotherSchoolsCaseIsNotFoundAndOurRefusalsKeepTheirWordsWhereverTheyAreWrapped() {
        Refusal otherSchool = Refusal.of(new ProcessEngineException("ENGINE-13034 Cannot get process instance "
                + "'6f1c2a9e-0b1d-11f0-9c7e-0242ac120002' because it belongs to no authenticated tenant.")).orElseThrow();
        assertThat(otherSchool.status()).isEqualTo(404);
        assertThat(otherSchool.message()).doesNotContain("6f1c2a9e", "ENGINE-");
        assertThat(Refusal.of(new ProcessEngineException("wrapped", new NotAllowedException("Only HR"))).orElseThrow())
                .isEqualTo(new Refusal(403, "NotAllowedException", "Only HR"));
        assertThat(Refusal.of(new RuntimeException("x", new InvalidInputException("Describe the concern"))).orElseThrow().status())
                .isEqualTo(400);
        assertThat(Refusal.of(new IllegalStateException("a bug of ours"))).as("left to the server's own 500").isEmpty();
    }
}
