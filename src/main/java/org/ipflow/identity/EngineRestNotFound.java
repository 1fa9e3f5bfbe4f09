package org.ipflow.identity;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Map;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.stereotype.Component;

/**
 * An unknown id on /engine-rest answers 404. Some of the engine's reads (a deployment's resource data,
 * for one) report an unknown id as a {@link NullValueException}, which Camunda's REST API turned into 500.
 * On what {@link EngineRestAllowList} leaves open that exception only means "no such thing": the
 * endpoints there are reads by id, deployment and deletion.
 */
@Component
class EngineRestNotFound implements ResourceConfigCustomizer {

    @Override
    public void customize(org.glassfish.jersey.server.ResourceConfig config) {
        config.register(new Mapper());
    }

    /** Closer to {@link NullValueException} than Camunda's mapper of every engine exception, so Jersey picks it. */
    static class Mapper implements ExceptionMapper<NullValueException> {

        @Override
        public Response toResponse(NullValueException exception) {
            return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("type", "NotFoundException", "message", exception.getMessage())).build();
        }
    }
}
