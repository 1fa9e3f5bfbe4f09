package org.ipflow.identity;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own identity store, reporting each write that changed something to {@link IdentityChangeAudit}
 * within the engine's command (so in its transaction). Every identity write of the engine passes here:
 * {@code IdentityService} and the engine's REST API both go through this session.
 */
class AuditedIdentityProvider extends DbIdentityServiceProvider {

    /** Hands the engine this provider for both the read-only and the writable identity session. */
    record Factory(IdentityChangeAudit audit) implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return AuditedIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new AuditedIdentityProvider(audit);
        }
    }

    private final IdentityChangeAudit audit;

    AuditedIdentityProvider(IdentityChangeAudit audit) {
        this.audit = audit;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        // Read before saving: the engine hashes the new password and forgets it.
        boolean password = user instanceof UserEntity entity && entity.hasNewPassword();
        IdentityOperationResult result = super.saveUser(user);
        String subject = "user:" + user.getId();
        if (IdentityOperationResult.OPERATION_CREATE.equals(result.getOperation())) {
            audit.written("IDENTITY_USER_CREATE", subject, null);
        } else if (IdentityOperationResult.OPERATION_UPDATE.equals(result.getOperation())) {
            audit.written(password ? "IDENTITY_PASSWORD" : "IDENTITY_USER_UPDATE", subject,
                    password ? "password set" : "name or e-mail");
        }
        return result;
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        return report(super.deleteUser(userId), "IDENTITY_USER_DELETE", "user:" + userId, null);
    }

    @Override
    public IdentityOperationResult unlockUser(String userId) {
        return report(super.unlockUser(userId), "IDENTITY_USER_UNLOCK", "user:" + userId, null);
    }

    @Override
    public IdentityOperationResult saveGroup(Group group) {
        IdentityOperationResult result = super.saveGroup(group);
        return report(result, IdentityOperationResult.OPERATION_CREATE.equals(result.getOperation())
                ? "IDENTITY_GROUP_CREATE" : "IDENTITY_GROUP_UPDATE", "group:" + group.getId(), group.getName());
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
        return report(super.deleteGroup(groupId), "IDENTITY_GROUP_DELETE", "group:" + groupId, null);
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
        return report(super.createMembership(userId, groupId), "IDENTITY_MEMBER_ADD", "user:" + userId,
                "group " + groupId);
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
        return report(super.deleteMembership(userId, groupId), "IDENTITY_MEMBER_REMOVE", "user:" + userId,
                "group " + groupId);
    }

    @Override
    public IdentityOperationResult saveTenant(Tenant tenant) {
        return report(super.saveTenant(tenant), "IDENTITY_TENANT_SAVE", "tenant:" + tenant.getId(), tenant.getName());
    }

    @Override
    public IdentityOperationResult deleteTenant(String tenantId) {
        return report(super.deleteTenant(tenantId), "IDENTITY_TENANT_DELETE", "tenant:" + tenantId, null);
    }

    @Override
    public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
        return report(super.createTenantUserMembership(tenantId, userId), "IDENTITY_TENANT_USER_ADD",
                "tenant:" + tenantId, "user " + userId);
    }

    @Override
    public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
        return report(super.createTenantGroupMembership(tenantId, groupId), "IDENTITY_TENANT_GROUP_ADD",
                "tenant:" + tenantId, "group " + groupId);
    }

    @Override
    public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
        return report(super.deleteTenantUserMembership(tenantId, userId), "IDENTITY_TENANT_USER_REMOVE",
                "tenant:" + tenantId, "user " + userId);
    }

    @Override
    public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
        return report(super.deleteTenantGroupMembership(tenantId, groupId), "IDENTITY_TENANT_GROUP_REMOVE",
                "tenant:" + tenantId, "group " + groupId);
    }

    /** Only writes that changed something: the engine answers "none" for, say, deleting a missing user. */
    private IdentityOperationResult report(IdentityOperationResult result, String action, String subject,
            String detail) {
        if (result != null && !IdentityOperationResult.OPERATION_NONE.equals(result.getOperation())) {
            audit.written(action, subject, detail);
        }
        return result;
    }
}
