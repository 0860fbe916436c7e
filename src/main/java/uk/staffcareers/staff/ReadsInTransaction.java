package uk.staffcareers.staff;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Staff records read by id in the current transaction, kept until it ends: one step of a case asks for the same person
 * several times (the case's school, who may read it, the record it opens, the guidance, the mail), and on a launch each
 * was a round trip to a database busy with the other cases (issue 19). Any write of a staff record in the transaction
 * forgets them all. Outside a transaction nothing is kept.
 */
final class ReadsInTransaction {

    private ReadsInTransaction() {
    }

    static Optional<StaffMember> find(String id, Function<String, Optional<StaffMember>> read) {
        Map<String, Optional<StaffMember>> kept = kept();
        return kept == null ? read.apply(id) : kept.computeIfAbsent(id, read);
    }

    /** A staff record changed in this transaction: what was read before may be out of date. */
    static void forget() {
        if (TransactionSynchronizationManager.hasResource(ReadsInTransaction.class)) {
            kept().clear();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Optional<StaffMember>> kept() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        var kept = (Map<String, Optional<StaffMember>>) TransactionSynchronizationManager.getResource(ReadsInTransaction.class);
        if (kept == null) {
            kept = new HashMap<>();
            TransactionSynchronizationManager.bindResource(ReadsInTransaction.class, kept);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReadsInTransaction.class);
                }
            });
        }
        return kept;
    }
}
