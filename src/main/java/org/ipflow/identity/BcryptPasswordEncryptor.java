package org.ipflow.identity;

import java.util.UUID;
import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Replaces the engine's salted SHA-512 with bcrypt for every password in the identity service, at the work
 * factor of {@link PasswordSettings#bcryptStrength()}. A stored hash names its own work factor, so hashes made
 * at another strength still match.
 */
@Component
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String NAME = "BCRYPT";

    private final BCryptPasswordEncoder bcrypt;

    /** A hash of no one's password at the same cost, made once, on first use. */
    private volatile String noAccountHash;

    @Autowired
    BcryptPasswordEncryptor(PasswordSettings settings) {
        this(settings.bcryptStrength());
    }

    BcryptPasswordEncryptor(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    /**
     * Compares the password with a hash that matches nothing: a login under a name without an account then
     * takes as long as a wrong password for a real one, so the answer's timing does not tell which names exist.
     */
    void compareWithNoAccount(String password) {
        if (noAccountHash == null) {
            // Two first callers may both make one; either is as good.
            noAccountHash = bcrypt.encode(UUID.randomUUID().toString());
        }
        bcrypt.matches(password, noAccountHash);
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return encrypted != null && bcrypt.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return NAME;
    }
}
