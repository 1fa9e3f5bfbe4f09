package org.ipflow.application;

import org.ipflow.IpflowTest;

/** {@link ExactlyOnceContract} on the default database, H2. */
@IpflowTest
class ExactlyOnceIT extends ExactlyOnceContract {
}
