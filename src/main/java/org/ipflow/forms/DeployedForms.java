package org.ipflow.forms;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The latest deployed version of every form in the engine's deployments (Camunda stores each
 * {@code .form} resource as a form definition keyed by the schema's {@code id}). One query for all
 * of them, so that {@link FormCatalog} can refresh its cache without a query per request.
 */
@Component
public class DeployedForms {

    /** One form definition: its key, version, deployment and resource name, and the schema as deployed. */
    public record Deployed(String key, int version, String deploymentId, String resourceName, String json) {
    }

    private final JdbcClient jdbc;

    public DeployedForms(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    public List<Deployed> latest() {
        return jdbc.sql("""
                select f.KEY_, f.VERSION_, f.DEPLOYMENT_ID_, f.RESOURCE_NAME_, b.BYTES_
                from ACT_RE_CAMFORMDEF f
                join ACT_GE_BYTEARRAY b on b.DEPLOYMENT_ID_ = f.DEPLOYMENT_ID_ and b.NAME_ = f.RESOURCE_NAME_
                where f.VERSION_ = (select max(g.VERSION_) from ACT_RE_CAMFORMDEF g where g.KEY_ = f.KEY_)
                """).query((rs, row) -> new Deployed(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        new String(rs.getBytes(5), StandardCharsets.UTF_8))).list();
    }

    /** One version of a form, as deployed; versions never change once deployed. */
    public java.util.Optional<Deployed> version(String key, int version) {
        return jdbc.sql("""
                select f.KEY_, f.VERSION_, f.DEPLOYMENT_ID_, f.RESOURCE_NAME_, b.BYTES_
                from ACT_RE_CAMFORMDEF f
                join ACT_GE_BYTEARRAY b on b.DEPLOYMENT_ID_ = f.DEPLOYMENT_ID_ and b.NAME_ = f.RESOURCE_NAME_
                where f.KEY_ = ? and f.VERSION_ = ?
                """).params(key, version).query((rs, row) -> new Deployed(rs.getString(1), rs.getInt(2),
                        rs.getString(3), rs.getString(4), new String(rs.getBytes(5), StandardCharsets.UTF_8))).optional();
    }

    /** The number of a form's latest deployed version, read now (not from any cache). */
    public java.util.Optional<Integer> latestVersion(String key) {
        return jdbc.sql("select max(VERSION_) from ACT_RE_CAMFORMDEF where KEY_ = ?").param(key)
                .query(Integer.class).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }
}
