package org.ipflow.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Makes bcrypt the engine's password hash before the engine builds its password manager, and gives the
 * engine an identity store that audits every write ({@link AuditedIdentityProvider}).
 */
@Component
class IdentityEnginePlugin extends AbstractProcessEnginePlugin {

    private final IdentityChangeAudit audit;
    private final BcryptPasswordEncryptor bcrypt;

    IdentityEnginePlugin(IdentityChangeAudit audit, BcryptPasswordEncryptor bcrypt) {
        this.audit = audit;
        this.bcrypt = bcrypt;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(bcrypt);
        configuration.setIdentityProviderSessionFactory(new AuditedIdentityProvider.Factory(audit));
    }
}
