package org.ipflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.ipflow.IpflowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.support.DependencyInjectionTestExecutionListener;

/**
 * A slowloris client (finding 8) sends part of its headers and then waits: Tomcat closes the connection after
 * the 10 s of server.tomcat.connection-timeout (it used to wait a minute), so such clients cannot hold
 * connections for minutes.
 *
 * <p>The test only waits, so it runs beside the other test classes ({@code CONCURRENT}, the one class that
 * does) instead of adding its ten seconds to the suite. It holds one idle connection and reads nothing of the
 * application, and it leaves out {@code CurrentEngineListener}: registering its context's engine for the
 * engine's REST API while another class is running would point that class's calls at this context.
 */
@IpflowTest
@Execution(ExecutionMode.CONCURRENT)
@TestExecutionListeners(listeners = DependencyInjectionTestExecutionListener.class,
        mergeMode = TestExecutionListeners.MergeMode.REPLACE_DEFAULTS)
class SlowClientIT {

    @LocalServerPort
    int port;

    @Test
    void aClientThatStopsInTheMiddleOfItsHeadersIsCutOffWithinTheConnectionTimeout() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout((int) Duration.ofSeconds(40).toMillis());
            OutputStream out = socket.getOutputStream();
            long start = System.nanoTime();
            out.write("GET /login HTTP/1.1\r\nHost: localhost\r\nX-Slow: a".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            try {
                while (in.read() != -1) {
                    // Whatever Tomcat answers before closing (an error page or nothing) is read and dropped.
                }
            } catch (SocketTimeoutException stillOpen) {
                throw new AssertionError("the connection was still open after 40 s", stillOpen);
            } catch (IOException reset) {
                // A reset is a close too.
            }
            Duration open = Duration.ofNanos(System.nanoTime() - start);
            assertThat(open).isLessThan(Duration.ofSeconds(15)).isGreaterThanOrEqualTo(Duration.ofSeconds(9));
        }
    }
}
