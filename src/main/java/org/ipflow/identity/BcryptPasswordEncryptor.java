package org.ipflow.identity;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Replaces the engine's salted SHA-512 with bcrypt for every password in the identity service. */
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String NAME = "BCRYPT";

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

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
