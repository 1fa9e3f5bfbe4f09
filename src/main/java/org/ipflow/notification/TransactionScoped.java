package org.ipflow.notification;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A value that lives as long as the current transaction: made on first use, forgotten when the transaction
 * ends (committed or rolled back). Outside a transaction every use gets a fresh value, so nothing is shared.
 */
final class TransactionScoped<T> {

    private final Supplier<T> initial;

    TransactionScoped(Supplier<T> initial) {
        this.initial = initial;
    }

    @SuppressWarnings("unchecked")
    T inThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return initial.get();
        }
        T value = (T) TransactionSynchronizationManager.getResource(this);
        if (value == null) {
            T made = initial.get();
            TransactionSynchronizationManager.bindResource(this, made);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                // An inner transaction of its own (REQUIRES_NEW) starts with nothing of the outer one's.
                @Override
                public void suspend() {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
                }

                @Override
                public void resume() {
                    TransactionSynchronizationManager.bindResource(TransactionScoped.this, made);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(TransactionScoped.this);
                }
            });
            value = made;
        }
        return value;
    }
}
