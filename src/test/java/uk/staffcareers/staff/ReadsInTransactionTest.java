package uk.staffcareers.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.staffcareers.StaffFixtures.AMY;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionSynchronizationUtils;

/** A person read twice in one transaction is read from the database once; a write, or the transaction's end, forgets. */
class ReadsInTransactionTest {

    private final List<String> reads = new ArrayList<>();
    private final Function<String, Optional<StaffMember>> database = id -> {
        reads.add(id);
        return id.equals(AMY.id()) ? Optional.of(AMY) : Optional.empty();
    };

    @AfterEach
    void noTransactionLeftOpen() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
        TransactionSynchronizationManager.unbindResourceIfPossible(ReadsInTransaction.class);
    }

    @Test
    void outsideATransactionEveryReadGoesToTheDatabase() {
        ReadsInTransaction.find("E1004", database);
        ReadsInTransaction.find("E1004", database);
        assertThat(reads).containsExactly("E1004", "E1004");
    }

    @Test
    void inATransactionEachPersonIsReadOnceUntilAWrite() {
        TransactionSynchronizationManager.initSynchronization();
        assertThat(ReadsInTransaction.find("E1004", database)).contains(AMY);
        assertThat(ReadsInTransaction.find("E1004", database)).contains(AMY);
        assertThat(ReadsInTransaction.find("E9999", database)).isEmpty();
        assertThat(ReadsInTransaction.find("E9999", database)).as("nobody, also kept").isEmpty();
        assertThat(reads).containsExactly("E1004", "E9999");

        ReadsInTransaction.forget();
        ReadsInTransaction.find("E1004", database);
        assertThat(reads).as("read again after a write").containsExactly("E1004", "E9999", "E1004");
    }

    @Test
    void theNextTransactionReadsAfresh() {
        TransactionSynchronizationManager.initSynchronization();
        ReadsInTransaction.find("E1004", database);
        end();

        TransactionSynchronizationManager.initSynchronization();
        ReadsInTransaction.find("E1004", database);
        assertThat(reads).containsExactly("E1004", "E1004");
    }

    private static void end() {
        List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationUtils.invokeAfterCompletion(synchronizations, TransactionSynchronization.STATUS_COMMITTED);
        assertThat(TransactionSynchronizationManager.hasResource(ReadsInTransaction.class)).isFalse();
    }
}
