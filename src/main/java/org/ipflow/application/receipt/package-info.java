/**
 * What an enterprise gets back for a submission and after it: the receipt (受理回执) as a PDF with the query
 * code, the public progress look-up by number and code, and the evaluation (好差评) of an application that
 * ended. Part of the {@code application} module.
 */
package org.ipflow.application.receipt;
