package org.ipflow.identity;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Replaces the engine's salted SHA-512 with bcrypt for every password in the identity service. */
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String NAME = "BCRYPT";

    private static final BCryptPasswordEncoder BCRYPT = new BCryptPasswordEncoder();

    private final BCryptPasswordEncoder bcrypt = BCRYPT;

    /** A hash of no one's password at the same cost, made once, on first use. */
    private static final class NoAccount {
        static final String HASH = BCRYPT.encode(java.util.UUID.randomUUID().toString());
    }

    /**
     * Compares the password with a hash that matches nothing: a login under a name without an account then
     * takes as long as a wrong password for a real one, so the answer's timing does not tell which names exist.
     */
    static void compareWithNoAccount(String password) {
        BCRYPT.matches(password, NoAccount.HASH);
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
